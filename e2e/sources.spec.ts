import fs from "node:fs";
import path from "node:path";
import { test, expect, type Page } from "@playwright/test";

async function createSeedComparison(page: Page, title: string) {
  await page.goto("/comparisons/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Outlet").first().fill("UPI");
  await page.getByLabel("Article text").first().fill(fs.readFileSync(path.resolve("prisma", "sample", "upi.txt"), "utf8"));
  await page.getByLabel("Outlet").nth(1).fill("Reuters");
  await page.getByLabel("Article text").nth(1).fill(fs.readFileSync(path.resolve("prisma", "sample", "reuters.txt"), "utf8"));
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("pasting the seed articles (junk included) shows the expected discrepancies, marked where they occur", async ({ page }) => {
  await createSeedComparison(page, "Seeds pasted");
  const grid = page.getByRole("table", { name: "Sources side by side" });
  const list = page.locator("section[aria-labelledby=discrepancies-heading]");
  // The title discrepancy is entity-level: listed once, marked on the sentence where each outlet uses the title.
  await expect(list.getByRole("row").filter({ hasText: "ambassador-designate" }).filter({ hasText: "title" })).toHaveCount(1);
  const upiCell = grid.getByRole("cell").filter({ hasText: /^UPIUkrainian Ambassador to South Korea Dmytro Ponomarenko on Friday/ });
  const reutersCell = grid.getByRole("cell").filter({ hasText: /^ReutersDmytro Ponomarenko, Ukraine’s ambassador-designate/ });
  await expect(upiCell.getByRole("link", { name: "title" }).first()).toBeVisible();
  await expect(reutersCell.getByRole("link", { name: "title" })).toBeVisible();
  await expect(list.getByRole("row").filter({ hasText: /hundreds of organizations.*hundreds of computers/ }).filter({ hasText: "number" })).toHaveCount(1);
  // Claims only one outlet carries.
  await expect(grid.getByRole("row").filter({ hasText: "President Joe Biden said at the White House" }).getByText("Not in Reuters")).toBeVisible();
  await expect(grid.getByRole("row").filter({ hasText: "Samsung Electronics" }).getByText("Not in UPI")).toBeVisible();
  // No junk among the compared sentences.
  await expect(grid.getByText("Advertisement")).toHaveCount(0);
  await expect(grid.getByText(/Wanda Rich|Editor-in-Chief/)).toHaveCount(0);
  // j moves to the next discrepancy and highlights its row.
  await page.keyboard.press("j");
  await expect(page.locator(".grid .row.selected")).toHaveCount(1);
  const first = await page.locator(".grid .row.selected").getAttribute("id");
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await expect(page.locator(".grid .row.selected")).toHaveAttribute("id", first ?? "");
});

test("a journalist leaves out a sentence and restores a discarded line; the comparison is analysed again", async ({ page }) => {
  await createSeedComparison(page, "Overrides");
  const grid = page.getByRole("table", { name: "Sources side by side" });
  const sentence = "South Korea has not announced unilateral sanctions against Russia.";
  await expect(grid.getByText(sentence)).toBeVisible();

  const comparisonUrl = page.url();
  await page.getByRole("link", { name: "Compared text and discarded lines, per source" }).click();
  const upi = page.getByRole("region", { name: "UPI: text and discarded lines" });
  await upi.getByText(/sentences compared/).click();
  await upi.getByRole("listitem").filter({ hasText: sentence }).getByRole("button", { name: "Leave out" }).click();
  await upi.getByText(/lines? left out of the comparison/).click();
  await expect(upi.getByRole("listitem").filter({ hasText: sentence }).getByRole("button", { name: "Put back" })).toBeVisible();
  const teaser = "Scenes from the Russian war on Ukraine";
  await upi.getByRole("listitem").filter({ hasText: teaser }).getByRole("button", { name: "Restore" }).click();
  await expect(upi.getByText("1 line restored by you")).toBeVisible();
  await page.screenshot({ path: "test-results/source-panel.png", fullPage: false });
  await page.goto(comparisonUrl);
  await expect(page.getByRole("status").filter({ hasText: "Analysing" })).toHaveCount(0);
  await expect(grid.getByText(sentence)).toHaveCount(0);
  await expect(grid.getByText(teaser)).toBeVisible();
});
