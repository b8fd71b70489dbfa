import fs from "node:fs";
import path from "node:path";
import { test, expect } from "@playwright/test";

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
  await page.getByRole("radio", { name: "Upload a file" }).first().check();
  await page.getByLabel(/^File/).first().setInputFiles(file);
  await page.getByLabel("Outlet").nth(1).fill("Pasted");
  await page.getByLabel("Article text").first().fill(fs.readFileSync(path.resolve("prisma", "sample", "upi.txt"), "utf8"));
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "HTML import" })).toBeVisible();
  await expect(page.getByText(expected.title).first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Sources side by side" }).getByRole("columnheader", { name: "BBC" })).toBeVisible();
});

test("a web address on this machine is refused with a clear message, and the rest of the form is kept", async ({ page }) => {
  await page.goto("/comparisons/new");
  await page.getByLabel("Title").fill("Import attempt");
  await page.getByLabel("Outlet").first().fill("Local");
  await page.getByRole("radio", { name: "Import from a web address" }).first().check();
  await page.getByLabel("Web address to import").fill("http://127.0.0.1:3100/api/health");
  await page.getByLabel("Outlet").nth(1).fill("Reuters");
  await page.getByLabel("Article text").first().fill("Some pasted text that must survive the error.");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByText(/does not import from local or private network addresses/)).toBeVisible();
  await expect(page.getByRole("radio", { name: "Import from a web address" }).first()).toBeChecked();
  await expect(page.getByLabel("Title")).toHaveValue("Import attempt");
  await expect(page.getByLabel("Web address to import")).toHaveValue("http://127.0.0.1:3100/api/health");
  await expect(page.getByLabel("Article text").first()).toHaveValue("Some pasted text that must survive the error.");
  await page.screenshot({ path: "test-results/form-url-refused.png", fullPage: true });
});
