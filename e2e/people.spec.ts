import AxeBuilder from "@axe-core/playwright";
import { test, expect, type Page } from "@playwright/test";
import { ADMIN } from "./people";
import { addPerson, signInAs } from "./sign-in";

/** Every axe violation on the page, of any impact. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

const DEE = { name: "Dee Desk", email: "dee@parallax.test", password: "saffron-island-parade" };

test("pending invitations: a link with a copy button, listed until used, and revoked so it stops working", async ({ browser, page }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/admin/users");
  const invite = page.locator("section[aria-labelledby=invite-heading]");
  await invite.getByLabel("Email").fill("ivy@parallax.test");
  await invite.getByRole("button", { name: "Create the invitation link" }).click();
  await expect(invite.getByRole("status").first()).toContainText("Send this one-time link to ivy@parallax.test");
  const link = (await invite.locator("code").textContent()) ?? "";
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
  await invite.getByRole("button", { name: "Copy the link" }).click();
  await expect(invite.getByText("Copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const pending = page.locator("section[aria-labelledby=pending-heading]");
  const row = pending.getByRole("row").filter({ hasText: "ivy@parallax.test" });
  await expect(row).toContainText("journalist");
  expect(await axeViolations(page)).toEqual([]); // with a link, its copy button and a pending invitation
  await expect(row).toContainText("UTC");
  await row.getByRole("button", { name: "Revoke the invitation for ivy@parallax.test" }).click();
  await expect(pending.getByRole("status")).toHaveText(/The invitation for ivy@parallax.test is revoked/);
  await expect(row).toHaveCount(0);

  const ivy = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  await ivy.goto(link);
  await expect(ivy.getByText(/an admin revoked it/)).toBeVisible();
  await ivy.close();
});

test("deactivate and reactivate: a deactivated person is signed out at once and cannot sign in until reactivated", async ({ browser, page }) => {
  await addPerson(page, DEE);
  const dee = await signInAs(browser, DEE);
  await expect(dee.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();

  const people = page.locator("form.table-form").first();
  const row = people.getByRole("row").filter({ hasText: DEE.email });
  await row.getByRole("button", { name: `Deactivate ${DEE.name}` }).click();
  await expect(people.getByRole("status")).toHaveText(/Dee Desk is deactivated and signed out everywhere \(1 session ended\)\./);
  await expect(row).toContainText("deactivated");
  expect(await axeViolations(page)).toEqual([]); // with a deactivated person and a success message

  await dee.reload();
  await expect(dee).toHaveURL(/\/sign-in/);
  const refused = await signInAs(browser, DEE);
  await expect(refused.getByText("This account is deactivated. Ask an admin to reactivate it.")).toBeVisible();

  await row.getByRole("button", { name: `Reactivate ${DEE.name}` }).click();
  await expect(people.getByRole("status")).toHaveText("Dee Desk can sign in again.");
  const back = await signInAs(browser, DEE);
  await expect(back.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();
  for (const p of [dee, refused, back]) await p.context().close();
});

test("signing in from a deep link returns to it with its query string", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/?outlet=reuters&sort=title&dir=asc");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();
  expect(new URL(page.url()).search).toBe("?outlet=reuters&sort=title&dir=asc");
  // The Outlet filter ignores case: "reuters" finds the sample's Reuters.
  await expect(page.getByLabel("Outlet")).toHaveValue("reuters");
  await expect(page.getByRole("link", { name: "Ukraine asks South Korea for help against Russian cyberattacks" })).toBeVisible();
  await context.close();
});
