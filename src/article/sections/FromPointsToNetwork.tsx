import { lazy } from 'react';
import { OnceReached } from '../OnceReached';
import { Section } from '../Section';
import { Term } from '../Term';

/** Its own chunk: the figure's code, and the digits it fetches, wait until the reader nears it. */
const DigitsFigure = lazy(() => import('../../view/network/DigitsFigure'));

const FIGURE_ID = 'digits-figure';

/**
 * Brings the digits figure into view (which makes it, if the reader has not been there yet) and
 * puts the focus on it, so that the next Tab reaches its controls.
 */
export function revealDigitsFigure(): void {
  const figure = document.getElementById(FIGURE_ID);
  if (!figure) return;
  figure.scrollIntoView({ block: 'start' });
  figure.focus({ preventScroll: true });
}

export function FromPointsToNetwork() {
  return (
    <Section id="from-points-to-a-network" title="From points to a network">
      <p>
        Until now every point on the plane has been free: drag one, or take a training step, and
        each point moves on its own. In practice nothing moves the points directly. There is one
        network, a function with many weights, that takes a photo and returns its point. The
        gradient of the loss flows back through the network, by the chain rule, and changes the
        weights; the points move because the function that places them has changed.
      </p>
      <p>
        Both photos of a pair go through that same network, with the same weights. Drawn as two
        copies side by side, joined at the loss, it looks like twins, hence its name: a{' '}
        <dfn>siamese network</dfn>. In the computer it is one network used twice, and the pull or
        push on each of the two points becomes a change to the weights they share.
      </p>
      <h3>One step moves every photo</h3>
      <p>
        Every photo is mapped by those weights, so one step moves all of them at once, not only the
        two in the pair. Photos that look alike move alike: teach the network that two 4s belong
        together and other 4s, which share their strokes, tend to come along.
      </p>
      <p>
        The same holds for a photo the network has never seen: the same weights map it, and if it
        looks like photos the network has learned to group, it lands near them. That is how face
        verification can say “same person” about two photos of someone who was never in its training
        data (Chopra, Hadsell and LeCun did so in 2005): the network has learned what makes two
        faces alike, not a list of names.
      </p>
      <h3>Collapse, again</h3>
      <p>
        A network can collapse just as the nine photos could, and more easily: a single setting of
        its weights sends every image to the same point. The dissimilar term rules that out here
        too. A 4 and a 9 on one spot cost m², so the network has to keep them apart, and the margin
        says how far. Take the push away, with m = 0 or with no dissimilar pairs, and collapse is
        back.
      </p>
      <h3>Train one yourself</h3>
      <p>
        The figure below trains a small siamese network in your browser on 1,797 real handwritten
        digits, 8×8 pixels each, written by 13 people. It reads an image’s 64 pixels, passes them
        through one hidden layer and returns two numbers: the image’s point on the map. Its weights
        learn with <Term id="adam">Adam</Term>, a form of gradient descent that sizes each weight’s
        step by that weight’s recent gradients, unless you switch it to the plain kind. Some images
        are held out and never trained on. The score, <Term id="knn-accuracy">5-NN accuracy</Term>,
        is the share of them whose five nearest training images on the map mostly show the right
        digit. Beside the network’s map the figure shows <Term id="pca">PCA</Term>’s: the two
        directions in which the pixels vary most, chosen without a look at the labels. PCA scores
        about 0.64; the network reaches about 0.94 to 0.97 within a few hundred to a thousand steps.
      </p>
      <OnceReached
        id={FIGURE_ID}
        placeholder={<p className="muted">Loading the network and its digits…</p>}
      >
        <DigitsFigure />
      </OnceReached>
      <p>Moments worth trying, each one a button in the figure:</p>
      <ul>
        <li>
          <strong>No dissimilar pairs.</strong> With only the pull left, the map shrinks towards a
          single point while the loss heads for zero.
        </li>
        <li>
          <strong>Margin 0.</strong> Dissimilar pairs are still sampled, but none of them pushes any
          more: collapse again, by another road.
        </li>
        <li>
          <strong>A margin far too large.</strong> Every pair of different digits stays inside it,
          so the push never rests: the map keeps growing (watch the bar that shows m in its corner),
          and the first hundred steps go on spreading everything apart more than on untangling the
          digits that are still mixed up.
        </li>
        <li>
          <strong>Only 4s and 9s.</strong> The two are easy to write alike. See how cleanly the
          network can split the two, and which images end up on the wrong side.
        </li>
      </ul>
      <h3>Where this comes from</h3>
      <p>
        Hadsell, Chopra and LeCun introduced this loss in “Dimensionality Reduction by Learning an
        Invariant Mapping” (DrLIM, CVPR 2006). They trained a siamese convolutional network with it
        and mapped MNIST’s handwritten digits to two dimensions, as the figure does here with a
        smaller network and smaller images. They also learned maps that ignore where a digit sits in
        the image, and the lighting on photos of a toy airplane. Their paper writes Y = 0 for a
        similar pair and halves each term; this page keeps y = 1 for similar, as everywhere else.
      </p>
      <p className="muted">
        Handwritten digits: Alpaydin &amp; Kaynak, UCI Machine Learning Repository, CC BY 4.0.
      </p>
    </Section>
  );
}
