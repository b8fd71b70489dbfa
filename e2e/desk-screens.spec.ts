import AxeBuilder from "@axe-core/playwright";
import { test, expect, type Page } from "@playwright/test";
import { seedFiveOutlets } from "./desk";

const SAMPLE = "Ukraine asks South Korea for help against Russian cyberattacks";

/** Every axe violation, whatever its impact. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

async function screens(page: Page, name: string) {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.reload();
  await expect(page.getByRole("table", { name: "Sources side by side" })).toBeVisible();
  await page.screenshot({ path: `test-results/desk-${name}-1440.png` });
  expect(await violations(page)).toEqual([]);
  // A discrepancy chosen: its row in the middle, the decision beside it.
  await page.keyboard.press("j");
  await expect(page.locator(".grid .row.selected")).toBeInViewport();
  await page.screenshot({ path: `test-results/desk-${name}-1440-selected.png` });
  await page.locator(".workspace").screenshot({ path: `test-results/desk-${name}-workspace.png` });
  expect(await violations(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole("table", { name: "Sources side by side" })).toBeVisible();
  await page.screenshot({ path: `test-results/desk-${name}-390.png` });
  expect(await violations(page)).toEqual([]);
  // On a phone the decision is a bottom sheet over the selected row.
  await page.keyboard.press("j");
  const sheet = page.getByRole("complementary", { name: "Decision panel" });
  await expect(sheet).toBeInViewport();
  await expect(page.locator(".grid .row.selected")).toBeInViewport();
  // The row starts above the sheet, where it can be read.
  await expect.poll(async () => ((await page.locator(".grid .row.selected").boundingBox())?.y ?? 9999) < ((await sheet.boundingBox())?.y ?? 0) - 40).toBe(true);
  await page.screenshot({ path: `test-results/desk-${name}-390-sheet.png` });
  expect(await violations(page)).toEqual([]);
  await sheet.getByRole("button", { name: "Close" }).click();
  await expect(sheet).toBeHidden();
}

test("the sample at 1440x900 and 390x844: screenshots, 0 axe violations", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: SAMPLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: SAMPLE })).toBeVisible();
  await screens(page, "sample");
});

test("a five-outlet comparison (ECB+): full outlet names in the coverage map, none clipped, 0 axe violations", async ({ page }) => {
  const id = await seedFiveOutlets("Five outlets on one story");
  test.skip(id === null, "../shared/data/ecbplus is not beside this checkout");
  await page.goto(`/comparisons/${id}`);
  await screens(page, "five");
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.reload();
  const map = page.locator("figure.coverage");
  for (const name of ["New York Times", "New York Post", "Outlet R", "Outlet RR", "The Daily Telegraph Online Edition"]) {
    await expect(map.getByRole("columnheader", { name, exact: true })).toBeVisible();
  }
  // Nothing clipped: the map's table fits inside its box.
  const fits = await map.evaluate((fig) => {
    const table = fig.querySelector("table")!;
    return table.getBoundingClientRect().right <= fig.getBoundingClientRect().right + 0.5;
  });
  expect(fits).toBe(true);
  // One tab stop for the map, arrow keys inside.
  const cells = map.locator("a[data-r]");
  expect(await cells.evaluateAll((as) => as.filter((a) => (a as HTMLAnchorElement).tabIndex === 0).length)).toBe(1);
  await cells.first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(map.locator('a[data-r="0"][data-c="1"]')).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(map.locator('a[data-r="1"][data-c="1"]')).toBeFocused();
  await page.keyboard.press("End");
  await expect(map.locator('a[data-r="1"][data-c="4"]')).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("figure.coverage")))).toBe(false);
});
