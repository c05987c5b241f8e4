import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expect } from "./helpers";

// What the roadmap specs share: the API's items, a stage's column and its card titles, and
// dnd-kit's live region, which says when a keyboard drag has really picked up or moved.

export type RoadmapItemRow = {
  id: string;
  title: string;
  stage: string;
  position: number;
  status: string;
  version: number;
  owner: { id: string } | null;
};

export async function roadmapItems(api: APIRequestContext, projectId: string): Promise<RoadmapItemRow[]> {
  const response = await api.get(`/api/v1/projects/${projectId}/roadmap`);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { items: RoadmapItemRow[] }).items;
}

export const column = (page: Page, name: string) => page.getByRole("list", { name: `${name} items` });

export const cardTitles = (list: Locator) =>
  list.getByRole("article").evaluateAll((cards) => cards.map((c) => c.ariaLabel));

export const liveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]');

/**
 * A keyboard drag as a screen-reader user hears it: Space, then each key once the previous
 * step is announced, then Space once the last move is. Pressing on without waiting races
 * dnd-kit's measuring of the columns after pick-up, and a loaded machine loses the arrow.
 * Even after "Picked up" is announced, dnd-kit's KeyboardSensor starts listening for keys only
 * in a setTimeout after pick-up (core.esm.js, KeyboardSensor.attach): a key pressed before that
 * is not heard at all (CI failed so once), so an arrow nothing answered is pressed again, as a
 * person would. One that was heard always changes the announcement.
 */
export async function keyboardDrag(
  page: Page,
  handle: Locator,
  title: string,
  keys: readonly string[],
  /** Filled with what was announced: the pick-up, then each move (for callers that check positions). */
  heardLog: string[] = [],
) {
  await handle.focus();
  await page.keyboard.press("Space");
  await expect(liveRegion(page)).toContainText(`Picked up ${title}`);
  const announced = async () => (await liveRegion(page).textContent()) ?? "";
  heardLog.push(await announced());
  for (const key of keys) {
    const heard = await announced();
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press(key);
      try {
        await expect.poll(announced, { timeout: 3_000 }).not.toBe(heard);
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    await expect(liveRegion(page)).toContainText(`${title} moved to`);
    heardLog.push(await announced());
  }
  await page.keyboard.press("Space");
  await expect(liveRegion(page)).toContainText(`${title} dropped at`);
}
