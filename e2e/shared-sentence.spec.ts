import { test, expect } from "@playwright/test";
import { SHARED_SENTENCE_RESULT } from "../lib/testing/shared-sentence";
import { seedAnalysedComparison } from "./seed";

test("a sentence in two claim groups shows in both rows, each linking to the other; a discrepancy goes to its own group's row", async ({ page }) => {
  const id = await seedAnalysedComparison("Budget and teachers", SHARED_SENTENCE_RESULT);
  await page.goto(`/comparisons/${id}`);
  await expect(page.getByRole("table", { name: "Sources side by side" })).toBeVisible();
  const budget = page.locator("#row-g0");
  const hiring = page.locator("#row-g1");
  await expect(budget.getByRole("rowheader")).toHaveText("1");
  await expect(hiring.getByRole("rowheader")).toHaveText("2");
  await expect(budget.getByRole("cell").first()).toContainText("hire 40 teachers. (also in row 2)");
  await expect(hiring.getByRole("cell").first()).toContainText("hire 40 teachers. (also in row 1)");

  // The number found in row 1 is not flagged again in row 2, where the same sentence sits for the hiring claim.
  await expect(budget.getByRole("link", { name: "number", exact: true })).toHaveCount(2);
  await expect(hiring.getByRole("link", { name: "number", exact: true })).toHaveCount(0);
  await expect(hiring.getByRole("link", { name: "attribution", exact: true })).toHaveCount(2);
  await expect(page.getByRole("link", { name: /^Row 1, Wire: disagrees \(number\)/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Row 2, Wire: disagrees \(attribution\)/ })).toBeVisible();

  await page.locator(".workspace").screenshot({ path: "test-results/shared-sentence.png" });

  await budget.getByRole("link", { name: "also in row 2" }).click();
  await expect(page).toHaveURL(/#row-g1$/);
  await hiring.getByRole("link", { name: "also in row 1" }).click();
  await expect(page).toHaveURL(/#row-g0$/);

  // Selecting a discrepancy (or j/k) highlights its claim group's row, not the first row showing its sentence.
  const list = page.locator("section[aria-labelledby=discrepancies-heading]");
  await list.getByRole("button", { name: "attribution" }).click();
  await expect(page.locator(".grid .row.selected")).toHaveAttribute("id", "row-g1");
  await page.locator(".workspace").screenshot({ path: "test-results/shared-sentence-selected.png" });
  await page.keyboard.press("k");
  await expect(page.locator(".grid .row.selected")).toHaveAttribute("id", "row-g0");
  await page.keyboard.press("j");
  await expect(page.locator(".grid .row.selected")).toHaveAttribute("id", "row-g1");
});
