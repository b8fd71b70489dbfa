import { expect, type Browser, type Page } from "@playwright/test";

/** A fresh browser (no cookies) signed in as someone through the form, starting at `path`. */
export async function signInAs(browser: Browser, who: { email: string; password: string }, path = "/sign-in"): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  return page;
}

/** The admin adds someone with a password under People (the role picker's default unless `role` is given). */
export async function addPerson(page: Page, who: { name: string; email: string; password: string }, role?: string): Promise<void> {
  await page.goto("/admin/users");
  const add = page.locator("section[aria-labelledby=add-heading]");
  await add.getByLabel("Name").fill(who.name);
  await add.getByLabel("Email").fill(who.email);
  await add.getByLabel(/^Initial password/).fill(who.password);
  if (role) await add.getByLabel("Role").selectOption(role);
  await add.getByRole("button", { name: "Add the person" }).click();
  await expect(add.getByRole("status")).toContainText(`${who.name} can now sign in`);
}
