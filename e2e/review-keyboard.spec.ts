import fs from "node:fs";
import { test, expect, type Page } from "@playwright/test";
import { pdfPagesAsPng, pdfText } from "../lib/testing/pdf";
import { seedSample } from "./desk";
import { seedOrphanDecision } from "./seed";

const SAMPLE = "Ukraine asks South Korea for help against Russian cyberattacks";
const panel = (page: Page) => page.getByRole("region", { name: /^Decision on:/ });
const list = (page: Page) => page.locator("section[aria-labelledby=discrepancies-heading]");
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return { tag: el?.tagName ?? "", text: (el?.textContent ?? "").trim().slice(0, 80), id: el?.id ?? "", inPanel: Boolean(el?.closest("[aria-label^='Decision on:']")) };
});

test("Tab presses from the top of the sample comparison to its first discrepancy's decision: under 10", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: SAMPLE }).click();
  await expect(page.getByRole("table", { name: "Sources side by side" })).toBeVisible();
  // A fresh load of the comparison's address: nothing focused, the top of the page.
  await page.goto(page.url());
  await expect(page.getByRole("table", { name: "Sources side by side" })).toBeVisible();
  const firstType = (await list(page).getByRole("row").nth(1).getByRole("button").first().textContent()) ?? "";
  // From the top: focus on the document, as after loading the page.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  const trail: string[] = [];
  let tabs = 0;
  let enters = 0;
  for (; tabs < 40; ) {
    await page.keyboard.press("Tab");
    tabs += 1;
    const now = await focused(page);
    trail.push(`Tab → ${now.tag} “${now.text.slice(0, 40)}”`);
    if (now.inPanel && now.tag === "SELECT") break;
    // A skip link is followed, as a keyboard user would.
    if (now.tag === "A" && /^Skip to/.test(now.text)) {
      await page.keyboard.press("Enter");
      enters += 1;
      const after = await focused(page);
      trail.push(`Enter → ${after.tag} “${after.text.slice(0, 40)}”`);
    }
  }
  console.log(trail.join("\n"));
  console.log(`Tab presses from the top of the sample to its first discrepancy's decision: ${tabs} (and ${enters} Enter on skip links)`);
  expect((await focused(page)).inPanel).toBe(true);
  await expect(panel(page).getByLabel("Status")).toBeFocused();
  await expect(panel(page).getByRole("heading", { level: 3 })).toContainText(firstType);
  expect(tabs).toBeLessThan(10);
});

test("the first j goes from the discrepancy the panel shows to the next, so a decision lands where the editor is looking", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const id = await seedSample("First j");
  await page.goto(`/comparisons/${id}`);
  await expect(page.getByText(/^Discrepancy 1 of \d+/)).toBeVisible();
  const shownFirst = (await panel(page).getByRole("heading", { level: 3 }).textContent()) ?? "";
  // Keys work once the page is hydrated: on a loaded machine a key pressed at once can be lost.
  await expect(async () => {
    if (await page.getByText(/^Discrepancy 1 of \d+/).isVisible()) await page.keyboard.press("j");
    await expect(page.getByText(/^Discrepancy 2 of \d+/)).toBeVisible({ timeout: 1500 });
  }).toPass({ timeout: 20_000 });
  await expect(panel(page).getByRole("heading", { level: 3 })).not.toHaveText(shownFirst);
  await page.keyboard.press("k");
  await expect(page.getByText(/^Discrepancy 1 of \d+/)).toBeVisible();
  await expect(panel(page).getByRole("heading", { level: 3 })).toHaveText(shownFirst);
});

test("review by keyboard only: first discrepancy to the exported PDF, the row and its decision side by side", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const id = await seedSample("Keyboard review");
  await page.goto(`/comparisons/${id}`);
  await expect(page.getByRole("table", { name: "Sources side by side" })).toBeVisible();
  const items = list(page).getByRole("row");
  const typeOf = async (n: number) => ((await items.nth(n).getByRole("button").first().textContent()) ?? "").trim();
  const [first, second, third] = [await typeOf(1), await typeOf(2), await typeOf(3)];

  // Into the review with the skip links.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to the decision on the first discrepancy" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(panel(page).getByRole("heading", { level: 3 })).toBeFocused();
  await expect(panel(page).getByRole("heading", { level: 3 })).toContainText(first);
  await expect(page.getByText(/^Discrepancy 1 of \d+/)).toBeVisible();

  // c confirms; the list says so.
  await page.keyboard.press("c");
  await expect(panel(page).getByLabel("Status")).toHaveValue("confirmed");
  await expect(items.nth(1)).toContainText("confirmed");

  // j: the next one; its row is highlighted and on screen beside the panel; focus is in the panel.
  await page.keyboard.press("j");
  await expect(panel(page).getByRole("heading", { level: 3 })).toContainText(second);
  await expect(panel(page).getByRole("heading", { level: 3 })).toBeFocused();
  const selected = page.locator(".grid .row.selected");
  await expect(selected).toBeInViewport();
  await expect(panel(page)).toBeInViewport();
  const rowBox = (await selected.boundingBox())!;
  const panelBox = (await panel(page).boundingBox())!;
  expect(panelBox.x).toBeGreaterThan(rowBox.x + rowBox.width - 2); // beside the row, to its right
  await page.screenshot({ path: "test-results/desk-keyboard-1440.png" });
  await page.keyboard.press("d");
  await expect(panel(page).getByLabel("Status")).toHaveValue("dismissed");

  // j, f: needs follow-up; a: assigned to me; n: a note, added with Ctrl+Enter.
  await page.keyboard.press("j");
  await expect(panel(page).getByRole("heading", { level: 3 })).toContainText(third);
  await page.keyboard.press("f");
  await expect(panel(page).getByLabel("Status")).toHaveValue("follow_up");
  await page.keyboard.press("a");
  await expect.poll(() => panel(page).getByLabel("Assignee").evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe("Ada Admin");
  await page.keyboard.press("n");
  await expect(panel(page).getByLabel("Add a note")).toBeFocused();
  await page.keyboard.type("Call the embassy before we run this.");
  await page.keyboard.press("Control+Enter");
  await expect(panel(page).getByText("Call the embassy before we run this.")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(panel(page).getByRole("heading", { level: 3 })).toBeFocused();

  // k goes back; the earlier decision is there.
  await page.keyboard.press("k");
  await expect(panel(page).getByLabel("Status")).toHaveValue("dismissed");

  // ? lists the keys.
  await page.keyboard.press("?");
  const keys = page.getByRole("dialog", { name: "Review keys" });
  await expect(keys).toBeVisible();
  for (const k of ["j / k", "c", "d", "f", "a", "n", "e"]) await expect(keys.getByText(k, { exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(keys).toBeHidden();

  // e opens the export; Tab to "Open the PDF report", Enter: the PDF opens in a new tab.
  await page.keyboard.press("e");
  await expect(page.getByRole("checkbox", { name: "open", exact: true })).toBeFocused();
  let presses = 0;
  while (!(await page.getByRole("button", { name: "Open the PDF report" }).evaluate((b) => b === document.activeElement)) && presses < 12) {
    await page.keyboard.press("Tab");
    presses += 1;
  }
  const popupPromise = page.waitForEvent("popup");
  await page.keyboard.press("Enter");
  const popup = await popupPromise;
  const url = popup.url() === "about:blank" ? (await popup.waitForURL(/report\.pdf/), popup.url()) : popup.url();
  expect(url).toMatch(/\/comparisons\/[^/]+\/report\.pdf\?status=open&status=confirmed&status=follow_up/);
  const pdf = await page.request.get(url);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const bytes = await pdf.body();
  fs.writeFileSync("test-results/desk-keyboard.pdf", bytes);
  const text = (await pdfText(bytes)).text.replace(/\s+/g, " ");
  for (const expected of ["Keyboard review", "CONFIRMED", "NEEDS FOLLOW-UP", "Assigned to Ada Admin", "Call the embassy before we run this."]) expect(text).toContain(expected);
  expect(text).not.toContain("DISMISSED");
});

test("the editor's summary is signed off on the page and opens the PDF; a decision no longer detected is listed", async ({ page }) => {
  const id = await seedSample("Signed off");
  await seedOrphanDecision(id, { fingerprint: "0123456789abcdef", type: "number", quote: "UPI: 12 injured / Reuters: 14 injured", status: "follow_up", note: "Police count pending." });
  await page.goto(`/comparisons/${id}`);
  const summary = page.locator("section[aria-labelledby=summary-heading]");
  await summary.getByLabel("What the desk concluded").fill("Both reports hold; UPI's title for Ponomarenko is out of date.");
  await summary.getByRole("button", { name: "Sign off the summary" }).click();
  await expect(summary.getByRole("status")).toHaveText("Summary signed off.");
  await expect(summary).toContainText("Signed off by Ada Admin on");
  await expect(page.locator("section[aria-labelledby=orphans-heading]")).toContainText("Police count pending.");
  const pdf = await page.request.get(`/comparisons/${id}/report.pdf`);
  const bytes = await pdf.body();
  const text = (await pdfText(bytes)).text.replace(/\s+/g, " ");
  const first = text.slice(0, text.indexOf("Page 2 of") > 0 ? text.indexOf("Page 2 of") : text.length);
  expect(first).toContain("Both reports hold; UPI's title for Ponomarenko is out of date.");
  expect(first).toMatch(/Signed off by Ada Admin on \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
  expect(text).toContain("No longer detected");
  expect(text).toContain("UPI: 12 injured / Reuters: 14 injured");
  expect(text).toContain("Police count pending.");
  const [page1] = await pdfPagesAsPng(bytes, { first: 1, last: 1, scale: 90 / 72 });
  fs.writeFileSync("test-results/desk-report-page-1.png", page1!);
  const images = await pdfPagesAsPng(bytes, { first: 1, last: 20, scale: 70 / 72 });
  fs.writeFileSync("test-results/desk-report-last-page.png", images[images.length - 1]!);
});
