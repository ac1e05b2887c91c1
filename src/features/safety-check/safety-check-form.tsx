import { useEffect, useRef, type SyntheticEvent } from 'react';
import {
  redFlagGroups,
  redFlagQuestions,
  type RedFlagAnswers,
  type RedFlagQuestion,
} from '../../domain/safety';

type SafetyCheckFormProps = {
  answers: RedFlagAnswers;
  onAnswer: (id: string, answer: boolean) => void;
  /** Ids of questions still to answer, shown once a result was asked for too early. */
  missing: readonly string[];
  onSubmit: () => void;
  saving: boolean;
};

const errorIdOf = (id: string) => `red-flag-${id}-error`;

function Question({
  question,
  answer,
  missing,
  onAnswer,
}: {
  question: RedFlagQuestion;
  answer: boolean | undefined;
  missing: boolean;
  onAnswer: (answer: boolean) => void;
}) {
  const name = `red-flag-${question.id}`;
  return (
    <fieldset
      role="radiogroup"
      className="red-flag"
      data-question={question.id}
      aria-invalid={missing || undefined}
      aria-describedby={missing ? errorIdOf(question.id) : undefined}
    >
      <legend>{question.text}</legend>
      <div className="answers">
        {([true, false] as const).map((value) => (
          <label key={String(value)} className="answer">
            <input
              type="radio"
              name={name}
              checked={answer === value}
              onChange={() => {
                onAnswer(value);
              }}
            />
            {value ? 'Yes' : 'No'}
          </label>
        ))}
      </div>
      {missing ? (
        <p id={errorIdOf(question.id)} className="field-error">
          Answer yes or no
        </p>
      ) : null}
    </fieldset>
  );
}

/** The red-flag questions by urgency group, each answered yes or no. */
export function SafetyCheckForm({
  answers,
  onAnswer,
  missing,
  onSubmit,
  saving,
}: SafetyCheckFormProps) {
  const form = useRef<HTMLFormElement>(null);

  // After asking for a result too early, take the person to the first question left.
  useEffect(() => {
    const first = missing[0];
    if (first === undefined) return;
    form.current?.querySelector<HTMLElement>(`[data-question="${first}"] input`)?.focus();
  }, [missing]);

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (!saving) onSubmit();
  }

  return (
    <form ref={form} className="safety-check-form" noValidate onSubmit={submit}>
      {missing.length > 0 ? (
        <p role="alert" className="notice">
          Answer the {missing.length === 1 ? 'question' : `${missing.length} questions`} marked
          below to see your result.
        </p>
      ) : null}
      {redFlagGroups.map((group) => (
        <section key={group.id} className="card" aria-labelledby={`group-${group.id}`}>
          <h2 id={`group-${group.id}`}>{group.title}</h2>
          <p className="muted">{group.hint}</p>
          {redFlagQuestions
            .filter((question) => question.group === group.id)
            .map((question) => (
              <Question
                key={question.id}
                question={question}
                answer={answers[question.id]}
                missing={missing.includes(question.id)}
                onAnswer={(answer) => {
                  onAnswer(question.id, answer);
                }}
              />
            ))}
        </section>
      ))}
      <button type="submit" className="button button-primary wide-button" disabled={saving}>
        See my result
      </button>
    </form>
  );
}
