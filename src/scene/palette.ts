/**
 * The colours identities take unless a scene recolours them: the Okabe–Ito palette (safe for the
 * common forms of colour blindness), ordered for contrast on white, yellow last. Its black is
 * swapped for a purple, which stays visible on the dark theme's near-black card.
 */
export const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#7E57C2',
  '#F0E442',
] as const;

export const paletteColour = (index: number): string =>
  PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length]!;
