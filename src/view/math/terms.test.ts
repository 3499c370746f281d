// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pairLossTex } from './terms';
import { renderTex } from './Tex';

describe('a pair’s loss in TeX', () => {
  it('typesets names holding the characters TeX reserves, as the digits card and labels do', () => {
    const tex = pairLossTex({
      first: '4 #14',
      second: 'B_2 & {x} 50%',
      y: 0,
      distance: 0.4,
      margin: 1,
      loss: 0.36,
    });
    const html = renderTex(tex, true);
    expect(html).not.toContain('katex-error');
    expect(html).toContain('#14');
    expect(html).toContain('0.3600');
  });
});
