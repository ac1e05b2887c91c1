/**
 * The progression engine refuses impossible input at its own door (docs/domain.md §5b), not only
 * in the forms: a negative or fractional rep count, a load that is not a finite number of 0 or
 * more, a pain score outside 0-10. The data layer parses stored rows first, so a throw here means
 * a caller bypassed it; the message says what was wrong, and nothing has been written.
 */
export class ImpossibleInput extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'ImpossibleInput';
  }
}

const show = (value: unknown) => (typeof value === 'number' ? String(value) : typeof value);

export function assertWholeCount(value: unknown, what: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new ImpossibleInput(`${what} must be a whole number, 0 or more (got ${show(value)}).`);
  }
}

export function assertPain(value: unknown, what: string): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10) {
    throw new ImpossibleInput(`${what} must be a whole number from 0 to 10 (got ${show(value)}).`);
  }
}

export function assertLoad(value: unknown, what: string): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ImpossibleInput(`${what} must be a number of kg, 0 or more (got ${show(value)}).`);
  }
}

type SetLike = {
  id: string;
  reps: unknown;
  loadKg?: unknown;
  holdSeconds?: unknown;
  painDuring: unknown;
};

/** Refuses a set the engine can't reason about (see above); returns nothing when it is fine. */
export function assertSet(set: SetLike): void {
  const of = `Set ${set.id}`;
  assertWholeCount(set.reps, `${of}: reps`);
  assertLoad(set.loadKg, `${of}: load`);
  if (set.holdSeconds !== undefined) assertWholeCount(set.holdSeconds, `${of}: hold`);
  assertPain(set.painDuring, `${of}: pain during`);
}
