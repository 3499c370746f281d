import { Legend } from '../../view/legend/Legend';
import { GeneralFormula } from '../../view/math/Formula';
import { Section } from '../Section';

export function TheLoss() {
  return (
    <Section id="loss" title="The loss, term by term">
      <p>
        Contrastive loss (Hadsell, Chopra and LeCun, 2006) looks at one labelled pair at a time. D
        is the Euclidean distance between the pair’s two embeddings. The label y is 1 for a{' '}
        <dfn>positive pair</dfn>, two photos of the same person, and 0 for a{' '}
        <dfn>negative pair</dfn>, two photos of different people. And m is the <dfn>margin</dfn>, a
        distance we choose beyond which a negative pair stops counting:
      </p>
      <GeneralFormula />
      <p>
        Only one of the two terms is ever switched on, because y is either 1 or 0. Point at a term
        above and the plane shows the pairs it applies to; point at a pair’s line on the plane and
        its term lights up here.
      </p>
      <h3>Reading the figure</h3>
      <Legend />
    </Section>
  );
}
