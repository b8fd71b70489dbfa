import { test, expect } from "@playwright/test";

test("the sample comparison is listed and opens side by side", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  const link = page.getByRole("link", { name: "Ukraine asks South Korea for help against Russian cyberattacks" });
  await expect(link).toBeVisible();
  await page.screenshot({ path: "test-results/list.png", fullPage: true });
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: /Ukraine asks South Korea/ })).toBeVisible();
  const sideBySide = page.getByRole("table", { name: "Sources side by side" });
  await expect(sideBySide.getByRole("columnheader", { name: "UPI" })).toBeVisible();
  await expect(sideBySide.getByRole("columnheader", { name: "Reuters" })).toBeVisible();
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
