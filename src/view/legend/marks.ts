/**
 * The pieces a loss's legend is written with (each loss's view says which marks it draws, see
 * src/view/losses/lossViews.tsx), and the marks every loss shares.
 */

/** The little drawing beside an entry in the legend (Legend.tsx draws each). */
export type MarkSwatch =
  | 'similar'
  | 'dissimilar'
  | 'resting'
  | 'context'
  | 'circle'
  | 'arrow'
  | 'triplet-positive'
  | 'triplet-negative'
  | 'triplet-ring'
  | 'ray'
  | 'anchor'
  | 'arc-positive'
  | 'arc-negative';

export interface LegendMark {
  readonly swatch: MarkSwatch;
  /** "Name: what it means", a sentence without its full stop. */
  readonly text: string;
}

/** What a loss's legend depends on besides the loss. */
export interface LegendSettings {
  /** The value of the loss's knob (the margin, τ). */
  readonly knob: number;
  /** Which optional marks are drawn (the "Show" toggles and `hide=`). */
  readonly shown: { readonly circles: boolean; readonly lines: boolean };
  /** A crowded scene draws only the chosen point's circle and fades the lines at rest. */
  readonly crowded: boolean;
}

export const mark = (swatch: MarkSwatch, text: string): LegendMark => ({ swatch, text });

export const ARROW = mark('arrow', 'Arrow: where one step of gradient descent moves the point');

/** The scene's pairs under a loss whose terms are not pairs: drawn faintly, for context. */
export const CONTEXT = mark(
  'context',
  'Faint lines: the pairs of the scene, drawn only for context',
);
