import type { Evaluation } from '../../../scene/evaluation';
import { counted, fixed4, thousands } from '../../kit/format';
import { identitySizes, tripletCountOf, type TripletCounts } from './tripletTable';

/** How many times as many photos of each person the growth sentence imagines. */
const GROWTH = 10;

/** The scene's triplets counted by kind, the total loss they add up to, and how fast they multiply. */
export function TripletCountSummary({
  evaluation,
  counts,
}: {
  evaluation: Evaluation;
  counts: TripletCounts;
}) {
  const n = evaluation.scene.points.length;
  if (counts.all === 0)
    return (
      <p className="triplet-counts">
        No triplets yet: a triplet needs two photos of one person (anchor and positive) and a photo
        of someone else (the negative).
      </p>
    );
  const sizes = identitySizes(evaluation.identityOf);
  return (
    <div>
      <p className="triplet-counts">
        {counted(n, 'point makes', 'points make')}{' '}
        <strong data-testid="triplet-count" data-value={counts.all}>
          {counted(counts.all, 'triplet', 'triplets')}
        </strong>
        : <KindCount kind="hard" count={counts.hard} />,{' '}
        <KindCount kind="semi-hard" count={counts['semi-hard']} />,{' '}
        <KindCount kind="easy" count={counts.easy} />. Their losses add up to{' '}
        <strong>{fixed4(evaluation.total)}</strong>.
      </p>
      <p className="triplet-growth">
        Each anchor meets every positive with every negative, so triplets grow like n³: {GROWTH}{' '}
        times the photos of the same people ({thousands(GROWTH * n)} points) would make{' '}
        {thousands(tripletCountOf(sizes, GROWTH))}.
      </p>
    </div>
  );
}

/** What the kinds mean, and what the ring on the plane shows. */
export function TripletNotes() {
  return (
    <div className="triplet-notes">
      <p>
        <KindTag kind="hard" />: the negative is nearer the anchor than the positive.{' '}
        <KindTag kind="semi-hard" />: the order is right, but the negative is not yet a margin
        farther, so it still costs. <KindTag kind="easy" />: it is, so the triplet costs nothing and
        teaches nothing. FaceNet trained on semi-hard triplets: they still carry gradient, while the
        very hardest, taken from the start, can collapse every embedding into one spot.
      </p>
      <p>
        On the plane, the dashed ring around the anchor has radius D(a,p) + m: a negative inside it
        still adds loss, one on or outside it adds none.
      </p>
    </div>
  );
}

const KIND_NAMES = { hard: 'Hard', 'semi-hard': 'Semi-hard', easy: 'Easy' } as const;

/** A kind's name beside a small square in its colour; the words carry the meaning. */
export function KindTag({
  kind,
  lower = false,
  plain = false,
}: {
  kind: keyof typeof KIND_NAMES;
  lower?: boolean;
  /** Without the tinted pill, for a tag inside a sentence. */
  plain?: boolean;
}) {
  const name = KIND_NAMES[kind];
  return (
    <span className={`kind-tag ${kind}${plain ? ' plain' : ''}`}>
      <span className="kind-mark" aria-hidden="true" />
      {lower ? name.toLowerCase() : name}
    </span>
  );
}

function KindCount({ kind, count }: { kind: keyof typeof KIND_NAMES; count: number }) {
  return (
    <span data-testid={`triplet-count-${kind}`} data-value={count}>
      {thousands(count)} <KindTag kind={kind} lower plain />
    </span>
  );
}
