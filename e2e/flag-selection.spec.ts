import { test, expect, type Page } from "@playwright/test";
import { seedSample } from "./desk";

/** Select `words` in the first cell of source `source` that holds them, as a drag would (across marked pieces too). */
async function selectWords(page: Page, source: number, words: string) {
  await page.evaluate(({ source, words }) => {
    const cells = [...document.querySelectorAll<HTMLElement>(`.grid [data-source="${source}"]`)];
    const cell = cells.find((c) => c.textContent?.includes(words));
    if (!cell) throw new Error(`no cell holds ${words}`);
    const at = (cell.textContent ?? "").indexOf(words);
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (offset <= at && at < offset + length) range.setStart(node, at - offset);
      if (offset < at + words.length && at + words.length <= offset + length) {
        range.setEnd(node, at + words.length - offset);
        break;
      }
      offset += length;
    }
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, { source, words });
}

test("flag a missed discrepancy from a text selection without scrolling away from it", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const id = await seedSample("Flag from a selection");
  await page.goto(`/comparisons/${id}`);
  const grid = page.getByRole("table", { name: "Sources side by side" });
  await expect(grid).toBeVisible();
  const dock = page.getByRole("complementary", { name: "Decision panel" });
  const flag = dock.locator("section[aria-labelledby=flag-heading]");

  // Scroll to the ESET sentence, then select words in each outlet.
  const eset = grid.getByRole("row").filter({ hasText: "ESET" }).first();
  await eset.scrollIntoViewIfNeeded();
  const top = await page.evaluate(() => window.scrollY);
  await selectWords(page, 0, "hundreds");
  await expect(flag.getByText("Selected in UPI: “hundreds”")).toBeVisible();
  await expect(flag).toBeInViewport();
  await flag.getByRole("button", { name: "Add the selection" }).click();
  await selectWords(page, 1, "hundreds of computers");
  await expect(flag.getByText("Selected in Reuters: “hundreds of computers”")).toBeVisible();
  await flag.getByRole("button", { name: "Add the selection" }).click();
  await expect(flag.getByRole("listitem")).toHaveText(["UPI: “hundreds”", "Reuters: “hundreds of computers”"]);
  await flag.getByLabel("Type").selectOption("number");
  await flag.getByLabel("Severity").selectOption("high");
  await flag.getByLabel("Note").fill("UPI says organizations, Reuters computers: not the same count.");
  await page.screenshot({ path: "test-results/desk-flag-1440.png" });
  await flag.getByRole("button", { name: "Flag it" }).click();
  await expect(flag.getByRole("status")).toHaveText("Flagged.");
  // Never sent away: the text stays where it was the whole time.
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - top)).toBeLessThan(5);
  await expect(eset).toBeInViewport();
  // The flag is listed, flagged by an editor, in its row's place.
  const listed = page.locator("section[aria-labelledby=discrepancies-heading]").getByRole("row").filter({ hasText: "flagged by an editor" });
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText("UPI: “hundreds” · Reuters: “hundreds of computers”");
});

test("on a phone, selecting words opens the flag form as a bottom sheet, the words still in view above it", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const id = await seedSample("Flag from a selection on a phone");
  await page.goto(`/comparisons/${id}`);
  const grid = page.getByRole("table", { name: "Sources side by side" });
  const sheet = page.getByRole("complementary", { name: "Decision panel" });
  await expect(sheet).toBeHidden();
  const eset = grid.getByRole("row").filter({ hasText: "ESET" }).first();
  await eset.evaluate((el) => el.scrollIntoView({ block: "start" }));
  const top = await page.evaluate(() => window.scrollY);
  await selectWords(page, 0, "hundreds of organizations");
  const flag = sheet.locator("section[aria-labelledby=flag-heading]");
  await expect(flag.getByText("Selected in UPI: “hundreds of organizations”")).toBeInViewport();
  await expect(sheet.getByRole("region", { name: /^Decision on:/ })).toBeHidden();
  await expect(eset.getByText(/hundreds/).first()).toBeInViewport();
  expect(((await eset.boundingBox())?.y ?? 9999) < ((await sheet.boundingBox())?.y ?? 0)).toBe(true);
  await page.screenshot({ path: "test-results/desk-flag-390.png" });
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - top)).toBeLessThan(5);
  await sheet.getByRole("button", { name: "Close" }).click();
  await expect(sheet).toBeHidden();
  // A new selection opens it again.
  await selectWords(page, 0, "ESET");
  await expect(flag.getByText("Selected in UPI: “ESET”")).toBeInViewport();
});
