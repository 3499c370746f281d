/**
 * Judging an exercise: every question's answer read and compared, and feedback in sentences that
 * say how far off a number is or why a choice is wrong, naming a known slip where it sees one.
 */
import { checkNumber, describeMiss } from './check';
import type { ChoiceQuestion, Exercise, NumberQuestion, Question, Slip } from './model';

/** What the reader entered: text for a number, the chosen option ids for a choice. */
export type Answers = Readonly<Record<string, string | readonly string[]>>;

export interface Judgement {
  readonly correct: boolean;
  /** One sentence per question that is not right, or a single sentence of praise. */
  readonly message: string;
}

/** A label at the start of a sentence: a plain first word gets a capital, a symbol stays as is. */
function sentenceStart(label: string): string {
  return /^[a-z]{2,}\b/.test(label) ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}

/** A typed number as the feedback repeats it: with thousands separators, every digit kept. */
function shown(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 20 });
}

/** The slip a wrong number matches, if any; a known slip is met within the question's tolerance. */
function slipOf(question: NumberQuestion, value: number): Slip | undefined {
  return question.slips?.find((slip) => Math.abs(value - slip.value) <= question.tolerance);
}

/** Right size, wrong sign: the exact negative of a non-zero answer. */
function isSignSlip(question: NumberQuestion, value: number): boolean {
  return (
    Math.abs(question.answer) > question.tolerance &&
    Math.abs(value + question.answer) <= question.tolerance
  );
}

function judgeNumber(question: NumberQuestion, given: string): string | null {
  const name = sentenceStart(question.label);
  const verdict = checkNumber(given, question.answer, question.tolerance);
  switch (verdict.status) {
    case 'right':
      return null;
    case 'empty':
      return `${name}: fill in a number.`;
    case 'unreadable':
      return `${name}: "${verdict.text}" is not a number I can read; write it like 0.25, −1 or 12,500.`;
    case 'wrong': {
      const slip = slipOf(question, verdict.value);
      if (isSignSlip(question, verdict.value)) {
        const sign = `${name}: ${shown(verdict.value)} has the right size but the wrong sign.`;
        return slip ? `${sign} ${slip.hint}` : sign;
      }
      const miss = `${name}: ${shown(verdict.value)} is ${describeMiss(verdict.value, question.answer)}.`;
      return slip ? `${miss} ${slip.hint}` : miss;
    }
  }
}

function judgeChoice(question: ChoiceQuestion, chosen: readonly string[]): string | null {
  if (chosen.length === 0)
    return question.kind === 'choice'
      ? `${question.name}: choose an answer.`
      : `${question.name}: tick at least one.`;
  const wrong = chosen.filter((id) => !question.answers.includes(id));
  const missing = question.answers.filter((id) => !chosen.includes(id)).length;
  if (missing === 0 && wrong.length === 0) return null;
  // Why each wrong pick is wrong, where the question knows; the general nudge otherwise.
  const reasons = wrong.map((id) => question.options.find((o) => o.id === id)?.hint);
  const known = reasons.filter((reason): reason is string => Boolean(reason));
  if (question.kind === 'choice')
    return `${question.name}: not that one. ${known[0] ?? question.hint}`;
  const nudge = [...known, ...(known.length < reasons.length || missing ? [question.hint] : [])];
  const counts = [
    wrong.length ? `${wrong.length} of your ticks would not help` : '',
    missing
      ? `${missing} that would${wrong.length ? '' : ' help'} ${missing === 1 ? 'is' : 'are'} not ticked`
      : '',
  ];
  return `Of the changes, ${counts.filter(Boolean).join(' and ')}. ${nudge.join(' ')}`;
}

function judgeQuestion(
  question: Question,
  given: string | readonly string[] | undefined,
): string | null {
  if (question.kind === 'number')
    return judgeNumber(question, typeof given === 'string' ? given : '');
  return judgeChoice(question, Array.isArray(given) ? given : []);
}

export function checkExercise(exercise: Exercise, answers: Answers): Judgement {
  const problems = exercise.questions
    .map((question) => judgeQuestion(question, answers[question.id]))
    .filter((problem): problem is string => problem !== null);
  if (problems.length === 0) return { correct: true, message: 'Right, all of it.' };
  return { correct: false, message: `Not yet. ${problems.join(' ')}` };
}
