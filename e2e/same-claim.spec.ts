import { test, expect, type Page } from "@playwright/test";

// Two reports of one ferry accident. Their leads link; their last sentences give the injured in
// words the engine does not link (they share no informative word).
const LEDGER_INJURED = "Fourteen travellers were injured in the collision.";
const HERALD_INJURED = "Nine people were hurt after the vessel struck the pier, officials said.";
const LEDGER = `A passenger ferry crashed in Port Elms harbour on Sunday morning, the coast guard said.\n\nThe harbour master ordered an inquiry into the crew's training.\n\n${LEDGER_INJURED}`;
const HERALD = `A passenger ferry crashed in Port Elms harbour on Sunday, the coast guard said.\n\nDivers spent the afternoon checking the hull for damage.\n\n${HERALD_INJURED}`;

const sideBySide = (page: Page) => page.getByRole("table", { name: "Sources side by side" });
const activity = (page: Page) => page.locator("section[aria-labelledby=activity-heading]");
/** The discrepancy table's "Only X carries" row for the injured. */
const omissionOf = (page: Page, outlet: string) =>
  page.locator("section[aria-labelledby=discrepancies-heading]").getByRole("row").filter({ hasText: `Only ${outlet} carries` }).filter({ hasText: "injured" });
const rowWithBoth = (page: Page) => sideBySide(page).getByRole("row").filter({ hasText: LEDGER_INJURED }).filter({ hasText: HERALD_INJURED });

test("say which sentence of an outlet carries a row's claim: the row holds both, the figures are flagged, and it can be undone", async ({ page }) => {
  await page.goto("/comparisons/new");
  await page.getByLabel("Title").fill("Ferry accident, same claim");
  await page.getByLabel("Outlet").first().fill("Ledger");
  await page.getByLabel("Article text").first().fill(LEDGER);
  await page.getByLabel("Outlet").nth(1).fill("Herald");
  await page.getByLabel("Article text").nth(1).fill(HERALD);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(sideBySide(page)).toBeVisible({ timeout: 30_000 });

  // The engine left the injured apart: the Ledger's sentence is a row that is "Not in Herald".
  await expect(rowWithBoth(page)).toHaveCount(0);
  const ledgerRow = sideBySide(page).getByRole("row").filter({ hasText: LEDGER_INJURED });
  await expect(ledgerRow).toHaveCount(1);
  await expect(ledgerRow).toContainText("Not in Herald");
  await expect(omissionOf(page, "Ledger")).toHaveCount(1);

  // The picker lists the Herald's sentences with their rows, and filters them by words.
  await ledgerRow.getByRole("button", { name: "Same claim in Herald…" }).click();
  const picker = ledgerRow.getByRole("group", { name: "Herald's sentence that carries this claim" });
  const choices = picker.getByLabel("Herald's sentence that carries this claim");
  await expect(picker.getByLabel("Find in Herald")).toBeFocused();
  // Escape and Cancel close it, and the editor is back on the button that opened it.
  const opener = ledgerRow.getByRole("button", { name: "Same claim in Herald…" });
  await page.keyboard.press("Escape");
  await expect(picker).toHaveCount(0);
  await expect(opener).toBeFocused();
  await opener.click();
  await expect(picker.getByLabel("Find in Herald")).toBeFocused();
  await picker.getByRole("button", { name: "Cancel" }).click();
  await expect(opener).toBeFocused();
  await opener.click();
  await expect(choices.getByRole("option")).toHaveCount(3);
  // Nothing is shown chosen before the editor chooses.
  await expect(choices).toHaveValue("");
  expect(await choices.evaluate((el) => [...(el as HTMLSelectElement).selectedOptions].filter((o) => !o.hidden).length)).toBe(0);
  await expect(choices.getByRole("option").last()).toHaveText(new RegExp(`^row \\d+ · ${HERALD_INJURED}$`));
  // Saving with nothing chosen says what to do.
  await picker.getByRole("button", { name: "Same claim" }).click();
  await expect(picker.getByRole("alert")).toHaveText("Choose Herald's sentence first.");
  await picker.getByLabel("Find in Herald").fill("vessel");
  await expect(choices.getByRole("option")).toHaveCount(1);
  // A choice the filter then hides is not saved.
  await choices.selectOption({ index: 1 });
  await picker.getByLabel("Find in Herald").fill("divers");
  await picker.getByRole("button", { name: "Same claim" }).click();
  await expect(picker.getByRole("alert")).toHaveText("Choose Herald's sentence first.");
  await picker.getByLabel("Find in Herald").fill("no such words");
  await expect(choices.getByRole("option")).toHaveCount(0);
  await expect(picker).toContainText("No sentence of Herald has these words.");
  await picker.getByLabel("Find in Herald").fill("vessel");
  await choices.selectOption({ index: 1 });
  await ledgerRow.screenshot({ path: "test-results/same-claim-picker.png" });

  // While the ruling is saved the picker says so.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/comparisons/*/joins", async (route) => {
    await held;
    await route.continue();
  });
  await picker.getByRole("button", { name: "Same claim" }).click();
  await expect(picker.getByRole("status")).toHaveText(/Saving the ruling, then re-analysing/);
  await expect(picker.getByRole("button", { name: "Saving…" })).toBeDisabled();
  release();

  // Re-analysed: one row holds both sentences, with its number flag; neither is an omission any more.
  await expect(rowWithBoth(page)).toHaveCount(1, { timeout: 30_000 });
  await expect(rowWithBoth(page).locator(".badge", { hasText: "number" }).first()).toBeVisible();
  await expect(sideBySide(page).getByRole("row").filter({ hasText: LEDGER_INJURED })).toHaveCount(1);
  const table = page.locator("section[aria-labelledby=discrepancies-heading]");
  await expect(table.getByRole("row").filter({ hasText: "Fourteen travellers" }).filter({ hasText: "Nine people" })).toHaveCount(1);
  await expect(omissionOf(page, "Ledger")).toHaveCount(0);
  await page.screenshot({ path: "test-results/same-claim-joined.png", fullPage: true });

  const entry = activity(page).getByRole("listitem").filter({ hasText: "marked as the same claim" }).first();
  await expect(entry).toContainText("Ada Admin");
  await expect(entry).toContainText(`Ledger: “${LEDGER_INJURED}” / Herald: “${HERALD_INJURED}”`);

  // Undo from Activity: the two part again.
  await entry.getByRole("button", { name: "Undo" }).click();
  await expect(rowWithBoth(page)).toHaveCount(0, { timeout: 30_000 });
  await expect(activity(page).getByRole("listitem").filter({ hasText: "undid “same claim”" }).first()).toContainText("Ada Admin");
});
