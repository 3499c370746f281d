import { Section } from '../Section';

export function Summary() {
  return (
    <Section id="summary" title="In short">
      <ul>
        <li>
          <strong>What the loss does.</strong> It trains embeddings from labelled pairs. Two photos
          of one person cost their squared distance, so they are always drawn together; two photos
          of different people cost (m − D)² while they are closer than m, and are pushed apart.
        </li>
        <li>
          <strong>What m is for.</strong> The margin says how far apart is far enough. Beyond it a
          pair of different people costs nothing and gets no gradient, so no effort goes into pairs
          that are already fine. Its right size depends on the scale of the embeddings: too small
          and negatives park just outside it, too large and the model keeps pushing pairs that were
          never a problem.
        </li>
        <li>
          <strong>Why negatives matter.</strong> The pulls alone are happiest with every photo on
          one spot, a map with zero loss that tells nobody apart. Only the push of the negative
          pairs keeps the people apart.
        </li>
        <li>
          <strong>Where it is used.</strong> Face verification was its first home: a siamese network
          learns what makes two faces alike and answers “same person?” for people it never saw. The
          same pull-and-push idea, with every other item in a batch as a negative instead of
          hand-built pairs and a margin, drives SimCLR’s image embeddings and CLIP’s shared map of
          images and captions.
        </li>
      </ul>
    </Section>
  );
}
