import fs from "node:fs";
import path from "node:path";
import { test, expect } from "@playwright/test";

test("the sample comparison is listed and opens side by side", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  const link = page.getByRole("link", { name: "Ukraine asks South Korea for help against Russian cyberattacks" });
  await expect(link).toBeVisible();
  await page.screenshot({ path: "test-results/list.png", fullPage: true });
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: /Ukraine asks South Korea/ })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "UPI" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Reuters" })).toBeVisible();
  // The entity-level title discrepancy and the number discrepancy are listed.
  const list = page.getByRole("region", { name: "Discrepancies" }).or(page.locator("section[aria-labelledby=discrepancies-heading]"));
  await expect(list.getByText("ambassador-designate").first()).toBeVisible();
  await expect(list.getByText(/hundreds of organizations/).first()).toBeVisible();
  // Claims only one outlet carries show an empty cell.
  await expect(page.getByText("Not in Reuters").first()).toBeVisible();
  await expect(page.getByText("Not in UPI").first()).toBeVisible();
  // Page junk is not among the compared sentences.
  const grid = page.getByRole("table", { name: "Sources side by side" });
  await expect(grid.getByText("Advertisement")).toHaveCount(0);
  await expect(grid.getByText(/Wanda Rich/)).toHaveCount(0);
  await page.screenshot({ path: "test-results/comparison-desktop.png", fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/comparison-phone.png", fullPage: false });
});

test("health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true, db: "ok" });
});

test("a new comparison from pasted text shows its discrepancies; bad input keeps what was typed", async ({ page }) => {
  await page.goto("/comparisons/new");
  await page.getByLabel("Title").fill("Council vote");
  await page.getByLabel("Outlet").first().fill("Daily A");
  await page.getByLabel("Article text").first().fill("The council approved the budget of $12 million on Tuesday, the mayor said at a press conference.");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByText(/Please correct the fields marked below\. Add at least 2 sources/)).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Council vote");
  await expect(page.getByLabel("Article text").first()).toHaveValue(/approved the budget/);
  await page.screenshot({ path: "test-results/form-error.png", fullPage: true });
  await page.getByLabel("Outlet").nth(1).fill("Daily B");
  await page.getByLabel("Article text").nth(1).fill("The council approved the budget of $15 million on Tuesday, the mayor said in a statement.");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Council vote" })).toBeVisible();
  await expect(page.getByRole("cell", { name: /number/ }).first()).toBeVisible();
});

test("an uploaded HTML page is reduced to its article text and title", async ({ page }) => {
  const file = path.resolve("..", "shared", "data", "readability", "bbc-1", "source.html");
  const expected = JSON.parse(fs.readFileSync(path.resolve(path.dirname(file), "expected-metadata.json"), "utf8")) as { title: string };
  await page.goto("/comparisons/new");
  await page.getByLabel("Title").fill("HTML import");
  await page.getByLabel("Outlet").first().fill("BBC");
  await page.getByLabel("Or upload .html, .htm, .txt").first().setInputFiles(file);
  await page.getByLabel("Outlet").nth(1).fill("Pasted");
  await page.getByLabel("Article text").nth(1).fill(fs.readFileSync(path.resolve("prisma", "sample", "upi.txt"), "utf8"));
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "HTML import" })).toBeVisible();
  await expect(page.getByText(expected.title).first()).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "BBC" })).toBeVisible();
});
