import { test, expect } from "@playwright/test";

const outlets = ["Alpha", "Bravo", "Charlie", "Delta"];
const text = (o: string, n: number) =>
  `The city council approved a budget of $${n} million on Tuesday, ${o} reported.\n\nThe mayor said the plan would fund ${n * 10} new teachers.\n\nOnly ${o} reports that the vote was delayed by a storm.`;

test("with more than three sources, three columns show and the rest are a click away", async ({ page }) => {
  await page.goto("/comparisons/new");
  await page.getByLabel("Title").fill("Four outlets");
  await page.getByRole("button", { name: "Add a source" }).click();
  await page.getByRole("button", { name: "Add a source" }).click();
  for (const [i, o] of outlets.entries()) {
    await page.getByLabel("Outlet").nth(i).fill(o);
    await page.getByLabel("Article text").nth(i).fill(text(o, 12 + i));
  }
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Four outlets" })).toBeVisible();
  const grid = page.getByRole("table", { name: "Sources side by side" });
  for (const o of outlets.slice(0, 3)) await expect(grid.getByRole("columnheader", { name: o })).toBeVisible();
  await expect(grid.getByRole("columnheader", { name: "Delta" })).toHaveCount(0);
  const picker = page.getByRole("group", { name: "Columns to show" });
  await picker.getByLabel("Bravo").uncheck();
  await picker.getByLabel("Delta").check();
  await picker.getByRole("button", { name: "Show" }).click();
  await expect(grid.getByRole("columnheader", { name: "Delta" })).toBeVisible();
  await expect(grid.getByRole("columnheader", { name: "Bravo" })).toHaveCount(0);
  await expect(page).toHaveURL(/show=0&show=2&show=3/);
});
