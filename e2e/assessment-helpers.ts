import type { Locator, Page } from "@playwright/test";
import { expect } from "./helpers";

// The questionnaire as a user drives it (components/assessment/questionnaire.tsx).

export function progress(page: Page): Locator {
  return page.getByText(/^\d+ of \d+ answered$/);
}

export async function answeredCount(page: Page): Promise<{ answered: number; total: number }> {
  const text = (await progress(page).textContent()) ?? "";
  const [, answered, total] = /^(\d+) of (\d+)/.exec(text)!;
  return { answered: Number(answered), total: Number(total) };
}

export function questions(page: Page): Locator {
  return page.locator("[data-question]");
}

/** Answers every unanswered question of the dimension on screen with its `pick`-th option (clamped). */
export async function answerOpenQuestions(page: Page, pick: (index: number) => number): Promise<void> {
  const groups = questions(page);
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const radios = groups.nth(i).getByRole("radio");
    if ((await groups.nth(i).getByRole("radio", { checked: true }).count()) > 0) continue;
    const options = await radios.count();
    await radios.nth(Math.min(pick(i), options - 2)).click();
  }
}

/** Sets every question of the dimension on screen to its `pick`-th option, answered or not. */
export async function answerAll(page: Page, pick: (index: number) => number): Promise<void> {
  const groups = questions(page);
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const radios = groups.nth(i).getByRole("radio");
    await radios.nth(Math.min(pick(i), (await radios.count()) - 2)).click();
  }
}

/** Goes through every dimension with `answer`, ending on the last one. */
export async function eachDimension(page: Page, answer: () => Promise<void>): Promise<void> {
  const steps = page.getByRole("navigation", { name: "Dimensions" }).getByRole("button");
  const total = await steps.count();
  for (let i = 0; i < total; i++) {
    await steps.nth(i).click();
    await expect(steps.nth(i)).toHaveAttribute("aria-current", "step");
    await answer();
  }
}

export async function expectDraftSaved(page: Page): Promise<void> {
  await expect(page.getByRole("status").filter({ hasText: /Draft saved/ })).toBeVisible({ timeout: 10_000 });
}
