import type { Page } from '@playwright/test';

/** Page model for the daily check-in, by the labels a person reads. */
export class CheckinForm {
  constructor(readonly page: Page) {}

  /** Opens the check-in of `day` ('YYYY-MM-DD'), or today's without one. */
  async open(day?: string) {
    await this.page.goto(day ? `/checkin/${day}` : '/checkin');
    await this.painGroup().waitFor();
  }

  painGroup() {
    return this.page.getByRole('radiogroup', { name: /How (is your back today|was your back on)/ });
  }

  /** Taps a pain tile (the label is the tile; the radio inside is visually hidden). */
  async tapPain(value: number) {
    await this.painGroup().getByText(String(value), { exact: true }).click();
  }

  async tickActivity(name: string) {
    await this.page
      .getByRole('group', { name: /What did you do (today|on )/ })
      .getByText(name, { exact: true })
      .click();
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save check-in' }).click();
  }
}
