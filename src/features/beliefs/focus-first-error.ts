/**
 * After a refused save has rendered its messages, moves focus to the first invalid control: a
 * text box itself, or the first tile of an invalid tile group (a fieldset can't take focus).
 */
export function focusFirstError(form: HTMLFormElement) {
  setTimeout(() => {
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target =
      invalid instanceof HTMLFieldSetElement ? invalid.querySelector('input') : invalid;
    target?.focus();
  });
}
