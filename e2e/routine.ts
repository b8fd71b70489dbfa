import fs from "node:fs";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";

/** Helpers for the desk-routine specs (my-work, archive, add-source): people, sign-in, a pasted comparison, the decision panel. */
export interface Person {
  name: string;
  email: string;
  password: string;
  role: "admin" | "editor" | "journalist";
}

/** The admin adds someone with a password under People. */
export async function addPerson(admin: Page, person: Person) {
  await admin.goto("/admin/users");
  const add = admin.locator("section[aria-labelledby=add-heading]");
  await add.getByLabel("Name").fill(person.name);
  await add.getByLabel("Email").fill(person.email);
  await add.getByLabel(/^Initial password/).fill(person.password);
  await add.getByLabel("Role").selectOption(person.role);
  await add.getByRole("button", { name: "Add the person" }).click();
  await expect(admin.getByRole("cell", { name: person.email })).toBeVisible();
}

export async function signIn(browser: Browser, person: Person): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();
  return page;
}

export const sampleText = (name: "upi" | "reuters") => fs.readFileSync(path.resolve("prisma", "sample", `${name}.txt`), "utf8");

/** A comparison of the two sample articles, pasted; returns its address. */
export async function createPasted(page: Page, title: string): Promise<string> {
  await page.goto("/comparisons/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Outlet").first().fill("UPI");
  await page.getByLabel("Article text").first().fill(sampleText("upi"));
  await page.getByLabel("Outlet").nth(1).fill("Reuters");
  await page.getByLabel("Article text").nth(1).fill(sampleText("reuters"));
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

export const discrepancyList = (page: Page) => page.locator("section[aria-labelledby=discrepancies-heading]");
export const decisionPanel = (page: Page) => page.getByRole("region", { name: /^Decision on:/ });

/** The one row of the discrepancy list with these words and this type. */
export const discrepancyRow = (page: Page, words: string, type: string) => discrepancyList(page).getByRole("row").filter({ hasText: words }).filter({ hasText: type });

/** Open a discrepancy's decision panel and set its status (and assignee). */
export async function decide(page: Page, words: string, type: string, status: "confirmed" | "dismissed" | "follow_up", assignee?: string) {
  await discrepancyRow(page, words, type).getByRole("button", { name: type }).click();
  await decisionPanel(page).getByLabel("Status").selectOption(status);
  await expect(discrepancyRow(page, words, type)).toContainText(status === "follow_up" ? "needs follow-up" : status);
  if (assignee) {
    await decisionPanel(page).getByLabel("Assignee").selectOption({ label: assignee });
    await expect(decisionPanel(page).getByLabel("Assignee")).toHaveValue(/.+/);
    await expect(decisionPanel(page).getByLabel("Assignee")).toBeEnabled();
  }
}

/** Wait until no analysis is running on the page (the status line refreshes the page itself). */
export async function analysed(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: "Analysing" })).toHaveCount(0, { timeout: 60_000 });
}

/** The page at desktop and phone widths, for a person to look at. */
export async function screenshots(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}) {
  fs.mkdirSync("test-results/screens", { recursive: true });
  for (const [label, size] of [["1440", { width: 1440, height: 900 }], ["390", { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/screens/${name}-${label}.png`, fullPage });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}
