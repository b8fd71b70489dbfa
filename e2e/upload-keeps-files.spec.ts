import path from "node:path";
import { test, expect } from "@playwright/test";

test("after an error the chosen files are still chosen, and sending again needs no re-picking", async ({ page }) => {
  const fixture = (name: string) => path.resolve("lib", "ingest", "fixtures", name);
  await page.goto("/comparisons/new");
  await page.getByLabel("Outlet").first().fill("Ledger");
  await page.getByRole("radio", { name: "Upload a file" }).first().check();
  await page.getByLabel(/^File/).first().setInputFiles(fixture("ledger-ferry-fire.html"));
  await page.getByRole("radio", { name: "Upload a file" }).nth(1).check();
  await page.getByLabel(/^File/).nth(1).setInputFiles(fixture("herald-ferry-fire.html"));
  // No title: the server refuses the form.
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.locator("#title-error")).toBeVisible();
  const chosen = (i: number) => page.getByLabel(/^File/).nth(i).evaluate((el) => Array.from((el as HTMLInputElement).files ?? []).map((f) => f.name));
  expect(await chosen(0)).toEqual(["ledger-ferry-fire.html"]);
  expect(await chosen(1)).toEqual(["herald-ferry-fire.html"]);
  await expect(page.getByLabel("Outlet").first()).toHaveValue("Ledger");

  await page.getByLabel("Title").fill("Ferry fire, second try");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ferry fire, second try" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Sources side by side" }).getByRole("columnheader", { name: "Coastal Herald" })).toBeVisible();
});
