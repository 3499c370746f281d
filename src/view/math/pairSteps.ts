/**
 * The worked computation of one pair's loss, step by step as the worked example does it by hand:
 * differences, squares, their sum, the square root, then (for different identities) m − D, the
 * clamp at zero and the square. Pure, so every step can be tested.
 */
import { texNumber, texPlain } from './terms';

/** A number being subtracted: bracketed when negative, so signs read unambiguously. */
const subtrahend = (value: number) => (value < 0 ? `(${texPlain(value)})` : texPlain(value));

export interface Step {
  /** The step in TeX, with the numbers substituted. */
  readonly tex: string;
  /** What the step does, in words. */
  readonly note: string;
}

export function pairSteps(
  a: { x: number; y: number },
  b: { x: number; y: number },
  similar: boolean,
  margin: number,
): Step[] {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  const sum = dx * dx + dy * dy;
  const d = Math.sqrt(sum);
  const steps: Step[] = [
    {
      tex: String.raw`\Delta x = ${texPlain(a.x)} - ${subtrahend(b.x)} = ${texNumber(dx)}`,
      note: 'difference of the first coordinates',
    },
    {
      tex: String.raw`\Delta y = ${texPlain(a.y)} - ${subtrahend(b.y)} = ${texNumber(dy)}`,
      note: 'difference of the second coordinates',
    },
    {
      tex: String.raw`\Delta x^2 = ${texNumber(dx * dx)},\quad \Delta y^2 = ${texNumber(dy * dy)}`,
      note: 'square each difference',
    },
    {
      tex: String.raw`\Delta x^2 + \Delta y^2 = ${texNumber(sum)}`,
      note: 'add the squares',
    },
    {
      tex: String.raw`D = \sqrt{${texNumber(sum)}} = ${texNumber(d)}`,
      note: 'the square root is the distance',
    },
  ];
  if (similar) {
    steps.push({
      tex: String.raw`L = D^2 = ${texNumber(sum)}`,
      note: 'same identity: the loss is the squared distance (the sum above, no root needed)',
    });
    return steps;
  }
  const gap = margin - d;
  const clamped = Math.max(gap, 0);
  steps.push(
    {
      tex: String.raw`m - D = ${texPlain(margin)} - ${texNumber(d)} = ${texNumber(gap)}`,
      note: 'how far inside the margin the pair is (negative: outside)',
    },
    {
      tex: String.raw`\max(m - D,\ 0) = ${texNumber(clamped)}`,
      note:
        gap > 0
          ? 'positive, so the clamp keeps it'
          : 'not positive, so the clamp makes it 0: the pair is left alone',
    },
    {
      tex: String.raw`L = ${texNumber(clamped)}^2 = ${texNumber(clamped * clamped)}`,
      note: 'square it: the loss of this pair',
    },
  );
  return steps;
}
