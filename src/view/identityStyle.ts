/**
 * How an identity looks: a colour from the Okabe–Ito palette (safe for the common forms of colour
 * blindness) and a shape, so colour is never the only way to tell identities apart.
 */
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3';

/** Okabe & Ito (2008), ordered for contrast on white; yellow last, it is faint on paper. */
const COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#F0E442',
];
const SHAPES: readonly SymbolType[] = [
  symbolCircle,
  symbolSquare,
  symbolTriangle,
  symbolDiamond,
  symbolStar,
  symbolWye,
  symbolCross,
];

export function identityColour(id: number): string {
  return COLOURS[((id % COLOURS.length) + COLOURS.length) % COLOURS.length]!;
}

/** SVG path of the identity's shape, centred on 0,0, with the given area in px². */
export function identityShape(id: number, area: number): string {
  const shape = SHAPES[((id % SHAPES.length) + SHAPES.length) % SHAPES.length]!;
  return symbol(shape, area)() ?? '';
}
