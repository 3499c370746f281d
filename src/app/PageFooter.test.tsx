// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PageFooter } from './PageFooter';

afterEach(cleanup);

describe('the page footer', () => {
  it('says which licence covers what, linking each licence at its canonical address', () => {
    render(<PageFooter />);
    const footer = screen.getByRole('contentinfo');
    expect(footer.textContent).toMatch(/code is under the MIT licence/);
    expect(footer.textContent).toMatch(/text and figures are under CC BY 4\.0/);
    expect(footer.textContent).toMatch(/digits are by Alpaydin & Kaynak/);
    expect(screen.getByRole('link', { name: 'MIT licence' }).getAttribute('href')).toBe(
      'https://opensource.org/license/mit',
    );
    expect(screen.getByRole('link', { name: 'CC BY 4.0' }).getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
  });
});
