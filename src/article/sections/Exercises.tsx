import { defaultScene } from '../../scene/defaultScene';
import { useEvaluation, useExplorer } from '../../view/explorerContext';
import { fixed2, fixed4 } from '../../view/kit/format';
import { Tex } from '../../view/math/Tex';
import { ExerciseCard } from '../exercises/ExerciseCard';
import { EXERCISES } from '../exercises/exercises';
import type { Exercise } from '../exercises/model';
import { PairCalculator } from '../exercises/PairCalculator';
import { Section } from '../Section';

/** The answer a question computes, so the working quotes the very number the checker uses. */
function answerOf(exercise: Exercise, id: string): number {
  const question = exercise.questions.find((q) => q.id === id);
  return question?.kind === 'number' ? question.answer : Number.NaN;
}

const [ex1, ex2, ex3, ex4, ex5, ex6] = EXERCISES as [
  Exercise,
  Exercise,
  Exercise,
  Exercise,
  Exercise,
  Exercise,
];
const [a1, , , b2] = defaultScene.points;
const count = (n: number) => n.toLocaleString('en-US');

export function Exercises() {
  const d = answerOf(ex1, 'distance');
  return (
    <Section id="exercises" title="Test your understanding">
      <p>
        Work these out on paper first, then check. A wrong answer tells you how far off it was; the
        working is there when you want it. The figure starts on the worked example, and the button
        under an exercise puts that exercise’s scene on it, where you can drag the points or move
        the margin to test your answer.
      </p>
      <ExerciseCard
        exercise={ex1}
        prompt={
          <p>
            Take A1 = ({a1!.x}, {a1!.y}) and B2 = ({b2!.x}, {b2!.y}) from the worked example. How
            far apart are they, what kind of pair do they make, and what is their loss at m = 1?
            Give numbers to four decimals.
          </p>
        }
        working={
          <>
            <Tex
              display
              tex={String.raw`D = \sqrt{(${a1!.x} - ${b2!.x})^2 + (${a1!.y} - ${b2!.y})^2} = \sqrt{0.65^2 + 0.65^2} = \sqrt{0.845} \approx ${fixed4(d)}`}
            />
            <p>Alice and Bob are different people, so y = 0 and only the margin term counts:</p>
            <Tex
              display
              tex={String.raw`L = \max(1 - ${fixed4(d)},\ 0)^2 = ${fixed4(1 - d)}^2 \approx ${fixed4(answerOf(ex1, 'loss'))}`}
            />
          </>
        }
      />
      <ExerciseCard
        exercise={ex2}
        prompt={
          <p>
            A negative pair sits at D = 1.5. What are its loss and dL/dD with m = 1? And with m = 2?
          </p>
        }
        working={
          <>
            <p>
              With m = 1 the pair is beyond the margin, so the clamp gives zero and nothing changes:
            </p>
            <Tex display tex={String.raw`L = \max(1 - 1.5,\ 0)^2 = 0, \qquad \frac{dL}{dD} = 0`} />
            <p>With m = 2 the same pair is inside the margin again and is pushed apart:</p>
            <Tex
              display
              tex={String.raw`L = (2 - 1.5)^2 = ${answerOf(ex2, 'loss2')}, \qquad \frac{dL}{dD} = -2(m - D) = ${answerOf(ex2, 'slope2')}`}
            />
          </>
        }
      />
      <ExerciseCard
        exercise={ex3}
        prompt={
          <p>
            You train with m = 0.3 and find the negative pairs piled up at D ≈ 0.35, still hard to
            tell apart. What is going on, and what would you change?
          </p>
        }
        working={
          <p>
            At D ≈ 0.35 every negative pair is already past m = 0.3, where the loss and its gradient
            are exactly zero, so nothing moves them further. The margin is too small for the scale
            of these embeddings. A larger margin helps, or normalising the embeddings and choosing m
            between 0.5 and 1, or a relative loss such as triplet or InfoNCE that keeps comparing a
            positive with the negatives. Hard-negative mining on its own does not: it hunts for
            negatives inside the margin, and here there are none to find. It earns its keep only
            after a larger margin has pulled some hard negatives back inside. A smaller margin lets
            go of the negatives even sooner, and fewer negatives leaves the rest just as still.
          </p>
        }
      />
      <ExerciseCard
        exercise={ex4}
        prompt={
          <p>
            A data set has n = {count(10_000)} images, and 0.5% of all pairs are positive. How many
            pairs are there, how many positive and negative, and how many negatives per positive?
          </p>
        }
        extra={<PairCalculator />}
        working={
          <>
            <Tex
              display
              tex={String.raw`\frac{n(n-1)}{2} = \frac{10\,000 \cdot 9\,999}{2} = ${count(answerOf(ex4, 'pairs')).replaceAll(',', '\\,')}`}
            />
            <p>
              Half a percent of those is {count(answerOf(ex4, 'positives'))} positives, which leaves{' '}
              {count(answerOf(ex4, 'negatives'))} negatives: about{' '}
              {Math.round(answerOf(ex4, 'ratio'))} for every positive. Unless pairs are sampled in
              balance, the negatives dominate both the loss and the gradient.
            </p>
          </>
        }
      />
      <ExerciseCard
        exercise={ex5}
        prompt={
          <p>
            SimCLR takes a batch of n = 256 images and makes two augmented views of each. How many
            views are in the batch, and how many negatives does each view get?
          </p>
        }
        extra={<SceneCandidates />}
        working={
          <p>
            2n = {answerOf(ex5, 'views')} views. Each view’s positive is its twin, the other view of
            the same image, and the remaining 2n − 2 = {answerOf(ex5, 'negatives')} views are its
            negatives. That is hundreds of negatives per step for free, fresh with every batch, with
            no O(n²) mining over the whole data set.
          </p>
        }
      />
      <ExerciseCard
        exercise={ex6}
        prompt={
          <p>
            In the digits figure you set the share of similar pairs to 1, so every pair shows one
            digit twice, and press Play. Decide first what the map will do, then try it. Later, on a
            trained map with m = 1, a 4 and a 9 sit at D = 0.4, and so do two 4s. What is each
            pair’s loss?
          </p>
        }
        working={
          <>
            <p>
              With only similar pairs, only the pull D² is left. It is zero when every pair sits on
              one spot, and the cheapest way to get there is to send every image to the same point:
              collapse. The loss goes to zero and the map says nothing about which digit is which.
            </p>
            <p>A 4 and a 9 are a dissimilar pair, inside the margin, so they are pushed apart:</p>
            <Tex
              display
              tex={String.raw`L = \max(1 - 0.4,\ 0)^2 = 0.6^2 = ${fixed2(answerOf(ex6, 'different'))}`}
            />
            <p>Two 4s are a similar pair, pulled together at any distance:</p>
            <Tex display tex={String.raw`L = D^2 = 0.4^2 = ${fixed2(answerOf(ex6, 'same'))}`} />
          </>
        }
      />
    </Section>
  );
}

/**
 * Exercise 5 on the figure's own scene: under InfoNCE every point is an anchor whose softmax runs
 * over all the others, its positives among them. Told for the point picked last on the plane, or
 * else the first point that has a positive.
 */
function SceneCandidates() {
  const { scene, identityOf } = useEvaluation();
  const picked = useExplorer(
    (state) =>
      state.activePoint ?? (state.highlight?.kind === 'point' ? state.highlight.index : null),
  );
  const n = scene.points.length;
  const sizes = new Map<number, number>();
  for (const id of identityOf) sizes.set(id, (sizes.get(id) ?? 0) + 1);
  const firstWithPartner = identityOf.findIndex((id) => sizes.get(id)! > 1);
  const anchor = picked !== null && picked < n ? picked : Math.max(firstWithPartner, 0);
  const point = scene.points[anchor];
  if (!point) return null;
  const positives = sizes.get(identityOf[anchor]!)! - 1;
  const negatives = n - 1 - positives;
  return (
    <p data-testid="exercise-5-scene">
      The figure plays the same game on a small scale. Under InfoNCE each of its{' '}
      <span className="live">{count(n)}</span> points is an anchor, scored against the other{' '}
      <span className="live">{count(n - 1)}</span>. For <strong>{point.label}</strong> (
      {point.identity}), <span className="live">{count(positives)}</span> of them{' '}
      {positives === 1 ? 'is a positive' : 'are positives'} and{' '}
      <span className="live">{count(negatives)}</span>{' '}
      {negatives === 1 ? 'is a negative' : 'are negatives'}
      {positives === 0
        ? ', so it scores no pair of its own and only serves as everyone else’s negative'
        : ''}
      . A view in SimCLR’s batch sits in the same place, among many more candidates.
    </p>
  );
}
