import type { Page } from '@playwright/test';

/** Page model for the safety check, by the words a person reads. */
export class SafetyCheck {
  constructor(readonly page: Page) {}

  question(text: string) {
    return this.page.getByRole('radiogroup', { name: text });
  }

  async answer(text: string, value: 'Yes' | 'No') {
    await this.question(text).getByRole('radio', { name: value, exact: true }).check();
  }

  /** Answers every question: yes to those in `yes`, no to the rest. */
  async answerAll(yes: readonly string[] = []) {
    const groups = this.page.getByRole('radiogroup');
    const count = await groups.count();
    for (let index = 0; index < count; index += 1) {
      const group = groups.nth(index);
      const name = (await group.locator('legend').textContent()) ?? '';
      await group
        .getByRole('radio', { name: yes.includes(name) ? 'Yes' : 'No', exact: true })
        .check();
    }
  }

  async seeResult() {
    await this.page.getByRole('button', { name: 'See my result' }).click();
  }

  result(name: string) {
    return this.page.getByRole('heading', { level: 2, name });
  }
}
