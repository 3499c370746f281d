/** Random inputs that the property tests of several layers share (fast-check). */
import fc from 'fast-check';

/**
 * 2 to `most` points as [x, y, identity], of up to three identities, at coordinates drawn from
 * `coordinate`: small scenes where every kind of pair and tie turns up.
 */
export const pointsArbitrary = (coordinate: fc.Arbitrary<number>, most: number) =>
  fc.array(fc.tuple(coordinate, coordinate, fc.integer({ min: 0, max: 2 })), {
    minLength: 2,
    maxLength: most,
  });
