import type { Page } from '@playwright/test';

/** Page model for the "Log a spasm" form, by the labels a person reads. */
export class LogForm {
  constructor(readonly page: Page) {}

  severityGroup() {
    return this.page.getByRole('radiogroup', { name: /How bad is it/ });
  }

  /** Taps a severity tile (the label is the tile; the radio inside is visually hidden). */
  async tapSeverity(value: number) {
    await this.severityGroup().getByText(String(value), { exact: true }).click();
  }

  async tapActivity(name: string) {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  async tapMovement(label: string) {
    await this.page
      .getByRole('radiogroup', { name: /How were you moving/ })
      .getByText(label, { exact: true })
      .click();
  }

  async openMoreDetails() {
    await this.page.getByText('More details', { exact: true }).click();
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
  }
}
