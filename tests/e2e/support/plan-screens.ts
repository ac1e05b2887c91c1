import { expect, type Page } from '@playwright/test';

/** Page model for the plan's screens (setup, Plan tab, session), by the labels a person reads. */
export class PlanScreens {
  constructor(readonly page: Page) {}

  /** Ticks or unticks a tile in a group of checkboxes (the label is the tile). */
  async tapTile(group: string, label: string) {
    await this.page.getByRole('group', { name: group }).getByText(label, { exact: true }).click();
  }

  /** Chooses the units for loads in Settings ("Pounds (lb)", "Kilograms (kg)"). */
  async chooseUnits(label: string) {
    await this.page.goto('/settings');
    const radio = this.page
      .getByRole('group', { name: 'Units for loads' })
      .getByRole('radio', { name: label });
    // The radio follows the stored setting, so it is checked once the save is read back.
    await radio.click();
    await expect(radio).toBeChecked();
  }

  async saveSetup() {
    await this.page.getByRole('button', { name: 'Save plan' }).click();
  }

  exerciseHeading() {
    return this.page.getByRole('region', { name: /./ }).locator('#exercise-heading');
  }

  /** The last answers given, for doEverySet to give each new exercise. */
  private answers: { effort: string; pain: number } | undefined;

  /**
   * Answers effort and pain for the set on screen. Later sets of the same exercise start from
   * these answers; a new exercise starts unanswered (doEverySet answers it the same way).
   */
  async answerSet(effort: string, pain: number) {
    this.answers = { effort, pain };
    await this.page
      .getByRole('radiogroup', { name: 'How hard was it?' })
      .getByText(effort, { exact: true })
      .click();
    await this.page
      .getByRole('radiogroup', { name: /Pain during the set/ })
      .getByText(String(pain), { exact: true })
      .click();
  }

  /** Whether the set on screen has an effort chosen (or carried from the exercise's last set). */
  async isAnswered() {
    const effort = this.page.getByRole('radiogroup', { name: 'How hard was it?' });
    return (await effort.getByRole('radio', { checked: true }).count()) > 0;
  }

  /**
   * Taps Done on every set left, skipping each rest, until all exercises are done; the first set
   * of each exercise is answered as the last answerSet was.
   */
  async doEverySet() {
    const allDone = this.page.getByRole('heading', { name: 'All exercises done' });
    const done = this.page.getByRole('button', { name: /^Done: / });
    for (;;) {
      // Done is named "Saving…" until the saved set is read back and the next set is on screen.
      await done.or(allDone).first().waitFor();
      if (await allDone.isVisible()) return;
      if (this.answers && !(await this.isAnswered())) {
        await this.answerSet(this.answers.effort, this.answers.pain);
      }
      await done.click();
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
