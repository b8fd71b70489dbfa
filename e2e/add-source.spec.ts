import { test, expect } from "@playwright/test";
import { analysed, createPasted, decide, decisionPanel, discrepancyRow, sampleText, screenshots } from "./routine";

const TITLE = "Three outlets: Ukraine asks South Korea for help";

test("a third source added to an existing comparison keeps every decision; an outlet's date and address are corrected", async ({ page }) => {
  const url = await createPasted(page, TITLE);
  await decide(page, "ambassador-designate", "title", "confirmed");
  await decisionPanel(page).getByLabel("Add a note").fill("Checked with the embassy.");
  await decisionPanel(page).getByRole("button", { name: "Add note" }).click();
  await expect(decisionPanel(page).getByText("Checked with the embassy.")).toBeVisible();
  await decide(page, "hundreds of organizations", "number", "dismissed");
  // A claim only Reuters carries: the third outlet carries it too, so the omission will name both.
  await decide(page, "Ukraine accounts for only around 0.1%", "omission", "follow_up");

  await page.getByRole("link", { name: "Edit outlets, add or remove a source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
  const add = page.getByRole("group", { name: "Add a source" });
  await add.getByLabel("Outlet").fill("Wire");
  await add.getByLabel("Web address (optional)").fill("https://wire.example/world/ukraine-korea");
  await add.getByLabel("Article text").fill(sampleText("reuters"));
  await add.getByRole("button", { name: "Add and analyse again" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Wire was added" })).toBeVisible();
  await analysed(page);

  // An outlet's date (with a time) corrected in place.
  const upi = page.getByRole("group", { name: "UPI", exact: true });
  await upi.getByLabel("Published").fill("2022-02-25 14:30");
  await upi.getByRole("button", { name: "Save" }).click();
  await expect(upi.getByRole("status")).toHaveText("Saved.");
  await screenshots(page, "sources-page");

  await page.goto(url);
  await analysed(page);
  await expect(page.locator(".sources-meta")).toContainText("Wire");
  await expect(page.locator(".sources-meta")).toContainText("Published 2022-02-25 14:30 UTC");
  await expect(page.getByRole("link", { name: "Wire: original article (opens in a new tab)" })).toHaveAttribute("href", "https://wire.example/world/ukraine-korea");
  await expect(page.getByRole("table", { name: "Sources side by side" })).toContainText("Wire");
  await screenshots(page, "comparison-three-sources", { fullPage: false });
  // Every decision kept, on its discrepancy; none lost to "no longer detected".
  // The UPI-Reuters differences keep their decisions; the same differences with Wire are new, and open.
  await expect(discrepancyRow(page, "Reuters: “ambassador-designate”", "title")).toContainText("confirmed");
  await expect(discrepancyRow(page, "Wire: “ambassador-designate”", "title")).toContainText("open");
  await expect(discrepancyRow(page, "Reuters: “hundreds of computers”", "number")).toContainText("dismissed");
  const omission = discrepancyRow(page, "Ukraine accounts for only around 0.1%", "omission");
  await expect(omission).toContainText("needs follow-up");
  await expect(omission).toContainText("Wire");
  await expect(page.getByRole("heading", { name: "No longer detected" })).toHaveCount(0);
  await discrepancyRow(page, "Reuters: “ambassador-designate”", "title").getByRole("button", { name: "title" }).click();
  await expect(decisionPanel(page).getByText("Checked with the embassy.")).toBeVisible();
});
