import { fieldErrorsFor } from '../../ui/field-error';

export const belief = fieldErrorsFor('belief', { tagControls: true });
export const experiment = fieldErrorsFor('experiment', { tagControls: true });
