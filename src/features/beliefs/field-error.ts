import { fieldErrorsFor } from '../../ui/field-error';

export const belief = fieldErrorsFor('belief', { tagControls: true });
export const experiment = fieldErrorsFor('experiment', { tagControls: true });

/** The box for how strongly a belief is held, a whole number from 0 to 100. */
export const strengthBox = { type: 'number', inputMode: 'numeric', min: 0, max: 100 } as const;
