import {
  asksIfChanged,
  isRequired,
  redFlagGroups,
  redFlagQuestions,
  type RedFlagQuestion,
} from '../../domain/safety';
import { formatLongDay } from '../../ui/format';
import { SubmitButton } from '../../ui/form-kit/submit-button';
import type { Form } from '../../ui/form-kit/use-form';

/** A yes/no answer, or "not sure" (allowed for the 'soon' questions only). */
export type FormAnswer = boolean | 'not-sure';

type SafetyCheckFormProps = {
  answers: Readonly<Record<string, FormAnswer>>;
  onAnswer: (id: string, answer: FormAnswer) => void;
  /** Signs a doctor has checked, with the visit day: asked as "new or changed since?". */
  checked: ReadonlyMap<string, string>;
  /** Ids of questions still to answer, shown once a result was asked for too early. */
  missing: readonly string[];
  /** From useForm: its ref and submit; it moves focus to the first question left. */
  formProps: Form<unknown>['formProps'];
  saving: boolean;
};

const errorIdOf = (id: string) => `red-flag-${id}-error`;

const answerLabel = (value: FormAnswer, sinceChecked: boolean) => {
  if (value === 'not-sure') return 'Not sure';
  if (value) return sinceChecked ? 'Yes, new or changed' : 'Yes';
  return 'No';
};

function Question({
  question,
  answer,
  missing,
  checkedOn,
  onAnswer,
}: {
  question: RedFlagQuestion;
  answer: FormAnswer | undefined;
  missing: boolean;
  checkedOn: string | undefined;
  onAnswer: (answer: FormAnswer) => void;
}) {
  const name = `red-flag-${question.id}`;
  const values: FormAnswer[] = isRequired(question) ? [true, false] : [true, false, 'not-sure'];
  // docs/domain.md §3: a sign a doctor has checked is asked as "new or changed since?".
  const sinceChecked = checkedOn !== undefined && asksIfChanged(question);
  const legend =
    checkedOn === undefined
      ? question.text
      : sinceChecked
        ? `${question.text}: new or changed since a doctor checked it on ${formatLongDay(checkedOn)}?`
        : `${question.text} (a doctor checked this on ${formatLongDay(checkedOn)})`;
  return (
    <fieldset
      role="radiogroup"
      className="red-flag"
      data-field={question.id}
      aria-invalid={missing || undefined}
      aria-describedby={missing ? errorIdOf(question.id) : undefined}
    >
      <legend>{legend}</legend>
      <div className="answers">
        {values.map((value) => (
          <label key={String(value)} className="answer">
            <input
              type="radio"
              name={name}
              checked={answer === value}
              onChange={() => {
                onAnswer(value);
              }}
            />
            {answerLabel(value, sinceChecked)}
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

/**
 * The red-flag questions by urgency group, emergency signs first. Emergency and bladder/bowel
 * signs are answered yes or no; the rest may be "not sure" or left (docs/domain.md §3).
 */
export function SafetyCheckForm({
  answers,
  onAnswer,
  checked,
  missing,
  formProps,
  saving,
}: SafetyCheckFormProps) {
  return (
    <form {...formProps} className="safety-check-form">
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
                checkedOn={checked.get(question.id)}
                onAnswer={(answer) => {
                  onAnswer(question.id, answer);
                }}
              />
            ))}
        </section>
      ))}
      <SubmitButton saving={saving} className="button button-primary wide-button">
        See my result
      </SubmitButton>
    </form>
  );
}
