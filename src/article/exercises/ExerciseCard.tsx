import { useState, type ReactNode } from 'react';
import { scenePairIndex } from '../../scene/model';
import { useActions } from '../../view/explorerContext';
import { revealDigitsFigure } from '../sections/FromPointsToNetwork';
import { checkExercise, type Answers } from './judge';
import type { Exercise, LossSetup, Question, SceneSetup, Setup } from './model';

/**
 * One exercise: its prompt, inputs, a Check button with feedback that says how close a wrong
 * answer was, an optional button that sets the plane up (a scene, or a loss) or the digits network
 * (some of its settings), and the working on request. A scene that would show the answers (the
 * exercise's `compare`) is offered only once the reader has checked a right answer or opened the
 * working.
 */
export function ExerciseCard({
  exercise,
  prompt,
  working,
  extra,
}: {
  exercise: Exercise;
  prompt: ReactNode;
  working: ReactNode;
  extra?: ReactNode;
}) {
  const [answers, setAnswers] = useState<Answers>({});
  const [judgement, setJudgement] = useState<{ correct: boolean; message: string } | null>(null);
  /** Whether the answers are out: a right answer was checked, or the working was opened. */
  const [answered, setAnswered] = useState(false);
  const { loadScene, selectPair, setLoss, setNetwork } = useActions();
  const { number, setup, compare } = exercise;
  /** Puts the exercise's scene or loss on the plane. */
  const setUp = (plan: SceneSetup | LossSetup) => {
    if ('loss' in plan) setLoss(plan.loss);
    else if (loadScene(plan.scene))
      // The same scene again keeps its selection, so clear it when the plan selects nothing.
      selectPair(plan.select ? scenePairIndex(plan.scene, ...plan.select) : null);
  };
  /**
   * A button that sets things up, then shows them: the digits figure, with the focus on it, or the
   * plane, which the article keeps in view beside the text or over it.
   */
  const setupButton = (plan: Setup, className: string) => (
    <button
      type="button"
      className={className}
      onClick={() => {
        if ('network' in plan) {
          setNetwork(plan.network);
          revealDigitsFigure();
          return;
        }
        setUp(plan);
      }}
    >
      {plan.label}
    </button>
  );
  const answer = (id: string, value: string | readonly string[]) => {
    setAnswers((previous) => ({ ...previous, [id]: value }));
    setJudgement(null);
  };
  return (
    <section className="exercise" role="region" aria-label={`Exercise ${number}`}>
      <h3>
        Exercise {number} <span className="exercise-title">{exercise.title}</span>
      </h3>
      {prompt}
      {setup && setupButton(setup, 'setup')}
      {extra}
      <form
        className="answers"
        onSubmit={(event) => {
          event.preventDefault();
          const verdict = checkExercise(exercise, answers);
          setJudgement(verdict);
          if (verdict.correct) setAnswered(true);
        }}
      >
        {exercise.questions.map((question) => (
          <QuestionInput
            key={question.id}
            number={number}
            question={question}
            value={answers[question.id]}
            onChange={answer}
          />
        ))}
        <button type="submit">Check</button>
      </form>
      <p
        className={`feedback${judgement ? (judgement.correct ? ' right' : ' wrong') : ''}`}
        data-testid={`exercise-${number}-feedback`}
        data-correct={judgement ? String(judgement.correct) : undefined}
        role="status"
      >
        {judgement?.message}
      </p>
      {compare && answered && <p className="compare">{setupButton(compare, 'compare-setup')}</p>}
      <details
        className="working"
        onToggle={(event) => {
          if (event.currentTarget.open) setAnswered(true);
        }}
      >
        <summary>Show the working</summary>
        {working}
      </details>
    </section>
  );
}

function QuestionInput({
  number,
  question,
  value,
  onChange,
}: {
  number: number;
  question: Question;
  value: string | readonly string[] | undefined;
  onChange: (id: string, value: string | readonly string[]) => void;
}) {
  const id = `exercise-${number}-${question.id}`;
  if (question.kind === 'number') {
    return (
      <label className="number-answer" htmlFor={id}>
        <span>{question.label}</span>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(question.id, event.currentTarget.value)}
        />
      </label>
    );
  }
  const chosen = typeof value === 'object' ? value : [];
  return (
    <fieldset className="choice-answer">
      <legend>{question.label}</legend>
      {question.options.map((option) => (
        <label key={option.id}>
          <input
            type={question.kind === 'choice' ? 'radio' : 'checkbox'}
            name={id}
            value={option.id}
            checked={chosen.includes(option.id)}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              if (question.kind === 'choice') onChange(question.id, [option.id]);
              else
                onChange(
                  question.id,
                  on ? [...chosen, option.id] : chosen.filter((c) => c !== option.id),
                );
            }}
          />{' '}
          {option.text}
        </label>
      ))}
    </fieldset>
  );
}
