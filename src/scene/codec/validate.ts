/**
 * The one set of rules every way into the app (link, file, paste, saved data) checks a scene
 * against, written with zod. Problems come back in plain words; nothing here throws.
 */
import * as z from 'zod';
import { knobs, lossIds, MARGIN, type KnobDefinition } from '../../engine';
import { LIMITS, type Checked, type Scene } from '../model';

// The built page's Content-Security-Policy forbids building code from strings, which zod's
// faster checks (and its test for whether they are allowed) do. Set before any schema is made.
z.config({ jitless: true });

/** The longest value quoted back in a problem; a 200 KB label is shown by its start. */
const QUOTE_LENGTH = 40;

/** Text cut to a readable length. */
export const shorten = (text: string): string =>
  text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text;

/** A value quoted back as plain text, shortened when it is long. */
export const quote = (value: unknown): string => `"${shorten(String(value))}"`;

/** What a value is, in words: `the text "1"`, `null`, `a list`. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'number') return `the number ${String(value)}`;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects returned above; TS cannot narrow `{}` by typeof, and what is left (undefined, boolean, bigint, symbol, function) has its own toString.
  return String(value);
}

/** The end of a "must be" sentence about a value of the wrong type. */
const found = (value: unknown) =>
  value === undefined ? 'but it is missing' : `not ${kindOf(value)}`;

/** The most problems one notice lists; the rest are counted, so a huge bad file stays readable. */
const MAX_PROBLEMS = 12;

export function limitProblems(problems: readonly string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  const more = problems.length - (MAX_PROBLEMS - 1);
  return [...problems.slice(0, MAX_PROBLEMS - 1), `…and ${more} more problems.`];
}

const isRecord = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** −0 is read as 0: it means the same place, and every format writes it as "0" anyway. */
const plainZero = (value: number) => value + 0;

const label = z
  .string({ error: (issue) => `the label must be text, ${found(issue.input)}` })
  .regex(LIMITS.label, {
    error: (issue) =>
      `the label ${quote(issue.input)} must be 1 to 12 letters, digits or underscores`,
  });

const identity = z
  .string({ error: (issue) => `the identity must be text, ${found(issue.input)}` })
  .regex(LIMITS.identity, {
    error: (issue) =>
      `the identity ${quote(issue.input)} must be 1 to 24 letters, digits, underscores or spaces`,
  });

const coordinate = (axis: 'x' | 'y') => {
  const tooFar = (issue: { input: unknown }) =>
    `${axis} = ${String(issue.input)} is too far out; coordinates must lie between −1000000 and 1000000`;
  return z
    .number({ error: (issue) => `${axis} must be a finite number, ${found(issue.input)}` })
    .min(-LIMITS.maxCoordinate, { error: tooFar })
    .max(LIMITS.maxCoordinate, { error: tooFar })
    .transform(plainZero);
};

/** "a, b or c". */
export const orList = (items: readonly string[]): string =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`;

/** A knob's rule, from its definition: a finite number within its range. */
function knobRule(knob: KnobDefinition) {
  const named = `the ${knob.name} ${knob.symbol}`;
  const outside = (issue: { input: unknown }) => {
    const value = Number(issue.input);
    const side =
      value < knob.min
        ? `below the lowest allowed, ${String(knob.min)}`
        : `above the highest allowed, ${String(knob.max)}`;
    return `${named} = ${String(value)} is outside the allowed range of ${String(knob.min)} to ${String(knob.max)} (${side})`;
  };
  const rule = z
    .number({ error: (issue) => `${named} must be a finite number, ${found(issue.input)}` })
    .min(knob.min, { error: outside })
    .max(knob.max, { error: outside })
    .transform(plainZero);
  return knob.always ? rule : rule.optional();
}

const point = z.object(
  { label, identity, x: coordinate('x'), y: coordinate('y') },
  {
    error: (issue) =>
      `a point must be an object like {"label": "A1", "identity": "alice", "x": 0.8, "y": 0.2}, ${found(issue.input)}`,
  },
);

/** The scene's rules for the losses and knobs registered now. */
const schemaFor = (knobList: readonly KnobDefinition[], ids: readonly string[]) =>
  z
    .object({
      ...Object.fromEntries(knobList.map((knob) => [knob.field, knobRule(knob)])),
      points: z
        .array(point, {
          error: (issue) => `the points must be a list of points, ${found(issue.input)}`,
        })
        .min(1, { error: 'there are no points; a scene needs at least one' })
        .max(LIMITS.maxPoints, {
          error: (issue) =>
            `there are ${(issue.input as unknown[]).length} points; the limit is ${LIMITS.maxPoints}`,
        }),
      pairs: z.union(
        [
          z.literal('all'),
          z.array(z.tuple([z.string(), z.string()])),
          z.object({
            kind: z.literal('balanced'),
            perSimilar: z.number().transform(plainZero),
            seed: z.number().transform(plainZero),
          }),
        ],
        { error: 'the pairs must be "all", a list of label pairs, or a balanced sample' },
      ),
      norm: z
        .boolean({ error: (issue) => `norm must be true or false, ${found(issue.input)}` })
        .optional(),
      lr: z
        .number({
          error: (issue) => `the learning rate must be a finite number, ${found(issue.input)}`,
        })
        .gt(0, { error: (issue) => `the learning rate ${String(issue.input)} must be above 0` })
        .max(LIMITS.maxLearningRate, {
          error: (issue) =>
            `the learning rate ${String(issue.input)} is above the limit of ${LIMITS.maxLearningRate}`,
        })
        .optional(),
      loss: z
        .enum(ids, {
          error: (issue) => `the loss must be ${orList(ids)}, ${found(issue.input)}`,
        })
        .optional(),
      // Checked as a Map: zod writes a record's keys by assignment, which would skip an identity
      // named "__proto__" unchecked.
      colours: z
        .preprocess(
          (value) => (isRecord(value) ? new Map(Object.entries(value)) : value),
          z.map(
            identity,
            z.string().regex(/^#[0-9A-Fa-f]{6}$/, {
              error: (issue) => `the colour ${quote(issue.input)} must be written #RRGGBB`,
            }),
            {
              error: (issue) =>
                `the colours must be an object of identities and colours, ${found(issue.input)}`,
            },
          ),
        )
        .transform((colours) => Object.fromEntries(colours))
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
            `the pair ${shorten(`${a}-${b}`)} names ${missing.map(quote).join(' and ')}, which ${verb} in the scene`,
          );
          return;
        }
        if (a === b) {
          problem(`the pair ${shorten(`${a}-${b}`)} joins a point to itself`);
          return;
        }
        const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
        if (seen.has(key)) problem(`the pair ${shorten(`${a}-${b}`)} is listed more than once`);
        seen.add(key);
      });
    });

/**
 * Where a problem was found, in the words of the format it came from; `null` when the caller has
 * already reported that place in its own words.
 */
export type Locate = (path: readonly PropertyKey[]) => string | null;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The schema for the registry as it is, made again only when a loss registers. */
let schema: {
  readonly knobs: readonly KnobDefinition[];
  readonly rules: ReturnType<typeof schemaFor>;
} | null = null;

/** Checks a candidate scene; each problem is a sentence that says where and what. */
export function validateScene(candidate: unknown, locate: Locate): Checked<Scene> {
  if (schema?.knobs !== knobs()) schema = { knobs: knobs(), rules: schemaFor(knobs(), lossIds()) };
  const result = schema.rules.safeParse(candidate);
  // The knob rules are made from the table, so their fields are not known to the type: the
  // margin, which every scene holds, is set by its rule and typed by this fallback.
  if (result.success) return { ok: true, value: { margin: MARGIN.initial, ...result.data } };
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
