/** Under the three panels: what each loss asks of the points, and when it is the one to use. */
export function LossGuide() {
  return (
    <dl className="loss-guide">
      <dt>Contrastive</dt>
      <dd>
        Judges every labelled pair on its own and in absolute terms: two photos of one person should
        sit at distance 0, two people at least m apart, and past m a pair is left alone. Choose it
        when your data comes as “same” and “different” pairs and you know the scale of the
        embeddings well enough to set m.
      </dd>
      <dt>Triplet</dt>
      <dd>
        Cares only about order around an anchor: its positive must be nearer than its negative by a
        margin m, wherever the three sit. That is what ranking and retrieval need. Most triplets are
        easy and teach nothing, so it lives on mining: the hard ones (negative nearer than the
        positive) or, as FaceNet preferred, the semi-hard ones (right order, inside the margin).
      </dd>
      <dt>InfoNCE</dt>
      <dd>
        Looks only at angles: cosine similarity, divided by a temperature τ, then a softmax over the
        whole batch that should pick out the positive. There is no margin, and every other item in
        the batch serves as a negative without being chosen. Reach for it with big batches and pairs
        that come for free: two crops of one image in SimCLR, an image and its caption in CLIP.
      </dd>
    </dl>
  );
}
