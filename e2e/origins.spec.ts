import { test, expect } from "@playwright/test";
import { ADMIN } from "./people";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const SAMPLE = "Ukraine asks South Korea for help against Russian cyberattacks";

test("reached at http://127.0.0.1 instead of localhost, notes are saved and invitation links name the address used", async ({ browser }) => {
  const base = `http://127.0.0.1:${PORT}`;
  const context = await browser.newContext({ baseURL: base, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();

  await page.getByRole("link", { name: SAMPLE }).click();
  const discrepancies = page.locator("section[aria-labelledby=discrepancies-heading]");
  // An omission no other spec annotates (the workflow spec counts the title discrepancy's history).
  await discrepancies.getByRole("row").filter({ hasText: "Biden" }).locator("button[id^=d-]").first().click();
  const panel = page.getByRole("region", { name: /^Decision on:/ });
  await panel.getByLabel("Add a note").fill("Noted from 127.0.0.1.");
  await panel.getByRole("button", { name: "Add note" }).click();
  await expect(panel.getByText("Noted from 127.0.0.1.")).toBeVisible();
  await expect(panel.getByText(/Cross-site/)).toHaveCount(0);

  await page.goto("/admin/users");
  const invite = page.locator("section[aria-labelledby=invite-heading]");
  await invite.getByLabel("Email").fill("lan-invitee@parallax.test");
  await invite.getByLabel("Role").selectOption("journalist");
  await invite.getByRole("button", { name: "Create the invitation link" }).click();
  await expect(invite.locator("code")).toHaveText(new RegExp(`^${base.replace(/\./g, "\\.")}/invite/[A-Za-z0-9_-]{20,}$`));
  await context.close();
});

test("a JSON change from another site is refused", async ({ request }) => {
  const res = await request.post("/api/comparisons/any/annotations", {
    headers: { origin: "http://evil.example" },
    data: { op: "note", fingerprint: "0000000000000000", note: "x" },
  });
  expect(res.status()).toBe(403);
});
