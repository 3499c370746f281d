/**
 * The three losses written out from their definitions (CONTRACT.md section 4), one term at a time
 * and with none of the engine's shortcuts: the yardstick that the engine's and the views' tests,
 * the benchmarks and the browser tests measure the page's numbers against. It reads plain shapes
 * (points with an identity and a position, pairs by index), so each of them reaches it through a
 * small adapter from what it holds. Outside the layers, for tests and benchmarks only: production
 * code never imports it.
 */

export interface Position {
  readonly x: number;
  readonly y: number;
}

/** A point: whose photo it is (a name or an id; one identity's points are positives) and where. */
export interface ReferencePoint extends Position {
  readonly identity: string | number;
}

/** Two points by index, and the pair's label y: similar (1) or not (0). */
export interface ReferencePair {
  readonly i: number;
  readonly j: number;
  readonly similar: boolean;
}

/** ∂L/∂x and ∂L/∂y of one point. */
export interface Gradient {
  x: number;
  y: number;
}

/** A total and each point's gradient. */
export interface Totals {
  total: number;
  readonly gradients: Gradient[];
}

const zeros = (count: number): Gradient[] => Array.from({ length: count }, () => ({ x: 0, y: 0 }));

/** D = ‖a − b‖₂, written as the engine writes it, so that its rows can be compared exactly. */
export function distance(a: Position, b: Position): number {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  return Math.sqrt(dx * dx + dy * dy);
}

/** Every unordered pair in the order (0,1), (0,2), …, (1,2), …, similar when one identity. */
export function everyPair(points: readonly ReferencePoint[]): ReferencePair[] {
  return points.flatMap((a, i) =>
    points.slice(i + 1).map((b, k) => ({ i, j: i + 1 + k, similar: a.identity === b.identity })),
  );
}

/** The pairs named by their points' labels ([a, b] each), similar when one identity. */
export function pairsByLabel(
  points: readonly (ReferencePoint & { readonly label: string })[],
  named: readonly (readonly string[])[],
): ReferencePair[] {
  const indexOf = new Map(points.map((point, i) => [point.label, i]));
  return named.map(([a = '', b = '']) => {
    const [i, j] = [indexOf.get(a)!, indexOf.get(b)!];
    return { i, j, similar: points[i]!.identity === points[j]!.identity };
  });
}

export interface PairTerm {
  readonly distance: number;
  readonly loss: number;
  /** With respect to the first point; the second point's is the opposite. */
  readonly gradient: Gradient;
}

/** One pair of the contrastive loss: y·D² + (1 − y)·max(m − D, 0)², and its gradient. */
export function pairTerm(a: Position, b: Position, similar: boolean, margin: number): PairTerm {
  const d = distance(a, b);
  const difference = { x: a.x - b.x, y: a.y - b.y };
  if (similar) {
    return { distance: d, loss: d ** 2, gradient: { x: 2 * difference.x, y: 2 * difference.y } };
  }
  const hinge = Math.max(margin - d, 0);
  if (hinge === 0) return { distance: d, loss: 0, gradient: { x: 0, y: 0 } };
  // Coincident points have no direction between them: the push acts along x, as in the engine.
  const gradient =
    d > 0
      ? { x: (-2 * hinge * difference.x) / d, y: (-2 * hinge * difference.y) / d }
      : { x: -2 * hinge, y: 0 };
  return { distance: d, loss: hinge ** 2, gradient };
}

export interface ContrastiveTotals extends Totals {
  /** Per pair, in the order given. */
  readonly distances: number[];
  readonly losses: number[];
}

/** The contrastive loss: the sum of the listed pairs' terms. */
export function contrastive(
  points: readonly Position[],
  pairs: readonly ReferencePair[],
  margin: number,
): ContrastiveTotals {
  const result: ContrastiveTotals = {
    total: 0,
    gradients: zeros(points.length),
    distances: [],
    losses: [],
  };
  for (const { i, j, similar } of pairs) {
    const term = pairTerm(points[i]!, points[j]!, similar, margin);
    result.distances.push(term.distance);
    result.losses.push(term.loss);
    result.total += term.loss;
    result.gradients[i]!.x += term.gradient.x;
    result.gradients[i]!.y += term.gradient.y;
    result.gradients[j]!.x -= term.gradient.x;
    result.gradients[j]!.y -= term.gradient.y;
  }
  return result;
}

export interface TripletTerm {
  /** Anchor, positive and negative, as point indices. */
  readonly a: number;
  readonly p: number;
  readonly n: number;
  readonly dap: number;
  readonly dan: number;
  readonly loss: number;
}

/**
 * Visits every (anchor, positive, negative), anchor by anchor and each in point order, with
 * max(D(a,p) − D(a,n) + m, 0) summed in the engine's order, so its numbers compare exactly.
 */
function eachTriplet(
  points: readonly ReferencePoint[],
  margin: number,
  visit: (term: TripletTerm) => void,
): void {
  points.forEach((anchor, a) =>
    points.forEach((positive, p) => {
      if (p === a || positive.identity !== anchor.identity) return;
      points.forEach((negative, n) => {
        if (negative.identity === anchor.identity) return;
        const dap = distance(anchor, positive);
        const dan = distance(anchor, negative);
        visit({ a, p, n, dap, dan, loss: Math.max(dap + margin - dan, 0) });
      });
    }),
  );
}

/** Every triplet, listed one by one. */
export function triplets(points: readonly ReferencePoint[], margin: number): TripletTerm[] {
  const list: TripletTerm[] = [];
  eachTriplet(points, margin, (term) => list.push(term));
  return list;
}

/** The triplet loss: the sum over every triplet, without listing them (n³ of them at most). */
export function triplet(points: readonly ReferencePoint[], margin: number): Totals {
  const result: Totals = { total: 0, gradients: zeros(points.length) };
  const unit = (i: number, j: number, d: number) => ({
    x: (points[i]!.x - points[j]!.x) / d,
    y: (points[i]!.y - points[j]!.y) / d,
  });
  eachTriplet(points, margin, ({ a, p, n, dap, dan, loss }) => {
    if (loss === 0) return;
    result.total += loss;
    // ∂D(a,p)/∂a is the unit vector from p to a; a positive on the anchor pulls nowhere, and a
    // negative on it pushes along x, as in the engine.
    const toPositive = dap > 0 ? unit(a, p, dap) : { x: 0, y: 0 };
    const toNegative = dan > 0 ? unit(a, n, dan) : { x: 1, y: 0 };
    const { gradients } = result;
    gradients[a]!.x += toPositive.x - toNegative.x;
    gradients[a]!.y += toPositive.y - toNegative.y;
    gradients[p]!.x -= toPositive.x;
    gradients[p]!.y -= toPositive.y;
    gradients[n]!.x += toNegative.x;
    gradients[n]!.y += toNegative.y;
  });
  return result;
}

/** cos(a, b): how alike two points' directions from the origin are. */
export const cosine = (a: Position, b: Position): number =>
  (a.x * b.x + a.y * b.y) / (Math.hypot(a.x, a.y) * Math.hypot(b.x, b.y));

/**
 * Anchor i's scores s_ik = cos(i, k)/τ and log Σ_{k≠i} exp(s_ik). The log of the sum is taken
 * about its largest term: the same number, but finite at τ = 0.001, where exp(1/τ) overflows.
 */
function scoresOf(points: readonly Position[], i: number, tau: number) {
  const scores = points.map((other) => cosine(points[i]!, other) / tau);
  const others = scores.filter((_, k) => k !== i);
  const high = Math.max(...others);
  const logSum = high + Math.log(others.reduce((sum, score) => sum + Math.exp(score - high), 0));
  return { scores, logSum };
}

/** p(k | i): the anchor's softmax over the other points; 0 for the anchor itself. */
export function softmax(points: readonly Position[], anchor: number, tau: number): number[] {
  const { scores, logSum } = scoresOf(points, anchor, tau);
  return scores.map((score, k) => (k === anchor ? 0 : Math.exp(score - logSum)));
}

export interface InfoNceTerm {
  /** The anchor and its positive, as point indices. */
  readonly i: number;
  readonly j: number;
  readonly loss: number;
}

/** ℓ(i, j) = −log(exp(s_ij) / Σ_{k≠i} exp(s_ik)) for every ordered pair of one identity. */
export function infoNceTerms(points: readonly ReferencePoint[], tau: number): InfoNceTerm[] {
  const terms: InfoNceTerm[] = [];
  points.forEach((anchor, i) => {
    const positives = points.flatMap((other, j) =>
      j !== i && other.identity === anchor.identity ? [j] : [],
    );
    if (positives.length === 0) return;
    const { scores, logSum } = scoresOf(points, i, tau);
    for (const j of positives) terms.push({ i, j, loss: logSum - scores[j]! });
  });
  return terms;
}

/**
 * InfoNCE: the mean of the terms. Anchor i's terms move with each score s_ik by
 * P_i·softmax_ik − [k is a positive] (P_i: its positives), and s_ik with each point's direction.
 */
export function infoNce(points: readonly ReferencePoint[], tau: number): Totals {
  const terms = infoNceTerms(points, tau);
  const result: Totals = { total: 0, gradients: zeros(points.length) };
  if (terms.length === 0) return result;
  result.total = terms.reduce((sum, term) => sum + term.loss, 0) / terms.length;
  const radius = points.map((point) => Math.hypot(point.x, point.y));
  const unit = (k: number) => ({ x: points[k]!.x / radius[k]!, y: points[k]!.y / radius[k]! });
  points.forEach((anchor, i) => {
    const positives = terms.filter((term) => term.i === i).length;
    if (positives === 0) return;
    const probability = softmax(points, i, tau);
    const ui = unit(i);
    points.forEach((other, k) => {
      if (k === i) return;
      const positive = other.identity === anchor.identity ? 1 : 0;
      const weight = (positives * probability[k]! - positive) / (terms.length * tau);
      const uk = unit(k);
      const cos = cosine(anchor, other);
      const { gradients } = result;
      gradients[i]!.x += (weight * (uk.x - cos * ui.x)) / radius[i]!;
      gradients[i]!.y += (weight * (uk.y - cos * ui.y)) / radius[i]!;
      gradients[k]!.x += (weight * (ui.x - cos * uk.x)) / radius[k]!;
      gradients[k]!.y += (weight * (ui.y - cos * uk.y)) / radius[k]!;
    });
  });
  return result;
}
