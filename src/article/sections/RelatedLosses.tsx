import './related-losses.css';
import {
  INFONCE,
  knobIn,
  lossOf,
  orderedPositiveCount,
  TEMPERATURE,
  TRIPLET,
  type LossCensus,
  type LossId,
} from '../../engine';
import type { Evaluation } from '../../scene/evaluation';
import type { LossComparison } from '../../view/tabs/compare/compareLosses';
import { useLossComparison } from '../../view/tabs/compare/useLossComparison';
import { useActions, useEvaluation } from '../../view/explorerContext';
import { fixed2, fixed4 } from '../../view/kit/format';
import { Tex } from '../../view/math/Tex';
import { liveSection } from '../Section';
import { Term } from '../Term';

/** The scene and its totals under every loss (view/compare), shared by the parts below. */
interface LiveComparison {
  readonly evaluation: Evaluation;
  readonly comparison: LossComparison;
}

const count = (n: number) => n.toLocaleString('en-US');
const shown = (total: number | null | undefined) => (total == null ? '…' : fixed4(total));

/** The triplet loss's census of the scene's triplets, once it is known. */
const tripletCounts = (census: LossCensus | undefined) =>
  census && {
    count: census.count ?? 0,
    hard: census.hard ?? 0,
    semiHard: census.semiHard ?? 0,
    easy: census.easy ?? 0,
  };

export const RelatedLosses = liveSection(
  'related',
  'Relative losses: triplets and InfoNCE',
  RelatedLossesBody,
);

/** Switches the figure, which stands in view beside the text (over it on a phone), to a loss. */
function TryIt({ loss, active }: { loss: LossId; active: boolean }) {
  const { setLoss } = useActions();
  return (
    <p className="try-loss">
      <button type="button" onClick={() => setLoss(loss)}>
        Try it on the plane
        <span className="visually-hidden"> with the {lossOf(loss).name} loss</span>
      </button>
      {active && <span className="try-loss-note">The figure is using it now.</span>}
    </p>
  );
}

function RelatedLossesBody() {
  const evaluation = useEvaluation();
  const live = { evaluation, comparison: useLossComparison(evaluation) };
  return (
    <>
      <p>
        The last weakness points at the cure: instead of holding each pair to a fixed distance,
        weigh the pairs against each other. Two losses do that, and the figure can train with either
        of them. It now shows twelve photos of three people who look alike, Ann, Anna and Hannah,
        mixed together so that most photos are nearer someone else’s than another of their own, and
        it scores them with the triplet loss. Switch the loss, and watch the arrows change while the
        points stay where they are.
      </p>
      <TripletPart live={live} />
      <InfoNcePart live={live} />
      <h3>Distances and similarities meet on the sphere</h3>
      <p>
        One family speaks of distances and margins, the other of similarities and a softmax. Give
        every embedding length 1, as L2 normalisation does, and they turn out to say the same thing:
      </p>
      <Tex
        display
        tex={String.raw`\|u - v\|^2 = \|u\|^2 + \|v\|^2 - 2\,u \cdot v = 2 - 2\cos(u, v)`}
      />
      <p>
        On the unit sphere a squared distance is a similarity written backwards, so{' '}
        <Tex tex={String.raw`\exp(\mathrm{sim}/\tau) \propto \exp(-D^2/2\tau)`} />. InfoNCE there is
        a cross-entropy whose scores are negative squared distances: it asks the positive to be
        nearer than every negative at once, and presses hardest on the negatives that are nearest.
        Let τ shrink and the softmax becomes a maximum. With one positive per anchor, as in SimCLR,
        the loss then tends to <Tex tex={String.raw`\big(D(a, p)^2 - D(a, n^*)^2\big)/2\tau`} />,
        where n* is the anchor’s nearest negative, and to zero once the positive is nearest: a
        triplet loss on squared distances against the hardest negative, with no margin. With the
        norms fixed, a loss on Euclidean distances and a cross-entropy on similarity scores are
        close relatives.
      </p>
    </>
  );
}

function TripletPart({ live }: { live: LiveComparison }) {
  const { comparison, evaluation } = live;
  const { totals } = comparison;
  const triplets = tripletCounts(comparison.census[TRIPLET.id]);
  return (
    <>
      <h3>Triplet loss: nearer than the stranger, by a margin</h3>
      <p>
        A triplet is an anchor a, a positive p (another photo of the same person) and a negative n
        (a photo of someone else). The loss asks only that the positive be nearer the anchor than
        the negative is, by at least the margin m:
      </p>
      <Tex display tex={String.raw`L(a, p, n) = \max\big(D(a, p) - D(a, n) + m,\ 0\big)`} />
      <p>
        No distance is pinned any more. A person’s photos may spread out or sit anywhere on the
        plane, as long as every stranger stays m further from each of them than their own siblings:
        the ordering a face search needs. FaceNet (Schroff, Kalenichenko and Philbin, 2015) sorted
        triplets by how much they still have to teach:
      </p>
      <ul>
        <li>
          <dfn>easy</dfn>, D(a, n) ≥ D(a, p) + m: the order is right with room to spare; zero loss,
          zero gradient;
        </li>
        <li>
          <dfn>semi-hard</dfn>, D(a, p) ≤ D(a, n) &lt; D(a, p) + m: the order is right but the
          negative is inside the margin;
        </li>
        <li>
          <dfn>hard</dfn>, D(a, n) &lt; D(a, p): the negative is nearer than the positive.
        </li>
      </ul>
      <p>
        There are far more triplets than pairs, and once training is under way nearly all of them
        are easy, so they have to be mined. FaceNet chose its negatives inside each mini-batch and
        preferred semi-hard ones: taking the very hardest from the start could make the model
        collapse, every photo mapped to the same point.
      </p>
      <p>
        The figure’s scene has{' '}
        <span className="live">{triplets ? count(triplets.count) : '…'}</span> triplets, and this
        page sums the loss over all of them.{' '}
        {triplets && triplets.count > 0 && (
          <>
            Right now <span className="live">{count(triplets.hard)}</span> are hard,{' '}
            <span className="live">{count(triplets.semiHard)}</span> semi-hard and{' '}
            <span className="live">{count(triplets.easy)}</span> easy, and at m ={' '}
            <span className="live">{fixed2(evaluation.scene.margin)}</span> their total is{' '}
            <span className="live" data-testid="related-total-triplet">
              {shown(totals.triplet)}
            </span>
            .
          </>
        )}
      </p>
      <TryIt loss={TRIPLET.id} active={evaluation.objective === TRIPLET.id} />
    </>
  );
}

function InfoNcePart({ live }: { live: LiveComparison }) {
  const { comparison, evaluation } = live;
  const n = evaluation.scene.points.length;
  const ordered = orderedPositiveCount(evaluation.identityOf);
  return (
    <>
      <h3>InfoNCE: pick your partner out of the crowd</h3>
      <p>
        <Term id="infonce">InfoNCE</Term> (van den Oord, Li and Vinyals, 2018), which{' '}
        <Term id="simclr">SimCLR</Term> calls <Term id="nt-xent">NT-Xent</Term>, turns the question
        into a multiple-choice test. Similarity is the cosine of the angle between two embeddings,{' '}
        <Tex tex={String.raw`\mathrm{sim}(i, k) = \frac{f(i) \cdot f(k)}{\|f(i)\|\,\|f(k)\|}`} />.
        Divide it by a <Term id="temperature">temperature τ</Term> and ask a softmax over every
        other item to pick out the positive j of anchor i:
      </p>
      <Tex
        display
        tex={String.raw`\ell(i, j) = -\log \frac{\exp(\mathrm{sim}(i, j)/\tau)}{\sum_{k \neq i} \exp(\mathrm{sim}(i, k)/\tau)}`}
      />
      <p>
        Nobody builds pairs: every other item in the batch is a negative, and a bigger batch brings
        more of them for free. SimCLR makes two augmented views of each image and gives each view
        its twin as the positive (exercise 5 counts its negatives); <Term id="clip">CLIP</Term>{' '}
        scores every image against every caption in the batch, and every caption against every
        image. There is no margin. The temperature decides instead who still matters: a small τ
        sharpens the softmax until the nearest negatives carry nearly all of the loss and its
        gradient, a large τ spreads the attention over all of them. Because only angles count,
        sliding a point towards or away from the origin changes nothing, and its arrow always runs
        along the circle through it.
      </p>
      <p>
        In the figure’s scene each of the <span className="live">{count(n)}</span> points is an
        anchor with <span className="live">{count(Math.max(n - 1, 0))}</span> candidates, and this
        page averages ℓ over the <span className="live">{count(ordered)}</span> ordered pairs of one
        person. At τ = <span className="live">{knobIn(evaluation.context, TEMPERATURE)}</span> that
        average is{' '}
        <span className="live" data-testid="related-total-infonce">
          {shown(comparison.totals.infonce)}
        </span>
        .
      </p>
      <TryIt loss={INFONCE.id} active={evaluation.objective === INFONCE.id} />
    </>
  );
}
