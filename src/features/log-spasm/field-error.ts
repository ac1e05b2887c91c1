import { fieldErrorsFor } from '../../ui/field-error';

export const { errorId, invalidProps, FieldError } = fieldErrorsFor('episode');
