import fs from "node:fs";
import { test, expect, type Browser, type Page } from "@playwright/test";
import { pdfPagesAsPng, pdfText } from "../lib/testing/pdf";

const EDITOR = { name: "Eda Editor", email: "editor@parallax.test", password: "editor-password-1" };
const JOURNALIST = { name: "Jo Journalist", email: "journalist@parallax.test", password: "journalist-password-1" };
const SAMPLE = "Ukraine asks South Korea for help against Russian cyberattacks";

async function signIn(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Comparisons" })).toBeVisible();
  return page;
}

async function openSample(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: SAMPLE }).click();
  await expect(page.getByRole("table", { name: "Sources side by side" })).toBeVisible();
}

const discrepancies = (page: Page) => page.locator("section[aria-labelledby=discrepancies-heading]");
const ambassadorRow = (page: Page) => discrepancies(page).getByRole("row").filter({ hasText: "ambassador-designate" }).filter({ hasText: "calls Dmytro" });
const attributionRow = (page: Page) => discrepancies(page).getByRole("row").filter({ hasText: "press conference" }).filter({ hasText: "attribution" });
const panel = (page: Page) => page.getByRole("region", { name: /^Decision on:/ });

test("editorial workflow: invitations, decisions, permissions, re-analysis and conflicts", async ({ browser, page }) => {
  // The admin invites an editor by one-time link and adds a journalist with a password.
  await page.goto("/admin/users");
  const invite = page.locator("section[aria-labelledby=invite-heading]");
  await invite.getByLabel("Email").fill(EDITOR.email);
  await invite.getByLabel("Role").selectOption("editor");
  await invite.getByRole("button", { name: "Create the invitation link" }).click();
  const link = (await invite.locator("code").textContent()) ?? "";
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
  const add = page.locator("section[aria-labelledby=add-heading]");
  await add.getByLabel("Name").fill(JOURNALIST.name);
  await add.getByLabel("Email").fill(JOURNALIST.email);
  await add.getByLabel(/^Initial password/).fill(JOURNALIST.password);
  await add.getByLabel("Role").selectOption("journalist");
  await add.getByRole("button", { name: "Add the person" }).click();
  await expect(page.getByRole("cell", { name: JOURNALIST.email })).toBeVisible();

  // The editor accepts the invitation; the link then stops working.
  const editorContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const editor = await editorContext.newPage();
  await editor.goto(link);
  await editor.getByLabel("Your name").fill(EDITOR.name);
  await editor.getByLabel(/^Password/).fill(EDITOR.password);
  await editor.getByRole("button", { name: "Create my account" }).click();
  await expect(editor.getByText(EDITOR.name)).toBeVisible();
  const reuse = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  await reuse.goto(link);
  await expect(reuse.getByText(/expired or was already used/)).toBeVisible();
  await reuse.close();

  // The admin opens the ambassador discrepancy now, to make a stale edit later.
  await openSample(page);
  await ambassadorRow(page).getByRole("button", { name: "title" }).click();
  await expect(panel(page).getByLabel("Status")).toHaveValue("open");

  // The editor confirms the ambassador discrepancy with a note and dismisses the attribution one.
  await openSample(editor);
  await ambassadorRow(editor).getByRole("button", { name: "title" }).click();
  await panel(editor).getByLabel("Status").selectOption("confirmed");
  await expect(ambassadorRow(editor)).toContainText("confirmed");
  await panel(editor).getByLabel("Add a note").fill("Checked with the embassy: he is still ambassador-designate.");
  await panel(editor).getByRole("button", { name: "Add note" }).click();
  await expect(panel(editor).getByText("Checked with the embassy")).toBeVisible();
  await attributionRow(editor).getByRole("button", { name: "attribution" }).click();
  await panel(editor).getByLabel("Status").selectOption("dismissed");
  await expect(attributionRow(editor)).toContainText("dismissed");

  // The admin's view is stale: their change is refused with the current state, and can be reapplied.
  await panel(page).getByLabel("Status").selectOption("follow_up");
  const conflict = panel(page).getByRole("alert");
  await expect(conflict).toContainText(/^Eda Editor changed this discrepancy at \d{4}-\d\d-\d\d \d\d:\d\d UTC \(now confirmed\)/);
  await panel(page).screenshot({ path: "test-results/conflict.png" });
  await expect(panel(page).getByLabel("Status")).toHaveValue("confirmed");
  await panel(page).getByRole("button", { name: "Keep theirs" }).click();

  // The journalist sees both decisions and the note, can comment, has no status control, and a crafted request is refused.
  const journalist = await signIn(browser, JOURNALIST);
  await openSample(journalist);
  await expect(ambassadorRow(journalist)).toContainText("confirmed");
  await expect(attributionRow(journalist)).toContainText("dismissed");
  await ambassadorRow(journalist).getByRole("button", { name: "title" }).click();
  await expect(panel(journalist).getByText("Checked with the embassy")).toBeVisible();
  await expect(panel(journalist).getByRole("combobox")).toHaveCount(0);
  await panel(journalist).getByLabel("Add a note").fill("Reuters may update the title later today.");
  await panel(journalist).getByRole("button", { name: "Add note" }).click();
  await expect(panel(journalist).getByText("Reuters may update the title")).toBeVisible();
  const fingerprint = ((await ambassadorRow(journalist).getByRole("button", { name: "title" }).getAttribute("id")) ?? "").replace(/^d-/, "");
  const comparisonId = new URL(journalist.url()).pathname.split("/").pop();
  const crafted = await journalist.request.post(`/api/comparisons/${comparisonId}/annotations`, {
    data: { op: "status", fingerprint, status: "dismissed", expectedVersion: 1 },
  });
  expect(crafted.status()).toBe(403);
  // Re-analysing or changing the lines of someone else's comparison: refused with the reason, not a server error.
  const reanalyse = await journalist.request.post(`/api/comparisons/${comparisonId}/reanalyse`, { data: {} });
  expect(reanalyse.status()).toBe(403);
  expect((await reanalyse.json()).error).toMatch(/does not allow this/);
  const line = await journalist.request.post(`/api/comparisons/${comparisonId}/source-lines`, { data: { sourceId: "no-such-source", text: "Advertisement", action: "restore" } });
  expect(line.status()).toBe(404);
  const nobody = await editor.request.post(`/api/comparisons/${comparisonId}/annotations`, { data: { op: "assign", fingerprint, assigneeId: "no-such-person", expectedVersion: 99 } });
  expect(nobody.status()).toBe(400);
  expect((await nobody.json()).error).toMatch(/no account/);
  for (let i = 1; i <= 4; i += 1) {
    const res = await journalist.request.post(`/api/comparisons/${comparisonId}/annotations`, { data: { op: "note", fingerprint, note: `Follow-up call ${i}` } });
    expect(res.status()).toBe(200);
  }
  await journalist.reload();
  await expect(ambassadorRow(journalist)).toContainText("confirmed");
  // The page carries only the latest 5 history entries; the panel loads the 2 older ones when opened.
  await ambassadorRow(journalist).getByRole("button", { name: "title" }).click();
  await expect(panel(journalist).getByText("Follow-up call 4")).toBeVisible();
  await expect(panel(journalist).getByText("Checked with the embassy")).toBeVisible();
  await expect(panel(journalist).locator("ol.history li")).toHaveCount(7);
  await journalist.screenshot({ path: "test-results/journalist-view.png", fullPage: false });

  // The editor exports the report: the PDF holds the title, both outlets, the title discrepancy, its status and the note.
  const pdf = await editor.request.get(`/comparisons/${comparisonId}/report.pdf?status=confirmed&status=open&appendix=1`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  fs.mkdirSync("test-results", { recursive: true });
  const bytes = await pdf.body();
  fs.writeFileSync("test-results/report.pdf", bytes);
  const text = (await pdfText(bytes)).text.replace(/\s+/g, " ");
  for (const expected of [SAMPLE, "UPI", "Reuters", "ambassador-designate", "CONFIRMED", "Checked with the embassy", "Page 1 of"]) expect(text).toContain(expected);
  expect(text).not.toContain("DISMISSED"); // dismissed discrepancies were not asked for
  // The first two pages as pictures, for a person to look at beside the trace.
  const images = await pdfPagesAsPng(bytes, { first: 1, last: 2, scale: 70 / 72 });
  expect(images).toHaveLength(2);
  images.forEach((png, i) => fs.writeFileSync(`test-results/report-page-${i + 1}.png`, png));
  const csv = await editor.request.get(`/comparisons/${comparisonId}/export.csv`);
  const csvText = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.body());
  expect(csvText.startsWith("\uFEFFtype,severity,status,outlets,words,explanation,latest note,assignee")).toBe(true);
  expect(csvText).toContain("confirmed");
  expect(csvText).toContain("dismissed"); // a plain link lists every discrepancy
  // From the export dialog the CSV follows the statuses ticked, as the PDF does: dismissed ones are left out by default.
  await editor.locator("summary", { hasText: "Export a report" }).click();
  const [download] = await Promise.all([editor.waitForEvent("download"), editor.getByRole("button", { name: "CSV", exact: true }).click()]);
  const dialogCsv = fs.readFileSync(await download.path(), "utf8");
  expect(dialogCsv).toContain("confirmed");
  expect(dialogCsv).not.toContain("dismissed");
  const json = await (await editor.request.get(`/comparisons/${comparisonId}/export.json`)).json();
  expect(json.schema).toBe("parallax-export/1");

  // A re-analysis keeps both decisions attached.
  await editor.getByRole("button", { name: "Re-analyse" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Analysing" })).toHaveCount(0, { timeout: 30_000 });
  await editor.reload();
  await expect(ambassadorRow(editor)).toContainText("confirmed");
  await expect(attributionRow(editor)).toContainText("dismissed");
  await expect(editor.locator("section[aria-labelledby=activity-heading]")).toContainText("Eda Editor");
});
