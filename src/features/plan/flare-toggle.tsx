import { useState, type SyntheticEvent } from 'react';
import { dayOfInstant } from '../../data/clock';
import { setFlareMode } from '../../data/plan/plan-actions';
import { flareSinceProblem } from '../../domain/review';
import type { Plan } from '../../domain/plan';
import type { FieldErrors } from '../../domain/common';
import { fieldErrorsFor } from '../../ui/field-error';
import { formatLongDay } from '../../ui/format';
import { useInPlacePanel } from '../../ui/in-place-focus';
import { showToast } from '../../ui/toast';

const { invalidProps, FieldError } = fieldErrorsFor('flare');

type FlareToggleProps = { plan: Plan; today: string };

/** Flare mode by hand: "My back is flaring" with the day it began, and off again. */
export function FlareToggle({ plan, today }: FlareToggleProps) {
  const [open, setOpen] = useState(false);
  const [since, setSince] = useState(today);
  const [errors, setErrors] = useState<FieldErrors>({});
  const planStart = dayOfInstant(plan.createdAt);
  const { panelRef, openerRef } = useInPlacePanel<HTMLFormElement>(open && !plan.flareMode);

  async function save(on: boolean, event?: SyntheticEvent) {
    event?.preventDefault();
    const problem = on ? flareSinceProblem(since, planStart, today) : undefined;
    if (problem !== undefined) {
      const message =
        problem === 'future'
          ? "Flare start date can't be in the future"
          : `Flare start date can't be before your plan began (${formatLongDay(planStart)})`;
      setErrors({ flareSince: message });
      return;
    }
    const result = await setFlareMode(plan, on, since);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setOpen(false);
    showToast({ text: on ? 'Flare mode on: exercises stepped back' : 'Flare mode off' });
  }

  const message = Object.entries(errors).find(([key]) => key !== 'flareSince')?.[1];
  return (
    <section className="card" aria-labelledby="flare-heading">
      <h2 id="flare-heading">Flare mode</h2>
      {plan.flareMode ? (
        <>
          <p>
            On since {formatLongDay(plan.flareSince ?? today)}: no steps up, exercises kept light.
            It turns off at the first review after a whole calm week since then (no spasm, no pain
            above 5/10 during exercise, no morning worse than usual).
          </p>
          <button type="button" className="button" onClick={() => void save(false)}>
            My back has settled: turn flare mode off
          </button>
        </>
      ) : (
        <>
          <p>If your back is flaring, step back and pause progression. Light work stays.</p>
          {open ? null : (
            <button
              ref={openerRef}
              type="button"
              className="button"
              onClick={() => {
                setOpen(true);
              }}
            >
              My back is flaring
            </button>
          )}
        </>
      )}
      {message ? (
        <p role="alert" className="field-error">
          {message}
        </p>
      ) : null}
      {open && !plan.flareMode ? (
        <form
          ref={panelRef}
          className="flare-form"
          noValidate
          onSubmit={(event) => void save(true, event)}
        >
          <label htmlFor="flare-since">Flaring since</label>
          <input
            id="flare-since"
            type="date"
            value={since}
            min={planStart}
            max={today}
            {...invalidProps(errors, 'flareSince')}
            onChange={(event) => {
              setSince(event.target.value);
            }}
          />
          <FieldError errors={errors} field="flareSince" />
          <p className="button-row">
            <button type="submit" className="button button-primary">
              Turn flare mode on
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setOpen(false);
                setErrors({});
              }}
            >
              Cancel
            </button>
          </p>
        </form>
      ) : null}
    </section>
  );
}
