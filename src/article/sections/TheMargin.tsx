import { LossCurve } from '../../view/charts/LossCurve';
import { MarginSensitivity } from '../../view/charts/MarginSensitivity';
import { useEvaluation } from '../../view/explorerContext';
import { useFocusPair, pairName } from '../../view/plane/focusPair';
import { fixed2, fixed4 } from '../../view/kit/format';
import { pairSummary } from '../../view/kit/pairSummary';
import { liveSection } from '../Section';

export const TheMargin = liveSection(
  'margin',
  'The margin: far enough is far enough',
  TheMarginBody,
);

function TheMarginBody() {
  const evaluation = useEvaluation();
  const { facts } = pairSummary(evaluation);
  const { pair } = useFocusPair();
  const margin = fixed2(evaluation.scene.margin);
  const distance = pair >= 0 ? evaluation.distance[pair]! : 0;
  return (
    <>
      <p>
        The figure has changed scene: six photos of three people, each person’s two photos side by
        side, the people about 0.35 apart and the margin at m = 0.3. Every pair of different people
        sits just beyond the margin, so the loss is tiny and nothing pushes the three apart, though
        they are hardly apart at all. The margin is too small for this scene.
      </p>
      <p>
        Plot each pair’s loss against its distance and the two halves of the formula become two
        curves. The solid one, D², never stops rising: photos of one person are always worth pulling
        closer. The dashed one falls to zero at D = m and stays there. Beyond the margin (the shaded
        band) a pair of different people costs nothing and gets no gradient at all; the loss has
        decided they are far enough apart and spends no more effort on them.
      </p>
      <LossCurve />
      <p>
        Each dot is one pair of the figure, placed at its distance and its loss. Drag a point and
        its pairs’ dots slide along their curves; move the margin and the dashed curve stretches
        with it. At m = <span className="live">{margin}</span>,{' '}
        <span className="live">{facts.activeDissimilar}</span> of the{' '}
        <span className="live">{facts.dissimilar}</span> different-people pairs are inside the
        margin and pushing; the rest are at rest. Slide m up to 1 and press Play: every pair of
        different people pushes again, and training stops only once the three people are a whole
        unit apart.
      </p>
      <h3>How one pair feels the margin</h3>
      <p>
        Now hold the pair still and vary m instead. For{' '}
        <strong>{pair >= 0 ? pairName(evaluation, pair) : 'a pair'}</strong>, at D ={' '}
        <span className="live">{fixed4(distance)}</span>, the loss is zero while m is at most D,
        then grows as (m − D)². The chart gives its loss at four margins. In the worked example,
        where A1 and B1 are 0.9899 apart, those four values are 0 at m = 0.5, 0.0001 at 1, 0.2602 at
        1.5 and 1.0202 at 2: nothing, a sliver, a real push, and more.
      </p>
      <MarginSensitivity />
      <p>
        Neither end of the slider is safe. Set m too small, as in the figure, and negatives stop
        receiving any gradient the moment they cross it, so they can end up parked just outside,
        still too close to tell apart. Set it too large and the model keeps pushing pairs that were
        already well separated, spending its capacity where nothing was wrong.
      </p>
      <p>
        There is no principled default, because the right margin depends on the scale of the
        embeddings. A common way out is to <dfn>L2-normalise</dfn> them, dividing each by its
        length, which puts every embedding on the unit circle (the unit sphere in more dimensions),
        where distances lie between 0 and 2; there, margins between 0.5 and 1 are the usual choice.
      </p>
    </>
  );
}
