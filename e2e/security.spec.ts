import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect } from "@playwright/test";

const HOSTILE = [
  `<script>window.__pwned = "script"</script> The council approved the budget of $12 million on Tuesday.`,
  `<img src="x" onerror="window.__pwned = 'img'"> The mayor said the vote was close.`,
  `<a href="javascript:window.__pwned='link'">Read more</a> Opponents said they would appeal the decision.`,
  `<iframe src="https://example.com"></iframe><style>body{display:none}</style> The budget takes effect in July.`,
].join("\n\n");

test("security headers are sent, with a per-request script nonce", async ({ request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  const csp = first.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["x-frame-options"]).toBe("DENY");
});

test("markup in pasted and uploaded sources is shown as text and never runs", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const html = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "parallax-hostile-")), "hostile.html");
  fs.writeFileSync(
    html,
    `<html><head><title>Council vote</title><script>window.__pwned='upload-head'</script></head><body><article><h1>Council vote</h1>
     <p onmouseover="window.__pwned='handler'">${"The council approved the budget of $15 million on Tuesday after a long debate in the chamber. ".repeat(3)}</p>
     <p>The mayor said the vote was close <script>window.__pwned='upload-body'</script> and <img src=x onerror="window.__pwned='upload-img'"> welcomed it.</p>
     </article></body></html>`,
  );
  await page.goto("/comparisons/new");
  await page.getByLabel("Title").fill("Hostile input");
  await page.getByLabel("Outlet").first().fill("Pasted");
  await page.getByLabel("Article text").first().fill(HOSTILE);
  await page.getByLabel("Outlet").nth(1).fill("Uploaded");
  await page.getByRole("radio", { name: "Upload a file" }).nth(1).check();
  await page.getByLabel(/^File/).first().setInputFiles(html);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hostile input" })).toBeVisible();
  const grid = page.getByRole("table", { name: "Sources side by side" });
  await expect(grid.getByText(`<img src="x" onerror="window.__pwned = 'img'">`, { exact: false })).toBeVisible();
  await grid.getByText("Read more", { exact: false }).first().hover();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.locator("main img, main iframe, main script:not([nonce])").count()).toBe(0);
  expect(dialogs).toEqual([]);
});
