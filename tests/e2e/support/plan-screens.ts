import type { Page } from '@playwright/test';

/** Page model for the plan's screens (setup, Plan tab, session), by the labels a person reads. */
export class PlanScreens {
  constructor(readonly page: Page) {}

  /** Ticks or unticks a tile in a group of checkboxes (the label is the tile). */
  async tapTile(group: string, label: string) {
    await this.page.getByRole('group', { name: group }).getByText(label, { exact: true }).click();
  }

  async saveSetup() {
    await this.page.getByRole('button', { name: 'Save plan' }).click();
  }

  exerciseHeading() {
    return this.page.getByRole('region', { name: /./ }).locator('#exercise-heading');
  }

  /** Answers effort and pain for the first set (later sets carry the answers over). */
  async answerSet(effort: string, pain: number) {
    await this.page
      .getByRole('radiogroup', { name: 'How hard was it?' })
      .getByText(effort, { exact: true })
      .click();
    await this.page
      .getByRole('radiogroup', { name: /Pain during the set/ })
      .getByText(String(pain), { exact: true })
      .click();
  }

  /** Taps Done on every set left, skipping each rest, until all exercises are done. */
  async doEverySet() {
    const allDone = this.page.getByRole('heading', { name: 'All exercises done' });
    while (!(await allDone.isVisible())) {
      await this.page.getByRole('button', { name: /^Done: / }).click();
      const skip = this.page.getByRole('button', { name: 'Skip rest' });
      await skip.or(allDone).first().waitFor();
      if (await skip.isVisible()) await skip.click();
    }
  }

  async finish() {
    await this.page.getByRole('button', { name: 'Finish session' }).click();
  }

  latestReview() {
    return this.page.getByRole('region', { name: /^Latest review: week of/ });
  }

  async runReview() {
    await this.page.getByRole('button', { name: "Run this week's review" }).click();
  }
}
