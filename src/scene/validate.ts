/**
 * The one set of rules every way into the app (link, file, paste, saved data) checks a scene
 * against, written with zod. Problems come back in plain words; nothing here throws.
 */
import * as z from 'zod';
import { LIMITS, type Checked, type Scene } from './model';

/** The longest value quoted back in a problem; a 200 KB label is shown by its start. */
const QUOTE_LENGTH = 40;

/** A value quoted back as plain text, shortened when it is long. */
export function quote(value: unknown): string {
  const text = String(value);
  return `"${text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text}"`;
}

/** The most problems one notice lists; the rest are counted, so a huge bad file stays readable. */
const MAX_PROBLEMS = 12;

export function limitProblems(problems: readonly string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  const more = problems.length - (MAX_PROBLEMS - 1);
  return [...problems.slice(0, MAX_PROBLEMS - 1), `…and ${more} more problems.`];
}

const label = z.string().regex(LIMITS.label, {
  error: (issue) =>
    `the label ${quote(issue.input)} must be 1 to 12 letters, digits or underscores`,
});

const identity = z.string().regex(LIMITS.identity, {
  error: (issue) =>
    `the identity ${quote(issue.input)} must be 1 to 24 letters, digits, underscores or spaces`,
});

const coordinate = (axis: 'x' | 'y') => {
  const tooFar = (issue: { input: unknown }) =>
    `${axis} = ${String(issue.input)} is too far out; coordinates must lie between −1000000 and 1000000`;
  return z
    .number({ error: `${axis} must be a finite number` })
    .min(-LIMITS.maxCoordinate, { error: tooFar })
    .max(LIMITS.maxCoordinate, { error: tooFar });
};

const outOfRange = (issue: { input: unknown }) =>
  `the margin ${String(issue.input)} is outside the allowed range of 0 to 100`;

const sceneSchema = z
  .object({
    margin: z
      .number({ error: 'the margin must be a finite number' })
      .min(0, { error: outOfRange })
      .max(LIMITS.maxMargin, { error: outOfRange }),
    points: z
      .array(z.object({ label, identity, x: coordinate('x'), y: coordinate('y') }))
      .min(1, { error: 'there are no points; a scene needs at least one' })
      .max(LIMITS.maxPoints, {
        error: (issue) =>
          `there are ${(issue.input as unknown[]).length} points; the limit is ${LIMITS.maxPoints}`,
      }),
    pairs: z.union(
      [
        z.literal('all'),
        z.array(z.tuple([z.string(), z.string()])),
        z.object({ kind: z.literal('balanced'), perSimilar: z.number(), seed: z.number() }),
      ],
      { error: 'the pairs must be "all", a list of label pairs, or a balanced sample' },
    ),
    norm: z.boolean({ error: 'norm must be on or off' }).optional(),
    lr: z
      .number({ error: 'the learning rate must be a finite number' })
      .gt(0, { error: (issue) => `the learning rate ${String(issue.input)} must be above 0` })
      .max(LIMITS.maxLearningRate, {
        error: (issue) =>
          `the learning rate ${String(issue.input)} is above the limit of ${LIMITS.maxLearningRate}`,
      })
      .optional(),
    colours: z
      .record(
        z.string(),
        z.string().regex(/^#[0-9A-Fa-f]{6}$/, {
          error: (issue) => `the colour ${quote(issue.input)} must be written #RRGGBB`,
        }),
      )
      .optional(),
  })
  .superRefine((scene, context) => {
    const firstIndex = new Map<string, number>();
    scene.points.forEach((point, index) => {
      const earlier = firstIndex.get(point.label);
      if (earlier === undefined) firstIndex.set(point.label, index);
      else
        context.addIssue({
          code: 'custom',
          path: ['points', index, 'label'],
          message: `the label ${quote(point.label)} is already used by point ${earlier + 1}; each label must be unique`,
        });
    });
    if (scene.pairs === 'all') return;
    if (!Array.isArray(scene.pairs)) {
      const { perSimilar, seed } = scene.pairs as { perSimilar: number; seed: number };
      const problem = (message: string) =>
        context.addIssue({ code: 'custom', path: ['pairs'], message });
      if (!Number.isInteger(perSimilar) || !Number.isInteger(seed))
        problem(
          'the number of dissimilar pairs per similar pair and the seed must be whole numbers',
        );
      else if (perSimilar < 1 || perSimilar > LIMITS.maxPerSimilar)
        problem(
          `balanced sampling takes 1 to ${LIMITS.maxPerSimilar} dissimilar pairs per similar pair`,
        );
      return;
    }
    const seen = new Set<string>();
    scene.pairs.forEach(([a, b], index) => {
      const problem = (message: string) =>
        context.addIssue({ code: 'custom', path: ['pairs', index], message });
      const missing = [...new Set([a, b].filter((name) => !firstIndex.has(name)))];
      if (missing.length > 0) {
        const verb = missing.length > 1 ? 'are not points' : 'is not a point';
        problem(
          `the pair ${a}-${b} names ${missing.map(quote).join(' and ')}, which ${verb} in the scene`,
        );
        return;
      }
      if (a === b) {
        problem(`the pair ${a}-${b} joins a point to itself`);
        return;
      }
      const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
      if (seen.has(key)) problem(`the pair ${a}-${b} is listed more than once`);
      seen.add(key);
    });
  });

/**
 * Where a problem was found, in the words of the format it came from; `null` when the caller has
 * already reported that place in its own words.
 */
export type Locate = (path: readonly PropertyKey[]) => string | null;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Checks a candidate scene; each problem is a sentence that says where and what. */
export function validateScene(candidate: unknown, locate: Locate): Checked<Scene> {
  const result = sceneSchema.safeParse(candidate);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: limitProblems(
      result.error.issues.flatMap((issue) => {
        const place = locate(issue.path);
        if (place === null) return [];
        return [place ? `${place}: ${issue.message}.` : `${capitalise(issue.message)}.`];
      }),
    ),
  };
}
