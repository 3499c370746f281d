import type { Scene } from './model';

/** The seed's worked example (CONTENT.md): two photos each of Alice and Bob, four pairs, m = 1. */
export const defaultScene: Scene = {
  margin: 1,
  points: [
    { label: 'A1', identity: 'alice', x: 0.8, y: 0.2 },
    { label: 'A2', identity: 'alice', x: 0.75, y: 0.25 },
    { label: 'B1', identity: 'bob', x: 0.1, y: 0.9 },
    { label: 'B2', identity: 'bob', x: 0.15, y: 0.85 },
  ],
  pairs: [
    ['A1', 'A2'],
    ['A1', 'B1'],
    ['A2', 'B2'],
    ['B1', 'B2'],
  ],
};
