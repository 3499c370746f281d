/**
 * The words the article uses that a first-time reader may not know, each with a one-line
 * definition. The glossary section lists them; a term's first use in the text links to its entry
 * (Term.tsx) or defines it on the spot with a <dfn>.
 */
export const GLOSSARY = [
  {
    id: 'embedding',
    term: 'Embedding',
    definition:
      'The point a model gives an input: a list of numbers, placed so that distances between points say how alike the inputs are.',
  },
  {
    id: 'positive-negative',
    term: 'Positive and negative pair',
    definition:
      'Two inputs of the same identity (a positive pair, y = 1) or of different identities (a negative pair, y = 0); a “negative” is the other input of a negative pair.',
  },
  {
    id: 'margin',
    term: 'Margin (m)',
    definition:
      'The distance beyond which a negative pair costs nothing and gets no gradient: far enough is far enough.',
  },
  {
    id: 'collapse',
    term: 'Collapse',
    definition:
      'Every input mapped to one point: the positive pairs’ loss is zero, and the map cannot tell anything apart.',
  },
  {
    id: 'l2-normalised',
    term: 'L2-normalised',
    definition:
      'Divided by its own length, so that every embedding has length 1 and lies on the unit circle (the unit sphere in more dimensions).',
  },
  {
    id: 'hard-negative',
    term: 'Hard negative',
    definition:
      'A negative the loss still has to push: inside the margin for the contrastive loss, nearer the anchor than the positive for a triplet. Hard-negative mining searches for them.',
  },
  {
    id: 'semi-hard-negative',
    term: 'Semi-hard negative',
    definition:
      'In a triplet, a negative further from the anchor than the positive is, but by less than the margin: the order is right, the loss not yet zero.',
  },
  {
    id: 'infonce',
    term: 'InfoNCE',
    definition:
      'A loss that asks a softmax over an anchor’s candidates to pick out its positive; every other item in the batch serves as a negative.',
  },
  {
    id: 'temperature',
    term: 'Temperature (τ)',
    definition:
      'The number InfoNCE divides similarities by before the softmax: a small τ lets the nearest negatives dominate, a large one spreads the weight over all of them.',
  },
  {
    id: 'nt-xent',
    term: 'NT-Xent',
    definition:
      'Normalised temperature-scaled cross-entropy: SimCLR’s name for InfoNCE on L2-normalised embeddings.',
  },
  {
    id: 'simclr',
    term: 'SimCLR',
    definition:
      'A way to learn image embeddings without labels (Chen and colleagues, 2020): two augmented views of each image are each other’s positive, the rest of the batch their negatives.',
  },
  {
    id: 'clip',
    term: 'CLIP',
    definition:
      'A model that puts images and their captions on one map (Radford and colleagues, 2021), trained so that each image picks out its own caption in a batch, and each caption its image.',
  },
  {
    id: 'siamese-network',
    term: 'Siamese network',
    definition:
      'One network used for both inputs of a pair, with the same weights, so that both land on the same map.',
  },
  {
    id: 'adam',
    term: 'Adam',
    definition:
      'A variant of gradient descent that keeps running averages of each weight’s gradient and of its square, and sizes each weight’s step by them.',
  },
  {
    id: 'pca',
    term: 'PCA',
    definition:
      'Principal component analysis: the directions in which the data vary most, found without a look at any label; the first two give a 2-D map.',
  },
  {
    id: 'knn-accuracy',
    term: '5-NN accuracy',
    definition:
      'k-nearest-neighbour accuracy with k = 5: the share of held-out inputs that a majority vote of their five nearest training inputs on the map labels correctly.',
  },
] as const;

export type GlossaryId = (typeof GLOSSARY)[number]['id'];

/** The id of a term's entry in the glossary section, the target of its links. */
export const glossaryAnchor = (id: GlossaryId): string => `glossary-${id}`;

export const definitionOf = (id: GlossaryId): string =>
  GLOSSARY.find((entry) => entry.id === id)!.definition;
