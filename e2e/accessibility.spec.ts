import AxeBuilder from "@axe-core/playwright";
import { test, expect, type Page } from "@playwright/test";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

test("the list, the form and a comparison have no serious or critical axe violations", async ({ page }) => {
  await page.goto("/");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/comparisons/new");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/admin/users");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/");
  await page.getByRole("link", { name: "Ukraine asks South Korea for help against Russian cyberattacks" }).click();
  await expect(page.getByRole("table", { name: "Sources side by side" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the desk's routine pages have no serious or critical axe violations: my work, the archived list, a comparison's sources and its controls", async ({ page }) => {
  for (const path of ["/my-work", "/my-work?view=follow-ups", "/?archived=1"]) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await page.goto("/");
  await page.getByRole("link", { name: "Ukraine asks South Korea for help against Russian cyberattacks" }).click();
  await expect(page.getByRole("table", { name: "Sources side by side" })).toBeVisible();
  // The controls an admin sees, the rename form and the delete confirmation open.
  const manage = page.getByRole("group", { name: "Manage this comparison" });
  await manage.getByText("Rename").click();
  await manage.getByRole("button", { name: "Delete…" }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Edit outlets, add or remove a source" }).click();
  await expect(page.getByRole("group", { name: "Add a source" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
