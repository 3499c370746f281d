/**
 * The similarity matrix's geometry and colours: which points it shows and in what order, how big
 * a cell is, and the diverging scale from cos = −1 to 1 whose middle is the card, so 0 fades into
 * the page in either theme. Pure, so it is tested without a canvas.
 */
import { hsl, interpolateLab, scaleLinear } from 'd3';

/** The most points the matrix shows: 60 × 60 cells. */
export const MAX_MATRIX_POINTS = 60;
/** Cells never grow past this, px, so four points do not fill the panel. */
const MAX_CELL = 52;
/** Room for the identity strip and the gap to a label, px, and for each character of a label. */
const STRIP_SPACE = 16;
const CHARACTER = 7;
/** Cells at least this wide take their column's label upright above them; narrower, turned. */
const UPRIGHT_CELL = 28;
/** A label needs this much height, px: with smaller cells only every few rows are named. */
const LABEL_PITCH = 13;
/** Cells at least this big print their cosine. */
const VALUE_CELL = 34;
/** Cells at least this big outline their positives. */
const OUTLINE_CELL = 10;

export interface MatrixLayout {
  /** The points shown, grouped by identity (first appearance), in scene order within each. */
  readonly order: readonly number[];
  /** Points in the scene, of which `order` shows the first MAX_MATRIX_POINTS. */
  readonly total: number;
  /** Room left of the cells for the row labels, and above them for the column labels, px. */
  readonly left: number;
  readonly top: number;
  /** Whether the column labels stand upright (wide cells) or turned a quarter (narrow ones). */
  readonly upright: boolean;
  /** A cell's side, px. */
  readonly cell: number;
  /** The matrix's side, px. */
  readonly side: number;
  /** Name every `labelEvery`-th row and column. */
  readonly labelEvery: number;
  readonly showValues: boolean;
  readonly outlinePositives: boolean;
}

/**
 * The first MAX_MATRIX_POINTS points, grouped by identity so that each identity's positives form
 * a block along the diagonal (as matched pairs do in CLIP's figure), sized to the width.
 */
export function matrixLayout(
  identityOf: Int32Array,
  labels: readonly string[],
  width: number,
): MatrixLayout {
  const total = identityOf.length;
  const shown = Array.from({ length: Math.min(total, MAX_MATRIX_POINTS) }, (_, i) => i);
  const order = shown.sort((a, b) => identityOf[a]! - identityOf[b]! || a - b);
  const longest = Math.max(1, ...order.map((i) => labels[i]!.length));
  const left = STRIP_SPACE + CHARACTER * longest;
  const room = Math.max(0, width - left - 8);
  const cell = Math.max(4, Math.min(MAX_CELL, Math.floor(room / Math.max(1, order.length))));
  const upright = cell >= UPRIGHT_CELL && CHARACTER * longest <= cell;
  return {
    order,
    total,
    left,
    top: upright ? STRIP_SPACE + 12 : left,
    upright,
    cell,
    side: cell * order.length,
    labelEvery: Math.ceil(LABEL_PITCH / cell),
    showValues: cell >= VALUE_CELL,
    outlinePositives: cell >= OUTLINE_CELL,
  };
}

/** The cell under a point of the matrix, in px from its top left corner; null outside it. */
export function cellAt(
  layout: MatrixLayout,
  x: number,
  y: number,
): { row: number; column: number } | null {
  const row = Math.floor(y / layout.cell);
  const column = Math.floor(x / layout.cell);
  const count = layout.order.length;
  if (x < 0 || y < 0 || row >= count || column >= count) return null;
  return { row, column };
}

/** The cursor moved by an arrow key, Home or End, held inside the matrix; null for other keys. */
export function movedCell(
  cell: { row: number; column: number },
  key: string,
  count: number,
): { row: number; column: number } | null {
  const clampIndex = (value: number) => Math.max(0, Math.min(count - 1, value));
  const moves: Record<string, [number, number]> = {
    ArrowUp: [cell.row - 1, cell.column],
    ArrowDown: [cell.row + 1, cell.column],
    ArrowLeft: [cell.row, cell.column - 1],
    ArrowRight: [cell.row, cell.column + 1],
    Home: [cell.row, 0],
    End: [cell.row, count - 1],
  };
  const move = moves[key];
  return move ? { row: clampIndex(move[0]), column: clampIndex(move[1]) } : null;
}

/** The ends of the scale: deeper on a light card, brighter on a dark one. */
const ENDS = {
  light: { negative: '#2c6cb0', positive: '#c2452d' },
  dark: { negative: '#6fa8ee', positive: '#ff8a6e' },
} as const;

/** Colours the scale precomputes: one per 0.01 of cosine, finer than the eye can tell apart. */
const SHADES = 200;

/**
 * cos ∈ [−1, 1] → colour: blue through the card's colour to red. Read from a table made once
 * per theme, since the matrix asks for up to 3,600 colours on every frame of a drag.
 */
export function similarityScale(card: string): (cosine: number) => string {
  const ends = hsl(card).l < 0.5 ? ENDS.dark : ENDS.light;
  const scale = scaleLinear<string>()
    .domain([-1, 0, 1])
    .range([ends.negative, card, ends.positive])
    .interpolate(interpolateLab)
    .clamp(true);
  const shades = Array.from({ length: SHADES + 1 }, (_, k) => scale((2 * k) / SHADES - 1));
  return (cosine) => {
    const k = Math.round(((cosine + 1) / 2) * SHADES);
    return shades[Math.min(SHADES, Math.max(0, k))]!;
  };
}
