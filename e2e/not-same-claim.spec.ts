import { test, expect, type Page } from "@playwright/test";

const SAMPLE = "Ukraine asks South Korea for help against Russian cyberattacks";

const sideBySide = (page: Page) => page.getByRole("table", { name: "Sources side by side" });
const activity = (page: Page) => page.locator("section[aria-labelledby=activity-heading]");
/** The rows holding both sentences (by their opening words). */
const rowWithBoth = (page: Page, a: string, b: string) => sideBySide(page).getByRole("row").filter({ hasText: a }).filter({ hasText: b });

test("mark a row 'not the same claim': progress is shown, it is in Activity, and undoing it brings the row back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: SAMPLE }).click();
  await expect(sideBySide(page)).toBeVisible();
  const rowCount = await sideBySide(page).getByRole("row").count();

  // The first row with two sentences and the button: remember each sentence's opening words.
  const candidate = sideBySide(page).getByRole("row").filter({ has: page.getByRole("button", { name: "Not the same claim" }) }).filter({ hasNot: page.locator(".cell.empty") }).first();
  const row = page.locator(`[id="${await candidate.getAttribute("id")}"]`);
  const cells = row.locator("[data-source]");
  const opening = (i: number) =>
    cells.nth(i).evaluate((el) => {
      const label = el.querySelector(".outlet")?.textContent ?? "";
      return (el.textContent ?? "").slice(label.length).trim().slice(0, 40);
    });
  const [upi, reuters] = [await opening(0), await opening(1)];
  expect(upi.length).toBeGreaterThan(10);
  expect(reuters.length).toBeGreaterThan(10);
  await expect(rowWithBoth(page, upi, reuters)).toHaveCount(1);

  // While the ruling is being saved the button says so (the request is held until that is checked).
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/comparisons/*/vetoes", async (route) => {
    await held;
    await route.continue();
  });
  // No "are you sure?" dialog: the ruling can be undone instead.
  page.once("dialog", (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await row.getByRole("button", { name: "Not the same claim" }).click();
  await expect(row.getByRole("status")).toHaveText(/Saving the ruling, then re-analysing/);
  await expect(row.getByRole("button", { name: "Marking…" })).toBeDisabled();
  release();

  // Re-analysed: the two sentences no longer share a row, and Activity says who ruled.
  await expect(rowWithBoth(page, upi, reuters)).toHaveCount(0, { timeout: 30_000 });
  const entry = activity(page).getByRole("listitem").filter({ hasText: "marked as not the same claim" }).first();
  await expect(entry).toContainText("Ada Admin");
  await expect(entry).toContainText(upi);
  await expect(entry).toContainText(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/);

  // Undo from Activity: the row comes back, and the undo is in Activity too.
  await entry.getByRole("button", { name: "Undo" }).click();
  await expect(rowWithBoth(page, upi, reuters)).toHaveCount(1, { timeout: 30_000 });
  await expect(sideBySide(page).getByRole("row")).toHaveCount(rowCount);
  await expect(activity(page).getByRole("listitem").filter({ hasText: "undid “not the same claim”" }).first()).toContainText("Ada Admin");
  await expect(activity(page).getByRole("button", { name: "Undo" })).toHaveCount(0);
});
