import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { knobIn, TEMPERATURE, type InfoNceOutput } from '../../../engine';
import type { Evaluation } from '../../../scene/evaluation';
import { useActions, useExplorer } from '../../explorerContext';
import { thousands } from '../../kit/format';
import { useElementWidth } from '../../kit/measure';
import { useCanvasPalette } from '../../kit/canvasPalette';
import { pixelRatio } from '../../kit/LayerCanvas';
import { drawHeatmap } from './drawHeatmap';
import { HeatmapLegend } from './HeatmapLegend';
import {
  cellAt,
  matrixLayout,
  movedCell,
  similarityScale,
  type MatrixLayout,
} from './heatmapModel';
import { cosineOf, cosineText, type InfoNceViewProps } from './infonceModel';

interface Cell {
  readonly row: number;
  readonly column: number;
}

const START: Cell = { row: 0, column: 0 };

/**
 * Every anchor's cosine similarity to every candidate, as in CLIP's figure of a batch: rows are
 * anchors i, columns candidates k. Cells are drawn on a canvas; labels and outlines in SVG above.
 * Pointing at a cell lights its anchor on the plane, clicking makes it the anchor; the keyboard
 * does the same with the arrow keys and Enter.
 */
export function SimilarityHeatmap({ evaluation, output, anchor }: InfoNceViewProps) {
  const highlight = useExplorer((state) => state.highlight);
  const { setHighlight, setActivePoint } = useActions();
  const [box, width] = useElementWidth<HTMLElement>(480);
  const palette = useCanvasPalette();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [kept, setCursor] = useState<Cell | null>(null);
  const { identityOf, scene } = evaluation;
  const layout = useMemo(
    () =>
      matrixLayout(
        identityOf,
        scene.points.map((p) => p.label),
        width,
      ),
    [identityOf, scene.points, width],
  );
  const colour = useMemo(() => similarityScale(palette.card), [palette.card]);
  const ratio = pixelRatio();
  const { order, side, total, left, top } = layout;
  // A cursor left over from a scene with more points is dropped.
  const cursor = kept && Math.max(kept.row, kept.column) < order.length ? kept : null;

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    drawHeatmap(context, {
      layout,
      cosine: (i, k) => cosineOf(output, i, k),
      identityOf,
      colour,
      ink: palette.ink,
      resting: palette.resting,
      ratio,
    });
  }, [evaluation, output, layout, identityOf, colour, palette, ratio]);

  const label = (i: number) => scene.points[i]!.label;
  const point = (cell: Cell) => ({ i: order[cell.row]!, k: order[cell.column]! });
  const moveTo = (cell: Cell | null) => {
    setCursor(cell);
    setHighlight(cell ? { kind: 'point', index: order[cell.row]! } : null);
  };
  const anchorRow = anchor === null ? -1 : order.indexOf(anchor);
  const lit = highlight?.kind === 'point' ? order.indexOf(highlight.index) : -1;
  const cellUnder = (event: MouseEvent) => {
    const box = canvas.current!.getBoundingClientRect();
    return cellAt(layout, event.clientX - box.left, event.clientY - box.top);
  };
  const onPointerMove = (event: MouseEvent) => {
    const cell = cellUnder(event);
    if (cell?.row !== cursor?.row || cell?.column !== cursor?.column) moveTo(cell);
  };
  const onClick = (event: MouseEvent) => {
    const cell = cellUnder(event);
    if (cell) setActivePoint(point(cell).i);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const choose = event.key === 'Enter' || event.key === ' ';
    if (!cursor) {
      // The first key puts the cursor on the anchor's row; later ones move it or choose its row.
      if (!choose && !movedCell(START, event.key, 1)) return;
      event.preventDefault();
      moveTo({ row: Math.max(0, anchorRow), column: 0 });
      return;
    }
    const next = choose ? null : movedCell(cursor, event.key, order.length);
    if (!choose && !next) return;
    event.preventDefault();
    if (next) moveTo(next);
    else setActivePoint(point(cursor).i);
  };
  const anchorSummary =
    anchorRow < 0
      ? ''
      : ` Row ${label(anchor!)}: ${order
          .filter((k) => k !== anchor)
          .slice(0, 12)
          .map((k) => `${label(k)} ${cosineText(cosineOf(output, anchor!, k))}`)
          .join(', ')}.`;
  const readout = cursor
    ? cellReadout(evaluation, output, point(cursor).i, point(cursor).k)
    : 'Point at a cell to read it; click a row to make its point the anchor.';

  return (
    <figure ref={box} className="infonce-figure">
      <figcaption>
        <strong>Cosine similarity of every pair</strong>{' '}
        <span className="muted">
          rows: anchor i, columns: candidate k, grouped by identity
          {total > order.length &&
            `; the first ${order.length} of ${thousands(total)} points are shown`}
        </span>
      </figcaption>
      <div className="heatmap-body">
        <div
          className="heatmap-stage"
          style={{ width: left + side, height: top + side }}
          tabIndex={0}
          role="group"
          aria-label={`Similarity matrix of ${order.length} points.${anchorSummary} Arrow keys move between cells, Enter makes the row's point the anchor.`}
          aria-describedby="infonce-heatmap-readout"
          onPointerMove={onPointerMove}
          onPointerLeave={() => moveTo(null)}
          onClick={onClick}
          onKeyDown={onKeyDown}
          onBlur={() => moveTo(null)}
        >
          <canvas
            ref={canvas}
            width={Math.round(side * ratio)}
            height={Math.round(side * ratio)}
            style={{ left, top, width: side, height: side }}
            aria-hidden="true"
          />
          <MatrixMarks
            layout={layout}
            label={label}
            colourOf={(i) => evaluation.identityColours[identityOf[i]!]!}
            anchorRow={anchorRow}
            lit={lit}
            cursor={cursor}
          />
        </div>
        <HeatmapLegend colour={colour} />
      </div>
      <p id="infonce-heatmap-readout" className="heatmap-readout" aria-live="polite">
        {readout}
      </p>
    </figure>
  );
}

/** What one cell says: the pair, whether it is a positive, its cosine and its score cos/τ. */
function cellReadout(evaluation: Evaluation, output: InfoNceOutput, i: number, k: number): string {
  const label = (index: number) => evaluation.scene.points[index]!.label;
  if (i === k) return `${label(i)} with itself: left out of ${label(i)}'s softmax.`;
  const cosine = cosineOf(output, i, k);
  const kind = evaluation.identityOf[i] === evaluation.identityOf[k] ? 'positive' : 'negative';
  const score = cosine / knobIn(evaluation.context, TEMPERATURE);
  return `${label(i)} → ${label(k)} (${kind}): cos = ${cosine.toFixed(3)}, score cos/τ = ${score.toFixed(2)}.`;
}

/** Labels, identity strips and outlines over the canvas: the anchor's row, the lit point, the cursor. */
function MatrixMarks({
  layout,
  label,
  colourOf,
  anchorRow,
  lit,
  cursor,
}: {
  layout: MatrixLayout;
  label: (i: number) => string;
  colourOf: (i: number) => string;
  anchorRow: number;
  lit: number;
  cursor: Cell | null;
}) {
  const { order, cell, side, labelEvery, upright, left, top } = layout;
  return (
    <svg className="heatmap-marks" width={left + side} height={top + side}>
      <g transform={`translate(${left},${top})`}>
        {order.map((i, r) => (
          <g key={i}>
            <rect x={-7} y={r * cell} width={5} height={cell} fill={colourOf(i)} />
            <rect x={r * cell} y={-7} width={cell} height={5} fill={colourOf(i)} />
            {r % labelEvery === 0 && (
              <>
                <text
                  className={r === anchorRow ? 'anchor' : undefined}
                  x={-11}
                  y={(r + 0.5) * cell}
                  dy="0.32em"
                  textAnchor="end"
                >
                  {label(i)}
                </text>
                <text
                  transform={
                    upright
                      ? `translate(${(r + 0.5) * cell},-12)`
                      : `translate(${(r + 0.5) * cell},-11) rotate(-90)`
                  }
                  dy={upright ? 0 : '0.32em'}
                  textAnchor={upright ? 'middle' : 'start'}
                >
                  {label(i)}
                </text>
              </>
            )}
          </g>
        ))}
        {lit >= 0 && (
          <g className="heatmap-lit">
            <rect y={lit * cell} width={side} height={cell} />
            <rect x={lit * cell} width={cell} height={side} />
          </g>
        )}
        {anchorRow >= 0 && (
          <rect className="heatmap-anchor" y={anchorRow * cell} width={side} height={cell} />
        )}
        {cursor && (
          <rect
            className="heatmap-cursor"
            x={cursor.column * cell}
            y={cursor.row * cell}
            width={cell}
            height={cell}
          />
        )}
      </g>
    </svg>
  );
}
