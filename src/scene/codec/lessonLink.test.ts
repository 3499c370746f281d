import { describe, expect, it } from 'vitest';
import { defaultScene } from '../defaultScene';
import { marginTooSmall } from '../presets';
import { withKnob } from '../model';
import { MARGIN } from '../../engine';
import { sceneToHash } from './link';
import { hashValue, lessonKeyParts, readLessonKeys, sceneAndLessonParts } from './lessonLink';
import type { Lesson } from '../lesson/lesson';

const lesson: Lesson = {
  steps: [
    { scene: defaultScene, caption: 'Four photos; alice & bob', hidden: [] },
    {
      scene: withKnob(defaultScene, MARGIN, 0.3),
      caption: 'm = 0.3; too small?',
      hidden: ['toolbar', 'tabs'],
    },
    { scene: { ...marginTooSmall, loss: 'triplet' }, caption: '', hidden: [] },
  ],
};

describe('a lesson in the link', () => {
  it('reads as the scene links do, with ";" between keys and the caption last', () => {
    const [first, second] = lessonKeyParts(lesson, 0);
    expect(first).toBe(
      'step=m=1;p=A1,alice,0.8,0.2;p=A2,alice,0.75,0.25;p=B1,bob,0.1,0.9;p=B2,bob,0.15,0.85;pairs=A1-A2,A1-B1,A2-B2,B1-B2;cap=Four+photos;+alice+%26+bob',
    );
    // The second step keeps the first's points: "same" stands for them.
    expect(second).toBe('step=m=0.3;same;hide=toolbar,tabs;cap=m+=+0.3;+too+small%3F');
  });

  it('says which step it is on only past the first', () => {
    expect(lessonKeyParts(lesson, 0).some((part) => part.startsWith('at='))).toBe(false);
    expect(lessonKeyParts(lesson, 2).at(-1)).toBe('at=3');
  });

  it('comes back as it went, at the step it was on', () => {
    const read = readLessonKeys(`#${lessonKeyParts(lesson, 1).join('&')}&present=1`);
    expect(read).toEqual({ kind: 'lesson', lesson, at: 1, problems: [] });
  });

  it('escapes what the hash needs, and nothing it does not', () => {
    expect(hashValue('a b;c=d,e:f/g&h#i%j+k(l)')).toBe('a+b;c=d,e:f/g%26h%23i%25j%2Bk%28l%29');
  });

  it('names the step and the key at fault, and loads the other steps', () => {
    const parts = lessonKeyParts(lesson, 0);
    parts[1] = 'step=m=abc;same;cap=Broken';
    const read = readLessonKeys(parts.join('&'));
    if (read.kind !== 'lesson') throw new Error('no lesson');
    expect(read.problems).toEqual([
      'Step 2: The margin "m=abc" is not a number; write it like m=1 or m=0.5.',
    ]);
    expect(read.lesson.steps[0]).toEqual(lesson.steps[0]);
    expect(read.lesson.steps[1]).toMatchObject({
      caption: 'Broken',
      linkText: 'm=abc;same;cap=Broken',
    });
    expect(read.lesson.steps[2]).toEqual(lesson.steps[2]);
    // Shared again, the broken step goes out as it came, for its author to mend.
    expect(lessonKeyParts(read.lesson, 0)[1]).toBe('step=m=abc;same;cap=Broken');
  });

  it('says when "same" has nothing to stand for', () => {
    const read = readLessonKeys('step=m=1;same');
    expect(read.kind === 'lesson' && read.problems).toEqual([
      'Step 1: "same" takes the points of the step before, but this is the first step.',
    ]);
  });

  it('opens at step 1 when at= is not one of its steps, and says so', () => {
    const read = readLessonKeys(`${lessonKeyParts(lesson, 0).join('&')}&at=9`);
    expect(read.kind === 'lesson' && [read.at, read.problems]).toEqual([
      0,
      [
        '"at=9" is not a step of this lesson; write a number from 1 to 3. The lesson opens at step 1.',
      ],
    ]);
  });

  it('holds no lesson without step=', () => {
    expect(readLessonKeys('m=1&p=A,a,0,0')).toEqual({ kind: 'none' });
  });

  it('leaves out the scene’s keys while the scene is the step’s, and writes them once edited', () => {
    expect(sceneAndLessonParts(defaultScene, lesson, 0)).toEqual(lessonKeyParts(lesson, 0));
    const edited = withKnob(defaultScene, MARGIN, 0.7);
    expect(sceneAndLessonParts(edited, lesson, 0)[0]).toBe(sceneToHash(edited));
  });
});
