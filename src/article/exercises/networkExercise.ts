/**
 * The exercise on the digits network: what a map does with no dissimilar pairs to train on, and
 * the loss of two pairs of digit images, the answers computed by the engine's own pair loss.
 */
import { contrastivePairLoss } from '../../engine';
import type { Exercise } from './model';

/** The pairs' distance on the map and the margin. */
const distance = 0.4;
const margin = 1;

export const NETWORK_EXERCISE: Exercise = {
  number: 6,
  title: 'A network with nothing to push',
  questions: [
    {
      kind: 'choice',
      id: 'collapse',
      label: 'What does the map do?',
      name: 'What the map does',
      options: [
        {
          id: 'clusters',
          text: 'The digits sort themselves into ten tight clusters, faster than before.',
          hint: 'Nothing in the loss keeps two different digits apart any more. What stops a 4 and a 9 from meeting?',
        },
        {
          id: 'collapse',
          text: 'Every image drifts towards one spot: the loss heads for zero and the map no longer tells the digits apart.',
        },
        {
          id: 'apart',
          text: 'The images fly further and further apart.',
          hint: 'Only the pull D² is left, and a pull only ever brings the two images of a pair together.',
        },
        {
          id: 'still',
          text: 'Nothing moves: without dissimilar pairs there is no gradient.',
          hint: 'Similar pairs still have a loss, D², and its gradient pulls each pair together.',
        },
      ],
      answers: ['collapse'],
      hint: 'With only similar pairs, what is the cheapest way to make every D zero?',
    },
    {
      kind: 'number',
      id: 'different',
      label: 'loss of the 4 and the 9',
      answer: contrastivePairLoss(distance, false, margin),
      tolerance: 0.0005,
      slips: [
        {
          value: margin - distance,
          hint: 'That is m − D; the margin term squares it.',
        },
        {
          value: distance ** 2,
          hint: 'That is D², the pull of a similar pair, but a 4 and a 9 are different digits.',
        },
        {
          value: margin - distance ** 2,
          hint: 'That squares D alone; the margin term squares the whole gap, m − D.',
        },
      ],
    },
    {
      kind: 'number',
      id: 'same',
      label: 'loss of the two 4s',
      answer: contrastivePairLoss(distance, true, margin),
      tolerance: 0.0005,
      slips: [
        {
          value: contrastivePairLoss(distance, false, margin),
          hint: 'That is the push of a dissimilar pair, but two 4s are a similar pair: their loss is D².',
        },
        { value: distance, hint: 'That is D itself; the pull is D².' },
        {
          value: 0,
          hint: 'The margin only lets dissimilar pairs rest. A similar pair costs D² at any distance above zero.',
        },
      ],
    },
  ],
  setup: { label: 'Set the figure to similar pairs only', network: { similarShare: 1 } },
};
