/**
 * The lesson's readers fuzzed like the scene's (fuzz.test.ts): whatever they are given they never
 * throw, every problem names the step at fault, and every valid lesson comes back exactly, through
 * its link and through its file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTROL_NAMES, type ControlName } from './viewLink';
import { lessonKeyParts, readLessonKeys } from './lessonLink';
import { lessonToJson, readLessonData } from './lessonFile';
import { asLinkKeeps, plainZeros, sceneArb } from './sceneArbitraries';
import { isSceneStep, LESSON_LIMITS, type Lesson, type SceneStep } from '../lesson/lesson';

const RUNS = { numRuns: 300 };
const SLOW = { timeout: 120_000 };

/** A caption as a teacher types it, any characters, already tidied (one line, trimmed). */
const caption = fc
  .string({ unit: 'grapheme', maxLength: 60 })
  .map((text) => text.replace(/\s+/g, ' ').trim());

const hidden = fc.subarray(Object.keys(CONTROL_NAMES) as ControlName[]);

const stepArb: fc.Arbitrary<SceneStep> = fc.record({
  scene: sceneArb(8),
  caption,
  hidden,
});

/** Lessons whose steps often share their points (what `same` stands for) and often do not. */
const lessonArb: fc.Arbitrary<Lesson> = fc
  .array(fc.tuple(stepArb, fc.boolean()), { minLength: 1, maxLength: 6 })
  .map((pairs) => {
    const steps: SceneStep[] = [];
    for (const [step, keepPoints] of pairs) {
      const before = steps.at(-1);
      steps.push(
        keepPoints && before
          ? {
              ...step,
              scene: {
                ...step.scene,
                points: before.scene.points,
                pairs: before.scene.pairs,
                colours: before.scene.colours,
              },
            }
          : step,
      );
    }
    return { steps };
  });

const hashOf = (lesson: Lesson, at: number) => lessonKeyParts(lesson, at).join('&');

describe('every valid lesson round-trips exactly', SLOW, () => {
  it('through its link, at every step', () => {
    fc.assert(
      fc.property(lessonArb, fc.nat(), (lesson, n) => {
        const at = n % lesson.steps.length;
        const read = readLessonKeys(hashOf(lesson, at));
        expect(read).toEqual({
          kind: 'lesson',
          at,
          problems: [],
          lesson: {
            steps: lesson.steps.map((step) =>
              isSceneStep(step) ? { ...step, scene: asLinkKeeps(step.scene) } : step,
            ),
          },
        });
      }),
      RUNS,
    );
  });

  it('through its JSON file', () => {
    fc.assert(
      fc.property(lessonArb, (lesson) => {
        const read = readLessonData(JSON.parse(lessonToJson(lesson)));
        expect(read).toEqual({
          ok: true,
          value: {
            problems: [],
            lesson: {
              steps: lesson.steps.map((step) =>
                isSceneStep(step) ? { ...step, scene: plainZeros(step.scene) } : step,
              ),
            },
          },
        });
      }),
      RUNS,
    );
  });
});

describe('broken lessons are named, never thrown', SLOW, () => {
  it('reads any text after step= without throwing, each problem naming its step', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 80 }), { minLength: 1, maxLength: 5 }),
        (texts) => {
          const hash = texts.map((text) => `step=${encodeURIComponent(text)}`).join('&');
          const read = readLessonKeys(hash);
          expect(read.kind).toBe('lesson');
          if (read.kind !== 'lesson') return;
          expect(read.lesson.steps).toHaveLength(texts.length);
          for (const problem of read.problems) expect(problem).toMatch(/^Step \d+: \S/);
        },
      ),
      RUNS,
    );
  });

  it('reads any JSON value without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const read = readLessonData(value);
        if (read.ok)
          for (const p of read.value.problems) expect(p).toMatch(/^(Step \d+|The lesson)/);
        else expect(read.problems.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('reads lessons with one step damaged: the others load', () => {
    fc.assert(
      fc.property(lessonArb, fc.nat(), fc.string({ maxLength: 20 }), (lesson, n, junk) => {
        const broken = n % lesson.steps.length;
        const parts = lessonKeyParts(lesson, 0).map((part, k) =>
          k === broken ? `step=p=${encodeURIComponent(junk)}` : part,
        );
        const read = readLessonKeys(parts.join('&'));
        if (read.kind !== 'lesson') throw new Error('no lesson read');
        expect(read.lesson.steps).toHaveLength(lesson.steps.length);
        expect(isSceneStep(read.lesson.steps[broken])).toBe(false);
        expect(read.problems[0]).toMatch(new RegExp(`^Step ${broken + 1}: `));
        // A later step that said "same" leans on the broken one and says so; the rest read.
        read.lesson.steps.forEach((step, k) => {
          if (k < broken) expect(isSceneStep(step)).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('keeps at most the limit of steps, and says how many were left out', () => {
    const one = 'step=m=1;p=A,a,0,0;p=B,b,1,0';
    const read = readLessonKeys(
      Array(LESSON_LIMITS.steps + 3)
        .fill(one)
        .join('&'),
    );
    if (read.kind !== 'lesson') throw new Error('no lesson read');
    expect(read.lesson.steps).toHaveLength(LESSON_LIMITS.steps);
    expect(read.problems[0]).toBe(
      `The lesson has ${LESSON_LIMITS.steps + 3} steps; a lesson holds at most ${LESSON_LIMITS.steps}, so the last 3 were left out.`,
    );
  });
});
