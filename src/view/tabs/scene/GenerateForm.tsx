import { useState, type SubmitEvent } from 'react';
import { pairCountOf } from '../../../engine';
import { generateScene } from '../../../scene/generate';
import { LIMITS, underLossOf } from '../../../scene/model';
import { useActions, useExplorerStore } from '../../explorerContext';
import { plural, thousands as count } from '../../kit/format';
import { PanelSection } from '../PanelSection';

interface Field {
  readonly key: 'identities' | 'photos' | 'spread' | 'seed';
  readonly label: string;
  readonly min?: number;
  readonly max?: number;
  readonly step: number;
}

const FIELDS: readonly Field[] = [
  { key: 'identities', label: 'People', min: 1, step: 1 },
  { key: 'photos', label: 'Photos each', min: 1, step: 1 },
  { key: 'spread', label: 'Spread', min: 0, max: 10, step: 0.05 },
  { key: 'seed', label: 'Seed', step: 1 },
];

type Typed = Record<Field['key'], string>;

const DEFAULTS: Typed = { identities: '3', photos: '4', spread: '0.15', seed: '1' };

/** What K × P would give, while both are whole numbers worth counting. */
function sizeOf({ identities, photos }: Typed): string | null {
  if (identities.trim() === '' || photos.trim() === '') return null;
  const [k, p] = [Number(identities), Number(photos)];
  if (!Number.isInteger(k) || !Number.isInteger(p) || k < 1 || p < 1) return null;
  const n = k * p;
  const pairCount = pairCountOf(n);
  const size = `${count(k)} × ${count(p)} = ${count(n)} ${plural(n, 'point')}, ${count(pairCount)} ${plural(pairCount, 'pair')}`;
  return n > LIMITS.maxPoints
    ? `${size}: more than the ${count(LIMITS.maxPoints)} a scene can hold`
    : size;
}

/**
 * Makes a fresh scene of K people with P photos each, scattered around their own centres. The
 * numbers stay as typed (a refused set can be corrected), and the new scene is one step to undo.
 */
export function GenerateForm() {
  const { loadScene } = useActions();
  const store = useExplorerStore();
  const [typed, setTyped] = useState<Typed>(DEFAULTS);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const size = sizeOf(typed);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = generateScene({
      identities: Number(typed.identities),
      photos: Number(typed.photos),
      spread: Number(typed.spread),
      seed: Number(typed.seed),
      margin: store.getState().scene.margin,
    });
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    loadScene(underLossOf(result.value, store.getState().scene));
  };

  return (
    <PanelSection title="Generate a scene">
      <form className="generate" aria-label="Generate a scene" noValidate onSubmit={submit}>
        <div className="scene-row">
          {FIELDS.map(({ key, label, min, max, step }) => (
            <label key={key} className="generate-field">
              <span>{label}</span>
              <input
                type="number"
                inputMode={step === 1 ? 'numeric' : 'decimal'}
                min={min}
                max={max}
                step={step}
                value={typed[key]}
                onChange={(event) => setTyped({ ...typed, [key]: event.currentTarget.value })}
              />
            </label>
          ))}
          <button type="submit">Generate</button>
        </div>
        <output className="generate-size">
          {size ?? 'Type whole numbers of people and photos.'}
        </output>
        {problems.length > 0 && (
          <div className="edit-problem" role="alert">
            {problems.map((problem) => (
              <p key={problem}>{problem}</p>
            ))}
          </div>
        )}
      </form>
    </PanelSection>
  );
}
