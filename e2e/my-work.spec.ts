import { test, expect } from "@playwright/test";
import { addPerson, createPasted, decide, decisionPanel, discrepancyRow, screenshots, signIn, type Person } from "./routine";

const REPORTER: Person = { name: "Rae Reporter", email: "reporter@parallax.test", password: "reporter-password-1", role: "journalist" };
const TITLE = "Assignments: Ukraine asks South Korea for help";

test("an assignee finds their work in “Assigned to me” and “My follow-ups”, with counts in the navigation", async ({ page, browser }) => {
  await addPerson(page, REPORTER);
  await createPasted(page, TITLE);
  // The admin assigns two discrepancies to the reporter (one needing follow-up, with a note) and decides a third for nobody.
  await decide(page, "ambassador-designate", "title", "follow_up", REPORTER.name);
  await discrepancyRow(page, "press conference", "attribution").getByRole("button", { name: "attribution" }).click();
  await decisionPanel(page).getByLabel("Assignee").selectOption({ label: REPORTER.name });
  await expect(decisionPanel(page).getByLabel("Assignee")).toBeEnabled();
  await decisionPanel(page).getByLabel("Add a note").fill("Ask Yonhap which briefing it was.");
  await decisionPanel(page).getByRole("button", { name: "Add note" }).click();
  await expect(decisionPanel(page).getByText("Ask Yonhap which briefing it was.")).toBeVisible();
  await decide(page, "hundreds of organizations", "number", "confirmed");

  // The reporter signs in: the navigation says how much is theirs.
  const reporter = await signIn(browser, REPORTER);
  const nav = reporter.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Assigned to me 2" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "My follow-ups 1" })).toBeVisible();
  await nav.getByRole("link", { name: /^Assigned to me/ }).click();
  await expect(reporter.getByRole("heading", { level: 1, name: "Assigned to me" })).toBeVisible();
  const assigned = reporter.getByRole("table", { name: "Assigned to me: 2 discrepancies" });
  await expect(assigned.getByRole("row")).toHaveCount(3); // the header and two
  const title = assigned.getByRole("row").filter({ hasText: "ambassador-designate" });
  await expect(title).toContainText("needs follow-up");
  await expect(title).toContainText(TITLE);
  const attribution = assigned.getByRole("row").filter({ hasText: "press conference" });
  await expect(attribution).toContainText("open");
  await expect(attribution).toContainText("Ada Admin: Ask Yonhap which briefing it was.");
  await expect(assigned.getByText("hundreds of organizations")).toHaveCount(0); // decided, but not theirs
  await screenshots(reporter, "my-work-assigned");

  await reporter.getByRole("navigation", { name: "My work" }).getByRole("link", { name: "My follow-ups" }).click();
  await expect(reporter.getByRole("heading", { level: 1, name: "My follow-ups" })).toBeVisible();
  const followUps = reporter.getByRole("table", { name: "My follow-ups: 1 discrepancy" });
  await expect(followUps.getByRole("row").filter({ hasText: "ambassador-designate" })).toContainText("needs follow-up");
  await expect(followUps.getByRole("row").filter({ hasText: "ambassador-designate" })).toContainText(REPORTER.name); // follow-ups say whose they are
  await screenshots(reporter, "my-work-follow-ups");

  // Each item leads to its discrepancy on the comparison.
  await followUps.getByRole("link", { name: /ambassador-designate/ }).click();
  await expect(reporter.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(reporter).toHaveURL(/\/comparisons\/[^/#]+#d-[0-9a-f]{16}$/);
  await expect(discrepancyRow(reporter, "ambassador-designate", "title")).toContainText("needs follow-up");

  // The admin has nothing assigned.
  await page.goto("/my-work");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Assigned to me 0" })).toBeVisible();
  await expect(page.getByText("Nothing is assigned to you right now.")).toBeVisible();
});
