/**
 * Editing a scene by hand (points, identities, pairs, the unit circle, the learning rate) and the
 * tools the plane offers for it. Every edit is checked; a refused one leaves `editProblem`, a
 * sentence the page shows next to the controls, and changes nothing.
 */
import {
  LIMITS,
  normaliseScene,
  scenePairCount,
  scenePairLabels,
  tidy,
  type PairLabels,
  type PairSpec,
  type Scene,
} from '../model';
import type { GetExplorer, SetExplorer } from './store';

/** What a press on the plane does: move points, add one, or pick pairs. */
export type Tool = 'move' | 'add' | 'pairs';

/** Above this many pairs, hand-picking starts from an empty list rather than a copy of them all. */
export const MAX_PICKED_COPY = 5000;

export interface EditingState {
  readonly tool: Tool;
  /** The identity a new point gets. */
  readonly addIdentity: string;
  /** With the pairs tool, the first point picked, waiting for the second. */
  readonly pickFirst: number | null;
  /** The point last grabbed or focused: its landscape is shown, and Delete removes it. */
  readonly activePoint: number | null;
  /** Lights the dissimilar pairs inside the margin: the hard negatives. */
  readonly showHardNegatives: boolean;
  /** A point held by the pointer: training leaves it where the hand keeps it. */
  readonly held: number | null;
  /** Why the last edit was refused, in plain words; null when it went through. */
  readonly editProblem: string | null;
}

export interface EditingActions {
  setTool: (tool: Tool) => void;
  setAddIdentity: (identity: string) => void;
  setShowHardNegatives: (on: boolean) => void;
  setActivePoint: (index: number | null) => void;
  /** A point focused (Tab, a click): lit, and the active point, in one write. */
  focusPoint: (index: number) => void;
  /** A point grabbed by a pointer, held and focused in one write; null lets go. */
  grabPoint: (index: number | null) => void;
  /** Adds a point of `identity` at (x, y), labelled after that identity's other points. */
  addPoint: (identity: string, x: number, y: number) => boolean;
  deletePoint: (index: number) => boolean;
  renameIdentity: (from: string, to: string) => boolean;
  recolourIdentity: (identity: string, colour: string) => boolean;
  /** Every pair, a hand-made list (starting from the current pairs), or a balanced sample. */
  setPairMode: (mode: 'all' | 'picked' | { perSimilar: number; seed: number }) => boolean;
  /** With the pairs tool: a first point, then a second that adds or removes their pair. */
  pickPoint: (index: number) => void;
  /** Adds the pair of two points, or removes it if it is there. */
  togglePair: (a: string, b: string) => boolean;
  removePair: (index: number) => boolean;
  setNorm: (on: boolean) => void;
  /** Sets the learning rate (at most LIMITS.maxLearningRate); null goes back to the loss's own. */
  setLearningRate: (learningRate: number | null) => void;
  clearEditProblem: () => void;
}

/** The label a new point of `identity` gets: its identity's prefix and the next free number. */
export function nextLabel(scene: Scene, identity: string): string {
  const taken = new Set(scene.points.map((p) => p.label));
  const sibling = scene.points.find((p) => p.identity === identity);
  const prefix =
    (sibling
      ? sibling.label.replace(/\d+$/, '')
      : identity
          .replace(/[^A-Za-z0-9_]/g, '')
          .charAt(0)
          .toUpperCase()) || 'P';
  for (let n = 1; ; n++) {
    const label = `${prefix.slice(0, 12 - String(n).length)}${n}`;
    if (!taken.has(label)) return label;
  }
}

export function editingSlice(set: SetExplorer, get: GetExplorer): EditingState & EditingActions {
  /** Applies a checked edit: the new scene, no problem, and a step in the history. */
  const apply = (scene: Scene, extra: object = {}) => {
    get().stopTraining();
    get().commitEdit();
    set({ scene, editProblem: null, ...extra });
    get().commitEdit();
    return true;
  };
  const refuse = (problem: string) => {
    set({ editProblem: problem });
    return false;
  };
  const withPairs = (scene: Scene, pairs: PairSpec): Scene => ({ ...scene, pairs });

  return {
    tool: 'move',
    addIdentity: '',
    pickFirst: null,
    activePoint: null,
    showHardNegatives: false,
    held: null,
    editProblem: null,

    setTool(tool) {
      set({ tool, pickFirst: null, editProblem: null });
    },
    setAddIdentity(identity) {
      set({ addIdentity: identity });
    },
    setShowHardNegatives(on) {
      set({ showHardNegatives: on });
    },
    setActivePoint(index) {
      set({ activePoint: index });
    },
    focusPoint(index) {
      const { highlight, activePoint } = get();
      // Focus follows a grab: nothing left to change then.
      if (highlight?.kind === 'point' && highlight.index === index && activePoint === index) return;
      set({ highlight: { kind: 'point', index }, activePoint: index });
    },
    grabPoint(index) {
      if (index === null) set({ held: null });
      else set({ held: index, highlight: { kind: 'point', index }, activePoint: index });
    },
    clearEditProblem() {
      set({ editProblem: null });
    },

    addPoint(identity, x, y) {
      const { scene } = get();
      const name = identity.trim();
      if (!LIMITS.identity.test(name))
        return refuse(
          `"${identity}" cannot name an identity: use 1 to 24 letters, digits, underscores or spaces.`,
        );
      if (scene.points.length >= LIMITS.maxPoints)
        return refuse(`The scene already has ${LIMITS.maxPoints} points, the most it can hold.`);
      if (!Number.isFinite(x) || !Number.isFinite(y))
        return refuse('That spot is not on the plane.');
      const point = { label: nextLabel(scene, name), identity: name, x: tidy(x), y: tidy(y) };
      // A hand-made list gets no pairs for the newcomer: the user picks them.
      return apply(normaliseScene({ ...scene, points: [...scene.points, point] }));
    },

    deletePoint(index) {
      const { scene } = get();
      const point = scene.points[index];
      if (!point) return refuse('There is no such point to delete.');
      if (scene.points.length === 1)
        return refuse('A scene needs at least one point, so the last one stays.');
      const points = scene.points.filter((_, i) => i !== index);
      const pairs = Array.isArray(scene.pairs)
        ? (scene.pairs as readonly PairLabels[]).filter(
            ([a, b]) => a !== point.label && b !== point.label,
          )
        : scene.pairs;
      return apply(
        { ...scene, points, pairs },
        // Every index into the old points lapses: a pair half picked, the point in hand.
        { selectedPair: null, highlight: null, activePoint: null, pickFirst: null, held: null },
      );
    },

    renameIdentity(from, to) {
      const { scene } = get();
      const name = to.trim();
      if (name === from) return true;
      if (!LIMITS.identity.test(name))
        return refuse(
          `"${to}" cannot name an identity: use 1 to 24 letters, digits, underscores or spaces.`,
        );
      if (scene.points.some((p) => p.identity === name))
        return refuse(`"${name}" is already someone else in this scene; pick another name.`);
      const points = scene.points.map((p) => (p.identity === from ? { ...p, identity: name } : p));
      const colours =
        scene.colours && Object.hasOwn(scene.colours, from)
          ? Object.fromEntries(
              Object.entries(scene.colours).map(([key, value]) => [
                key === from ? name : key,
                value,
              ]),
            )
          : scene.colours;
      return apply({ ...scene, points, ...(colours ? { colours } : {}) });
    },

    recolourIdentity(identity, colour) {
      const { scene } = get();
      if (!/^#[0-9A-Fa-f]{6}$/.test(colour))
        return refuse(`"${colour}" is not a colour written #RRGGBB.`);
      if (!scene.points.some((p) => p.identity === identity))
        return refuse(`There is no identity "${identity}" to recolour.`);
      return apply({ ...scene, colours: { ...scene.colours, [identity]: colour.toUpperCase() } });
    },

    setPairMode(mode) {
      const { scene } = get();
      if (mode === 'all') return apply(withPairs(scene, 'all'), { selectedPair: null });
      if (mode === 'picked') {
        if (Array.isArray(scene.pairs)) return true;
        const count = scenePairCount(scene);
        const list = count <= MAX_PICKED_COPY ? scenePairLabels(scene) : [];
        return apply(withPairs(scene, list), {
          selectedPair: null,
          editProblem:
            count > MAX_PICKED_COPY
              ? `${count} pairs are too many to list by hand, so the list starts empty: pick the pairs you want.`
              : null,
        });
      }
      const { perSimilar, seed } = mode;
      if (!Number.isInteger(perSimilar) || perSimilar < 1 || perSimilar > LIMITS.maxPerSimilar)
        return refuse(
          `Balanced sampling takes a whole number from 1 to ${LIMITS.maxPerSimilar} of dissimilar pairs per similar pair.`,
        );
      if (!Number.isInteger(seed)) return refuse('The sampling seed must be a whole number.');
      return apply(withPairs(scene, { kind: 'balanced', perSimilar, seed }), {
        selectedPair: null,
      });
    },

    pickPoint(index) {
      const { pickFirst, scene } = get();
      if (!scene.points[index]) return;
      if (pickFirst === null || pickFirst === index) {
        set({ pickFirst: pickFirst === index ? null : index });
        return;
      }
      set({ pickFirst: null });
      get().togglePair(scene.points[pickFirst]!.label, scene.points[index].label);
    },

    togglePair(a, b) {
      const { scene } = get();
      if (a === b) return refuse('A pair needs two different points.');
      const count = scenePairCount(scene);
      if (!Array.isArray(scene.pairs) && count > MAX_PICKED_COPY)
        return refuse(
          `${count} pairs are too many to edit one by one; switch the pairs to "hand-picked" first.`,
        );
      const list: readonly PairLabels[] = Array.isArray(scene.pairs)
        ? scene.pairs
        : scenePairLabels(scene);
      const has = list.some(([p, q]) => (p === a && q === b) || (p === b && q === a));
      const next = has
        ? list.filter(([p, q]) => !((p === a && q === b) || (p === b && q === a)))
        : [...list, [a, b] as const];
      return apply(withPairs(scene, next), { selectedPair: null });
    },

    removePair(index) {
      const { scene } = get();
      const labels = scenePairLabels(scene);
      const pair = labels[index];
      if (!pair) return refuse('There is no such pair to remove.');
      return get().togglePair(pair[0], pair[1]);
    },

    setNorm(on) {
      const { scene } = get();
      if (Boolean(scene.norm) === on) return;
      apply(normaliseScene({ ...scene, norm: on }));
    },

    setLearningRate(learningRate) {
      const { scene } = get();
      if (learningRate !== null && !(learningRate > 0 && Number.isFinite(learningRate))) return;
      const lr = learningRate === null ? undefined : Math.min(LIMITS.maxLearningRate, learningRate);
      if (lr !== scene.lr) set({ scene: { ...scene, lr } });
    },
  };
}
