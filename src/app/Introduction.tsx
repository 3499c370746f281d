/** A few paragraphs that tell the reader what they are looking at and what to try. */
export function Introduction() {
  return (
    <section className="story" aria-labelledby="story-title">
      <h2 id="story-title">What you are looking at</h2>
      <p>
        A face-recognition model turns each photo into a point, its <em>embedding</em>. Here the
        embeddings have two numbers each, so we can draw them: A1 and A2 are two photos of Alice, B1
        and B2 two photos of Bob. The model is doing its job when photos of one person land close
        together and photos of different people land far apart.
      </p>
      <p>
        Contrastive loss scores that, one pair of photos at a time. With D the distance between the
        two points, y = 1 for the same person and y = 0 for different people, and a margin m,
      </p>
      <p className="formula">L = y·D² + (1 − y)·max(m − D, 0)²</p>
      <p>
        A same-person pair costs D², so it is always being drawn together, harder the further apart
        it is. A different-person pair costs (m − D)² while it is closer than m, and nothing at all
        once it is m or more apart: such a pair is already good enough, and the loss leaves it
        alone.
      </p>
      <h3>Things to try</h3>
      <ul>
        <li>
          Drag B2 away from A2 until A2 leaves B2’s circle. Watch the dashed line go quiet and the
          A2–B2 loss drop to exactly 0.0000.
        </li>
        <li>
          Slide the margin to 0.5. Every different-person pair is now far enough apart: only the
          same-person pairs still cost anything.
        </li>
        <li>
          Pull A1 away from A2. Its loss grows with the square of the distance, and so does the
          arrow dragging it back.
        </li>
        <li>
          Drop B1 exactly onto A1 with the arrow keys. The push is at its strongest, 2m, yet has no
          direction, and the page tells you how it breaks the tie.
        </li>
      </ul>
    </section>
  );
}
