/**
 * The losses the page can score and train with, behind one interface (definition.ts). The three
 * that ship register here; another registers with `registerLoss` (and its view with
 * `registerLossView`) from its own folder. Everything else (plane, table, training, landscape,
 * link, file, export) asks this table and never names a loss.
 */
import { CONTRASTIVE } from './contrastive/definition';
import type { LossDefinition, LossId } from './definition';
import { INFONCE } from './infonce/definition';
import type { KnobDefinition } from './knobs';
import type { LossOutput } from './lossContext';
import { TRIPLET } from './triplet/definition';

const byId = new Map<LossId, LossDefinition>();
let ids: readonly LossId[] = [];
let knobList: readonly KnobDefinition[] = [];

const listsChanged = () => {
  ids = [...byId.keys()];
  knobList = [...new Set([...byId.values()].map((loss) => loss.knob))];
};

/**
 * Adds a loss to every list the page reads: the switcher, the comparison, the link's and the
 * file's `loss` values, and its knob to the codecs and the store. Returns what takes it out
 * again (a test's registration ends with its test).
 */
export function registerLoss<Output extends LossOutput>(
  definition: LossDefinition<Output>,
): () => void {
  if (byId.has(definition.id)) throw new Error(`A loss "${definition.id}" is already registered.`);
  if (knobList.some((knob) => knob !== definition.knob && knob.field === definition.knob.field))
    throw new Error(`Another knob already uses the field "${definition.knob.field}".`);
  byId.set(definition.id, definition);
  listsChanged();
  return () => {
    byId.delete(definition.id);
    listsChanged();
  };
}

/** The loss a scene without `loss` is scored with: the one the page is about. */
export const DEFAULT_LOSS: LossId = CONTRASTIVE.id;

/**
 * The loss the pair layer is made of: every scored pair's D and contrastive L, which pair lines,
 * the pair table and the margin's story read whatever loss is active.
 */
export const PAIR_LOSS = CONTRASTIVE;

registerLoss(CONTRASTIVE);
registerLoss(TRIPLET);
registerLoss(INFONCE);

/** The registered losses' ids, in the order they registered (a new list after each). */
export const lossIds = (): readonly LossId[] => ids;

/** Every registered loss's knob, each once, in the order the losses registered. */
export const knobs = (): readonly KnobDefinition[] => knobList;

export const isLossId = (value: string): boolean => byId.has(value);

/** The definition of a registered loss; an unknown id is the default loss's. */
export const lossOf = (id: LossId): LossDefinition => byId.get(id) ?? byId.get(DEFAULT_LOSS)!;

/**
 * A loss's own output, typed, when it is the loss `objective`: a loss's views read their
 * evaluation's output through this.
 */
export function outputOf<Output extends LossOutput>(
  definition: LossDefinition<Output>,
  objective: LossId,
  output: LossOutput,
): Output | null {
  return objective === definition.id ? (output as Output) : null;
}
