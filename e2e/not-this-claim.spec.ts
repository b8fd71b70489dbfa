import { test, expect, type Page } from "@playwright/test";

// Three reports of one ferry accident: all three leads say it; only the Ledger and the Herald report
// the suspended crossings (the Gazette, the last column, is missing from that row).
const LEDGER_LEAD = "A passenger ferry crashed in Port Elms harbour on Sunday morning, the coast guard said.";
const HERALD_LEAD = "A passenger ferry crashed in Port Elms harbour on Sunday, the coast guard said.";
const GAZETTE_LEAD = "A passenger ferry crashed into Port Elms harbour wall on Sunday morning, the coast guard said.";
const LEDGER_CROSSINGS = "The ferry's owner, Elms Lines, suspended all crossings until Tuesday.";
const HERALD_CROSSINGS = "Elms Lines suspended all of its crossings until Tuesday.";
const SOURCES = [
  ["Ledger", `${LEDGER_LEAD}\n\nThe harbour master ordered an inquiry into the crew's training.\n\n${LEDGER_CROSSINGS}`],
  ["Herald", `${HERALD_LEAD}\n\nDivers spent the afternoon checking the hull for damage.\n\n${HERALD_CROSSINGS}`],
  ["Gazette", `${GAZETTE_LEAD}\n\nThe town's mayor visited the injured in hospital on Monday.`],
] as const;

const sideBySide = (page: Page) => page.getByRole("table", { name: "Sources side by side" });
const rowWith = (page: Page, ...texts: string[]) => texts.reduce((rows, text) => rows.filter({ hasText: text }), sideBySide(page).getByRole("row"));

test("every row of two outlets or more can be ruled 'not the same claim', and one outlet can be taken out of a row of three", async ({ page }) => {
  await page.goto("/comparisons/new");
  await page.getByLabel("Title").fill("Ferry accident, three outlets");
  await page.getByRole("button", { name: "Add a source" }).click();
  for (const [k, [outlet, text]] of SOURCES.entries()) {
    await page.getByLabel("Outlet").nth(k).fill(outlet);
    await page.getByLabel("Article text").nth(k).fill(text);
  }
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(sideBySide(page)).toBeVisible({ timeout: 30_000 });

  // A row the last column is missing from still has its button (in the last cell holding a sentence).
  const crossings = rowWith(page, LEDGER_CROSSINGS, HERALD_CROSSINGS);
  await expect(crossings).toHaveCount(1);
  await expect(crossings).toContainText("Not in Gazette");
  await expect(crossings.getByRole("button", { name: "Not the same claim" })).toHaveCount(1);
  // Two outlets: taking one out is the same as parting the row, so there is one button.
  await expect(crossings.getByRole("button", { name: /^Not this claim/ })).toHaveCount(0);

  // The leads' row of three: each outlet's cell can take its sentence out.
  const leads = rowWith(page, LEDGER_LEAD, HERALD_LEAD, GAZETTE_LEAD);
  await expect(leads).toHaveCount(1);
  await expect(leads.getByRole("button", { name: /^Not this claim/ })).toHaveCount(3);
  await leads.getByRole("button", { name: "Not this claim: Gazette's sentence leaves the row" }).click();
  await expect(rowWith(page, LEDGER_LEAD, HERALD_LEAD, GAZETTE_LEAD)).toHaveCount(0, { timeout: 30_000 });
  // The Ledger and the Herald still share the lead; the Gazette's is a row of its own.
  await expect(rowWith(page, LEDGER_LEAD, HERALD_LEAD)).toHaveCount(1);
  await expect(rowWith(page, GAZETTE_LEAD)).toHaveCount(1);
  await sideBySide(page).screenshot({ path: "test-results/not-this-claim.png" });
  await expect(page.locator("section[aria-labelledby=activity-heading]").getByRole("listitem").filter({ hasText: "marked as not the same claim" }).first()).toContainText("Gazette");

  // With the Gazette's column hidden, a discrepancy about the Gazette says so in the panel, and shows it on request.
  await page.goto(`${new URL(page.url()).pathname}?show=0,1`);
  await expect(sideBySide(page).getByRole("columnheader", { name: "Gazette" })).toHaveCount(0);
  const listed = page.locator("section[aria-labelledby=discrepancies-heading]").getByRole("row").filter({ hasText: "Gazette" }).first();
  await listed.locator("button[id^=d-]").click();
  const dock = page.getByRole("complementary", { name: "Decision panel" });
  await expect(dock).toContainText("Gazette's column is hidden: show it");
  await dock.screenshot({ path: "test-results/hidden-column-notice.png" });
  await dock.getByRole("link", { name: "show it" }).click();
  await expect(sideBySide(page).getByRole("columnheader", { name: "Gazette" })).toHaveCount(1);
  await expect(dock).not.toContainText("column is hidden");
});
