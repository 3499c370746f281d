import { useState, type ReactNode } from 'react';
import { scenePairIndex } from '../../scene/model';
import { useActions } from '../../view/explorerContext';
import { checkExercise, type Answers, type Exercise, type Question } from './exercises';

/** Brings the figure into view when it is off screen (narrow layouts, where it does not stick). */
function showFigure() {
  const figure = document.getElementById('figure');
  if (!figure) return;
  const box = figure.getBoundingClientRect();
  if (box.bottom > 0 && box.top < window.innerHeight) return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  figure.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'start' });
}

/**
 * One exercise: its prompt, inputs, a Check button with feedback that says how close a wrong
 * answer was, an optional button that sets the scene up on the plane, and the working on request.
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
  const { loadScene, selectPair } = useActions();
  const { number, setup } = exercise;
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
      {setup && (
        <button
          type="button"
          className="setup"
          onClick={() => {
            if (!loadScene(setup.scene)) return;
            selectPair(scenePairIndex(setup.scene, ...setup.select));
            showFigure();
          }}
        >
          {setup.label}
        </button>
      )}
      {extra}
      <form
        className="answers"
        onSubmit={(event) => {
          event.preventDefault();
          setJudgement(checkExercise(exercise, answers));
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
      <details className="working">
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
  const chosen = Array.isArray(value) ? value : [];
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
