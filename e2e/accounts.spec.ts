import { test, expect, type Browser, type Page } from "@playwright/test";
import { ADMIN } from "./people";

const RITA = { name: "Rita Reporter", email: "rita@parallax.test", password: "orchard-lantern-quietly" };

async function signIn(browser: Browser, who: { email: string; password: string }, path = "/sign-in"): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  return page;
}

async function expectSignedOut(page: Page): Promise<void> {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
}

test("after sign-in, next= never leads to another site", async ({ browser, baseURL }) => {
  const page = await signIn(browser, ADMIN, "/sign-in?next=%2F%5Cevil.example%2Fphish");
  await expect(page.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(baseURL);
  await page.context().close();
});

test("accounts: weak passwords refused, change your password, admin's one-time link, sign out everywhere", async ({ browser, page }) => {
  // The admin cannot give an easily guessed password; a strong one works.
  await page.goto("/admin/users");
  const add = page.locator("section[aria-labelledby=add-heading]");
  await add.getByLabel("Name").fill(RITA.name);
  await add.getByLabel("Email").fill(`${RITA.email} `); // a trailing space from a paste is fine
  await add.getByLabel(/^Initial password/).fill("1234567890");
  await add.getByRole("button", { name: "Add the person" }).click();
  await expect(add.getByText(/too easy to guess/).first()).toBeVisible();
  await add.getByLabel(/^Initial password/).fill(RITA.password);
  await add.getByRole("button", { name: "Add the person" }).click();
  await expect(page.getByRole("cell", { name: RITA.email })).toBeVisible();

  // Rita on two browsers; she changes her password on one: the other is signed out.
  const desk = await signIn(browser, RITA);
  await expect(desk.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();
  const laptop = await signIn(browser, RITA);
  await expect(laptop.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();
  await desk.getByRole("link", { name: RITA.name }).click();
  await expect(desk.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await desk.getByLabel("Current password").fill(RITA.password);
  await desk.getByLabel(/^New password/).fill(RITA.email);
  await desk.getByRole("button", { name: "Change the password" }).click();
  await expect(desk.getByText("Do not use your email address as your password.").first()).toBeVisible();
  await desk.getByLabel("Current password").fill(RITA.password);
  await desk.getByLabel(/^New password/).fill("juniper-tugboat-marvel");
  await desk.getByRole("button", { name: "Change the password" }).click();
  await expect(desk.getByText(/Your password is changed/)).toBeVisible();
  await expectSignedOut(laptop);
  await desk.goto("/");
  await expect(desk.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();

  // The admin makes a one-time password link: Rita is signed out at once; the link sets a new password once.
  await page.goto("/admin/users");
  const reset = page.locator("section[aria-labelledby=reset-heading]");
  await reset.getByLabel("Person").selectOption({ label: `${RITA.name} (${RITA.email})` });
  await reset.getByRole("button", { name: "Create a password link" }).click();
  await expect(reset.getByText(/is signed out everywhere/)).toBeVisible();
  const link = (await reset.locator("code").textContent()) ?? "";
  expect(link).toMatch(/\/reset-password\/[A-Za-z0-9_-]{20,}$/);
  await expectSignedOut(desk);
  await laptop.goto(link);
  await laptop.getByLabel(/^New password/).fill("aaaaaaaaaa");
  await laptop.getByRole("button", { name: "Set the password" }).click();
  await expect(laptop.getByText(/too easy to guess/).first()).toBeVisible();
  await laptop.getByLabel(/^New password/).fill("saffron-glacier-whistle");
  await laptop.getByRole("button", { name: "Set the password" }).click();
  await expect(laptop.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();
  await desk.goto(link);
  await expect(desk.getByText(/expired or was already used/)).toBeVisible();

  // Sign out everywhere, from Rita's own account page.
  const phone = await signIn(browser, { email: RITA.email, password: "saffron-glacier-whistle" });
  await expect(phone.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();
  await laptop.goto("/account");
  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop).toHaveURL(/\/sign-in/);
  await expectSignedOut(phone);
  for (const p of [desk, laptop, phone]) await p.context().close();
});
