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

/** The names people read for the palette, for pickers and screen readers. */
export const PALETTE_NAMES: Readonly<Record<string, string>> = {
  '#0072B2': 'blue',
  '#D55E00': 'vermilion',
  '#009E73': 'green',
  '#CC79A7': 'pink',
  '#E69F00': 'orange',
  '#56B4E9': 'sky blue',
  '#7E57C2': 'purple',
  '#F0E442': 'yellow',
};
