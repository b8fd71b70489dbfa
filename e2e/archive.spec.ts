import { test, expect } from "@playwright/test";
import { addPerson, createPasted, screenshots, signIn, type Person } from "./routine";

const OWNER: Person = { name: "Olu Owner", email: "owner@parallax.test", password: "owner-password-12", role: "journalist" };
const TITLE = "Archive me: Ukraine and South Korea";

test("archive and restore: an archived comparison leaves the list, is found under Archived, and comes back whole", async ({ page }) => {
  const url = await createPasted(page, TITLE);
  await page.getByRole("group", { name: "Manage this comparison" }).getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Archived." })).toBeVisible();
  await expect(page.getByText(/^Archived on \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await screenshots(page, "comparison-archived", { fullPage: false });

  await page.goto("/");
  await expect(page.getByRole("link", { name: TITLE })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Which comparisons" }).getByRole("link", { name: "Archived" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Archived comparisons" })).toBeVisible();
  await expect(page.getByRole("link", { name: TITLE })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ukraine asks South Korea for help against Russian cyberattacks" })).toHaveCount(0); // the sample is current
  await screenshots(page, "list-archived");

  await page.getByRole("link", { name: TITLE }).click();
  await page.getByRole("button", { name: "Restore from the archive" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored" })).toBeVisible();
  await expect(page.getByText(/^Archived on/)).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByRole("link", { name: TITLE })).toBeVisible();
  // Whole: the analysis and its discrepancies are still there.
  await page.goto(url);
  await expect(page.getByRole("table", { name: "Sources side by side" })).toBeVisible();
});

test("only the owner and admins rename, archive and delete; delete asks first and is permanent", async ({ page, browser }) => {
  await addPerson(page, OWNER);
  const adminsOwn = await createPasted(page, "The admin's comparison");
  const owner = await signIn(browser, OWNER);
  // Someone else's comparison: no controls for a journalist (the server refuses too: lib/server/comparisons/desk-routine.test.ts).
  await owner.goto(adminsOwn);
  await expect(owner.getByRole("heading", { level: 1, name: "The admin's comparison" })).toBeVisible();
  await expect(owner.getByRole("group", { name: "Manage this comparison" })).toHaveCount(0);

  const own = await createPasted(owner, "Mine to delete");
  const manage = owner.getByRole("group", { name: "Manage this comparison" });
  await manage.getByText("Rename").click();
  await manage.getByLabel("New title").fill("Mine, renamed");
  await manage.getByRole("button", { name: "Save the title" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Mine, renamed" })).toBeVisible();

  await manage.getByRole("button", { name: "Delete…" }).click();
  await expect(manage.getByRole("alert")).toContainText("Delete “Mine, renamed” for good?");
  await screenshots(owner, "comparison-delete-confirm", { fullPage: false });
  await manage.getByRole("button", { name: "Keep it" }).click();
  await expect(manage.getByRole("alert")).toHaveCount(0);
  await manage.getByRole("button", { name: "Delete…" }).click();
  await manage.getByRole("button", { name: "Delete permanently" }).click();
  await expect(owner.getByRole("status").filter({ hasText: "“Mine, renamed” was deleted." })).toBeVisible();
  await expect(owner.getByRole("link", { name: "Mine, renamed" })).toHaveCount(0);
  await owner.goto(own);
  await expect(owner.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await owner.goto("/?archived=1");
  await expect(owner.getByRole("link", { name: "Mine, renamed" })).toHaveCount(0);
});
