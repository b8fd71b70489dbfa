import { test, expect } from "@playwright/test";
import { signInAs } from "./sign-in";

const CLEO = { name: "Cleo Columnist", email: "cleo@parallax.test", password: "pewter-canyon-almanac" };
const SUCCESS_GREEN = "rgb(20, 83, 45)";

test("change a role: no silent admin, the chosen role survives an error, a journalist is told People is not for them", async ({ browser, page }) => {
  // The role picker starts at the least privileged role, and keeps what was chosen when the form comes back with an error.
  await page.goto("/admin/users");
  const add = page.locator("section[aria-labelledby=add-heading]");
  await expect(add.getByLabel("Role")).toHaveValue("journalist");
  await expect(page.locator("section[aria-labelledby=invite-heading]").getByLabel("Role")).toHaveValue("journalist");
  await add.getByLabel("Email").fill(CLEO.email);
  await add.getByLabel(/^Initial password/).fill(CLEO.password);
  await add.getByLabel("Role").selectOption("editor");
  await add.getByRole("button", { name: "Add the person" }).click();
  await expect(add.getByText("Give a name.").first()).toBeVisible();
  await expect(add.getByLabel("Role")).toHaveValue("editor");
  await expect(add.getByLabel("Email")).toHaveValue(CLEO.email);
  await add.getByLabel("Name").fill(CLEO.name);
  await add.getByLabel(/^Initial password/).fill(CLEO.password);
  await add.getByRole("button", { name: "Add the person" }).click();
  // Success reads as success: a status in green, not a red alert.
  const added = add.getByRole("status");
  await expect(added).toHaveText(/Cleo Columnist can now sign in as editor\./);
  await expect(added).toHaveCSS("color", SUCCESS_GREEN);
  await expect(add.getByRole("alert")).toHaveCount(0);
  await expect(page.getByRole("row").filter({ hasText: CLEO.email })).toContainText("editor");

  // Changing a role asks for both choices; the person chosen stays chosen after "Choose a role".
  const change = page.locator("section[aria-labelledby=role-heading]");
  await expect(change.getByLabel("Person")).toHaveValue("");
  await change.getByLabel("Person").selectOption({ label: `${CLEO.name} (${CLEO.email})` });
  await change.getByRole("button", { name: "Change the role" }).click();
  await expect(change.getByText("Choose a role.").first()).toBeVisible();
  await expect(change.getByLabel("Person")).not.toHaveValue("");
  await change.getByLabel("New role").selectOption("journalist");
  await change.getByRole("button", { name: "Change the role" }).click();
  await expect(change.getByRole("status")).toHaveText(/Cleo Columnist is now journalist\./);
  await expect(page.getByRole("row").filter({ hasText: CLEO.email })).toContainText("journalist");

  // As a journalist, Cleo is told People is not for her role (not "no such comparison").
  const cleo = await signInAs(browser, CLEO);
  await expect(cleo.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();
  await cleo.goto("/admin/users");
  await expect(cleo.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  await expect(cleo.getByText("You are signed in as journalist")).toBeVisible();
  await expect(cleo.getByText(/no such comparison/)).toHaveCount(0);

  // Made admin, she opens People on her very next request.
  await change.getByLabel("Person").selectOption({ label: `${CLEO.name} (${CLEO.email})` });
  await change.getByLabel("New role").selectOption("admin");
  await change.getByRole("button", { name: "Change the role" }).click();
  await expect(change.getByRole("status")).toHaveText(/Cleo Columnist is now admin\./);
  await cleo.reload();
  await expect(cleo.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  await cleo.context().close();
});
