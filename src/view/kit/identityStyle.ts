/**
 * An identity's shape, so colour (scene/palette.ts, or the scene's own choice) is never the only
 * way to tell identities apart.
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

const SHAPES: readonly SymbolType[] = [
  symbolCircle,
  symbolSquare,
  symbolTriangle,
  symbolDiamond,
  symbolStar,
  symbolWye,
  symbolCross,
];

/** SVG path of the identity's shape, centred on 0,0, with the given area in px². */
export function identityShape(id: number, area: number): string {
  const shape = SHAPES[((id % SHAPES.length) + SHAPES.length) % SHAPES.length]!;
  return symbol(shape, area)() ?? '';
}
