import { Legend } from '../../view/legend/Legend';
import { TOUCH_FIRST, useMediaQuery } from '../../view/kit/measure';
import { Section } from '../Section';

export function Embeddings() {
  const touch = useMediaQuery(TOUCH_FIRST);
  return (
    <Section id="embeddings" title="Why points, not classes">
      <p>
        A classifier chooses from a list fixed before training: cat, dog, lorry. Face verification
        has no such list. It asks whether two photos show the same person, and the people it will
        meet include many it has never seen; new ones arrive every day.
      </p>
      <p>
        So instead of naming a class, the model maps every photo to a point, an <em>embedding</em>,
        and we ask the geometry to do the work: photos of one person should land close together, and
        photos of different people far apart. To compare two new photos, measure the distance
        between their points. Real embeddings have hundreds of dimensions; the ones on this page
        have two, so you can see them and move them.
      </p>
      <p>
        In the figure, A1 and A2 are two photos of Alice and B1 and B2 two photos of Bob. Each line
        is a labelled pair that the loss scores.{' '}
        {touch
          ? 'Drag any point with your finger, and everything else follows.'
          : 'Drag any point, or focus it with Tab and use the arrow keys (Shift for larger steps), and everything else follows.'}
      </p>
      <h3>Reading the figure</h3>
      <Legend />
    </Section>
  );
}
