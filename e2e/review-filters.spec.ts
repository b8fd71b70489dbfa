import { test, expect } from "@playwright/test";
import { seedSample } from "./desk";

test("filters by type, severity and status, hide omissions, only rows with a listed discrepancy, and dismiss the open ones listed", async ({ page }) => {
  const id = await seedSample("Filters");
  await page.goto(`/comparisons/${id}`);
  const grid = page.getByRole("table", { name: "Sources side by side" });
  const list = page.locator("section[aria-labelledby=discrepancies-heading]");
  const filters = page.getByRole("form", { name: "Filter discrepancies and rows" });
  // Counts in words: rows of claims, not "claim groups" beside numbered rows.
  await expect(page.getByText(/20 rows of claims: 7 carried by both outlets, 13 by one outlet only/)).toBeVisible();
  await expect(page.getByText(/claim groups/)).toHaveCount(0);
  const allRows = await grid.getByRole("row").count();

  // Hide omissions and keep only rows with a listed discrepancy: no omission listed, fewer rows.
  await filters.getByLabel("Hide omissions").check();
  await filters.getByLabel("Only rows with a listed discrepancy").check();
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/omissions=hide/);
  await expect(list.getByRole("button", { name: "omission", exact: true })).toHaveCount(0);
  const someRows = await grid.getByRole("row").count();
  expect(someRows).toBeLessThan(allRows);
  expect(someRows).toBeGreaterThan(1);
  await expect(filters).toContainText(/9 of 22 discrepancies listed; \d+ of 20 rows shown/);

  // By type and severity.
  await page.goto(`/comparisons/${id}?type=title&severity=high`);
  await expect(list.getByRole("row")).toHaveCount(2); // header + the title discrepancy
  await expect(list).toContainText("ambassador-designate");

  // Status "open", omissions only: dismiss the open ones listed; the list then filters them out.
  await page.goto(`/comparisons/${id}?type=omission&status=open`);
  const listed = (await list.getByRole("row").count()) - 1;
  expect(listed).toBe(13);
  page.once("dialog", (d) => void d.accept());
  await list.getByRole("button", { name: `Dismiss the ${listed} open ones listed` }).click();
  await expect(list.getByRole("status")).toHaveText(`${listed} dismissed.`);
  await expect(list.getByRole("row")).toHaveCount(2);
  await expect(list.getByRole("cell", { name: "No discrepancy matches the filters." })).toBeVisible();
  await page.goto(`/comparisons/${id}?status=dismissed`);
  await expect(list.getByRole("row")).toHaveCount(listed + 1);
  await expect(page.getByText(/22 discrepancies \(7 high, 7 medium, 8 low\); 9 still open/)).toBeVisible();
});
