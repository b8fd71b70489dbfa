import { test, expect } from "@playwright/test";
import { addPerson, signInAs } from "./sign-in";

const REX = { name: "Rex Reporter", email: "rex@parallax.test", password: "quartz-meadow-violin" };
const NEW_PASSWORD = "lantern-harvest-copper";

test("reset a password: the admin's one-time link (copied with a button) signs the person out and sets a new password once", async ({ browser, page }) => {
  await addPerson(page, REX);
  const rex = await signInAs(browser, REX);
  await expect(rex.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();

  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const reset = page.locator("section[aria-labelledby=reset-heading]");
  await reset.getByLabel("Person").selectOption({ label: `${REX.name} (${REX.email})` });
  await reset.getByRole("button", { name: "Create a password link" }).click();
  await expect(reset.getByRole("status").first()).toContainText("Rex Reporter is signed out everywhere");
  const link = (await reset.locator("code").textContent()) ?? "";
  expect(link).toMatch(/\/reset-password\/[A-Za-z0-9_-]{20,}$/);
  await reset.getByRole("button", { name: "Copy the link" }).click();
  await expect(reset.getByText("Copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // Rex is signed out at once.
  await rex.reload();
  await expect(rex).toHaveURL(/\/sign-in/);

  // The link sets a new password (a weak one is refused) and signs him in.
  await rex.goto(link);
  await rex.getByLabel(/^New password/).fill("aaaaaaaaaa");
  await rex.getByRole("button", { name: "Set the password" }).click();
  await expect(rex.getByText(/too easy to guess/).first()).toBeVisible();
  await rex.getByLabel(/^New password/).fill(NEW_PASSWORD);
  await rex.getByRole("button", { name: "Set the password" }).click();
  await expect(rex.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();

  // The old password no longer works, the new one does, and the link works only once.
  const old = await signInAs(browser, REX);
  await expect(old.getByText("The email or password is not right.")).toBeVisible();
  const fresh = await signInAs(browser, { email: REX.email, password: NEW_PASSWORD });
  await expect(fresh.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();
  await fresh.goto(link);
  await expect(fresh.getByText(/expired or was already used/)).toBeVisible();
  for (const p of [rex, old, fresh]) await p.context().close();
});
