import { TOUCH_FIRST, useMediaQuery } from '../../view/kit/measure';
import { Section } from '../Section';

export function Embeddings() {
  const touch = useMediaQuery(TOUCH_FIRST);
  return (
    <Section id="embeddings" title="Why points, not classes">
      <p>
        A classifier picks from a list of classes fixed before training. Face verification has no
        such list: it asks whether two photos show the same person, and most of the people it will
        meet were never in its training data.
      </p>
      <p>
        So the model turns each photo into a point, its <dfn>embedding</dfn>: a short list of
        numbers standing for the photo. Training asks for geometry instead of names, with photos of
        one person close together and photos of different people far apart. Two new photos are then
        compared by the distance between their points.
      </p>
      <p>
        In the figure, A1 and A2 are two photos of Alice and B1 and B2 two of Bob, drawn in two
        dimensions so that you can see them.{' '}
        {touch
          ? 'Drag any point with your finger, and every number on the page follows.'
          : 'Drag any point, or focus it with Tab and use the arrow keys (Shift for larger steps), and every number on the page follows.'}
      </p>
    </Section>
  );
}
