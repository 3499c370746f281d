import { GeneralFormula } from '../../view/math/Formula';
import { Section } from '../Section';

export function TheLoss() {
  return (
    <Section id="loss" title="The loss, term by term">
      <p>
        Contrastive loss (Hadsell, Chopra and LeCun, 2006) looks at one labelled pair at a time. D
        is the Euclidean distance between the pair’s two embeddings, y says whether they show the
        same person, and m is a margin we choose:
      </p>
      <GeneralFormula />
      <p>
        Only one of the two terms is ever switched on, because y is either 1 or 0. Point at a term
        above and the plane shows the pairs it applies to; point at a pair on the plane or in the
        table and its term lights up here.
      </p>
      <aside className="note">
        <strong>Which label is which.</strong> Hadsell and colleagues write the label the other way
        round, Y = 0 for a similar pair, and put a factor ½ in front of each term. This page follows
        the convention of our worked example: y = 1 means the same person, and there is no ½. The
        two versions differ only by that relabelling and a factor of two, so the arrows point the
        same way; just remember which convention a paper uses before comparing numbers.
      </aside>
    </Section>
  );
}
