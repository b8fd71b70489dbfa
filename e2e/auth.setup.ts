import { test as setup, expect } from "@playwright/test";
import { ADMIN } from "./people";

setup("first run: the first visitor creates the admin account; /setup then refuses", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await page.getByLabel("Your name").fill(ADMIN.name);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel(/^Password/).fill("short");
  await page.getByRole("button", { name: "Create the admin account" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(ADMIN.email);
  await page.getByLabel(/^Password/).fill(ADMIN.password);
  await page.getByRole("button", { name: "Create the admin account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();
  await expect(page.getByText("Ada Admin")).toBeVisible();
  await page.context().storageState({ path: "test-results/admin.json" });
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/$/); // signed in: setup sends you on; signed out it shows sign-in
});
