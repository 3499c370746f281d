import { useFocusPair, pairName } from '../../view/plane/focusPair';
import { fixed4 } from '../../view/kit/format';
import { Tex } from '../../view/math/Tex';
import { liveSection } from '../Section';

export const TheGradient = liveSection(
  'gradient',
  'The arrows: where the loss wants each point to go',
  TheGradientBody,
);

function TheGradientBody() {
  const { evaluation, pair } = useFocusPair();
  const hasPair = pair >= 0;
  const similar = hasPair && evaluation.pairs.similar[pair] === 1;
  const distance = hasPair ? evaluation.distance[pair]! : 0;
  const margin = evaluation.scene.margin;
  // |dL/dD|: how hard this pair pulls or pushes each of its two points.
  const strength = similar ? 2 * distance : 2 * Math.max(margin - distance, 0);
  return (
    <>
      <p>
        The figure shows the same six photos with the margin raised to m = 1, so every pair of
        different people is inside it again. Training moves each embedding a small step against the
        gradient of the total loss. The arrow on every point is exactly that direction, the negative
        gradient, drawn on one common scale. Hover a point, or focus it, and its arrow splits into
        one thinner arrow per pair: that pair’s share of the total.
      </p>
      <p>
        Press Step and every point moves a little way along its own arrow, all at once; Play keeps
        stepping. Turn on the landscape and the shading shows the total loss as if one point (the
        one you last grabbed or focused, which the figure names) stood anywhere on the plane: that
        point’s arrow runs straight downhill.
      </p>
      <p>The two kinds of pair act along the line that joins them:</p>
      <ul>
        <li>
          A same-person pair pulls its points together with strength{' '}
          <Tex tex={String.raw`\frac{dL}{dD} = 2D`} />. The further apart they are, the harder the
          pull: twice the distance.
        </li>
        <li>
          A different-people pair inside the margin pushes its points apart with strength{' '}
          <Tex tex={String.raw`\left|\frac{dL}{dD}\right| = 2(m - D)`} />. The push is strongest
          when they coincide (2m) and fades to nothing as D reaches m. Beyond the margin there is no
          push at all.
        </li>
      </ul>
      {hasPair && (
        <p>
          For <strong>{pairName(evaluation, pair)}</strong> right now, D ={' '}
          <span className="live">{fixed4(distance)}</span>, so it{' '}
          {similar ? 'pulls' : strength > 0 ? 'pushes' : 'neither pushes nor pulls; it'}{' '}
          {strength > 0 ? (
            <>
              with strength {similar ? '2D' : '2(m − D)'} ={' '}
              <span className="live">{fixed4(strength)}</span>.
            </>
          ) : (
            'is beyond the margin and at rest.'
          )}{' '}
          Each point receives that strength along the pair’s line, one towards the other (a pull) or
          away from it (a push); a point’s arrow adds up the shares of all its pairs.
        </p>
      )}
      <p>
        A push needs a direction, and two points of different people on exactly the same spot have
        none. Their push still has size 2m; by a convention the page states when it happens, the
        first point of the pair goes towards +x and the second towards −x, so every number stays
        finite and training can pull a collapsed scene apart.
      </p>
    </>
  );
}
