import { describe, expect, it } from 'vitest';
import { pairSteps } from './pairSteps';

describe('the step-by-step computation', () => {
  it('works the A1–B1 example as on paper', () => {
    const steps = pairSteps({ x: 0.8, y: 0.2 }, { x: 0.1, y: 0.9 }, false, 1).map((s) => s.tex);
    expect(steps).toHaveLength(8);
    expect(steps[0]).toBe(String.raw`\Delta x = 0.8 - 0.1 = 0.7000`);
    expect(steps[1]).toBe(String.raw`\Delta y = 0.2 - 0.9 = -0.7000`);
    expect(steps[3]).toContain('= 0.9800');
    expect(steps[4]).toContain('= 0.9899');
    expect(steps[5]).toContain('= 0.0101');
    expect(steps[7]).toMatch(/= 0\.0001$/);
  });

  it('stops at the squared distance for a same-identity pair', () => {
    const steps = pairSteps({ x: 0.8, y: 0.2 }, { x: 0.75, y: 0.25 }, true, 1);
    expect(steps).toHaveLength(6);
    expect(steps[5]!.tex).toBe(String.raw`L = D^2 = 0.0050`);
  });

  it('brackets a negative coordinate that is subtracted', () => {
    expect(pairSteps({ x: 1, y: 0 }, { x: -0.5, y: 0 }, true, 1)[0]!.tex).toBe(
      String.raw`\Delta x = 1 - (-0.5) = 1.5000`,
    );
  });

  it('shows the clamp at zero beyond the margin', () => {
    const steps = pairSteps({ x: 0, y: 0 }, { x: 1.5, y: 0 }, false, 1);
    expect(steps[5]!.tex).toContain('= -0.5000');
    expect(steps[6]!.tex).toBe(String.raw`\max(m - D,\ 0) = 0.0000`);
    expect(steps[6]!.note).toMatch(/clamp makes it 0/);
    expect(steps[7]!.tex).toMatch(/= 0\.0000$/);
  });
});
