import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "../permissions";

/**
 * The desk's routine (issue #16 item 6): renaming, archiving and deleting a comparison (its owner
 * and admins only), correcting and adding or removing sources with every decision kept, and a
 * person's work lists.
 */
createTestDatabase("routine");

const modules = async () => ({
  db: (await import("@/lib/db")).db,
  perms: await import("../permissions"),
  create: await import("./create-comparison"),
  runs: await import("./run-analysis"),
  find: await import("./find-comparisons"),
  get: await import("./get-comparison"),
  rename: await import("./rename-comparison"),
  archive: await import("./archive-comparison"),
  restore: await import("./restore-comparison"),
  remove: await import("./delete-comparison"),
  addSource: await import("./add-source"),
  removeSource: await import("./remove-source"),
  updateSource: await import("./update-source"),
  annotate: await import("../annotations/change-annotation"),
  work: await import("../annotations/find-my-work"),
  users: await import("../users/create-user"),
});
let m: Awaited<ReturnType<typeof modules>>;
const people: Record<"owner" | "colleague" | "editor" | "admin", Actor> = {} as never;
const upi = fs.readFileSync("prisma/sample/upi.txt", "utf8");
const reuters = fs.readFileSync("prisma/sample/reuters.txt", "utf8");
const TINY = "One fact here today.";

beforeAll(async () => {
  m = await modules();
  for (const [key, role] of [["owner", "journalist"], ["colleague", "journalist"], ["editor", "editor"], ["admin", "admin"]] as const) {
    const user = await m.db.$transaction((tx) => m.users.insertUser(tx, { name: key, email: `${key}@example.com`, password: "a-long-password", role }));
    people[key] = { id: user.id, name: key, email: `${key}@example.com`, role };
  }
});

async function tiny(title: string, createdById: string | null = people.owner.id): Promise<string> {
  const input = { title, sources: [{ outlet: "A", inputKind: "paste" as const, rawInput: TINY, text: TINY }, { outlet: "B", inputKind: "paste" as const, rawInput: TINY, text: TINY }] };
  return (await m.create.storeComparison({ input, createdById })).id;
}

async function refused(run: Promise<unknown>): Promise<number> {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(m.perms.ForbiddenError);
  return (error as InstanceType<typeof m.perms.ForbiddenError>).status;
}

const listed = async (archived: "" | "1") => (await m.find.findComparisons(people.colleague, m.find.ZFindComparisons.parse({ archived }))).rows.map((r) => r.title);

describe("rename, archive, restore, delete: the owner and admins only", () => {
  test("a journalist who is not the owner, and an editor, cannot rename, archive, restore or delete; nothing changes", async () => {
    const id = await tiny("Owner's story");
    const before = await m.db.comparison.findUniqueOrThrow({ where: { id } });
    for (const who of [people.colleague, people.editor]) {
      expect(await refused(m.rename.renameComparison(who, { comparisonId: id, title: "Hijacked" }))).toBe(403);
      expect(await refused(m.archive.archiveComparison(who, id))).toBe(403);
      expect(await refused(m.restore.restoreComparison(who, id))).toBe(403);
      expect(await refused(m.remove.deleteComparison(who, id))).toBe(403);
    }
    expect(await refused(m.remove.deleteComparison(null, id))).toBe(401);
    const after = await m.db.comparison.findUniqueOrThrow({ where: { id } });
    expect([after.title, after.archivedAt, after.updatedAt.getTime()]).toEqual([before.title, null, before.updatedAt.getTime()]);
  });

  test("nobody but an admin manages a comparison with no owner (the sample)", async () => {
    const id = await tiny("Ownerless", null);
    for (const who of [people.owner, people.colleague, people.editor]) expect(await refused(m.archive.archiveComparison(who, id))).toBe(403);
    await m.archive.archiveComparison(people.admin, id);
    await m.restore.restoreComparison(people.admin, id);
  });

  test("the owner renames; the list and its search follow", async () => {
    const id = await tiny("Draft title");
    await m.rename.renameComparison(people.owner, { comparisonId: id, title: "Ferry fire: what each outlet said" });
    const found = await m.find.findComparisons(people.colleague, m.find.ZFindComparisons.parse({ q: "ferry outlet" }));
    expect(found.rows.map((r) => r.id)).toEqual([id]);
  });

  test("archived comparisons leave the default list and are listed under archived until restored, whole", async () => {
    const id = await tiny("To be archived");
    const fingerprint = (await m.db.discrepancy.findFirst({ where: { comparisonId: id } }))?.fingerprint;
    await m.archive.archiveComparison(people.owner, id);
    expect(await listed("")).not.toContain("To be archived");
    expect(await listed("1")).toContain("To be archived");
    await m.archive.archiveComparison(people.owner, id); // twice: still archived, the first date kept
    await m.restore.restoreComparison(people.admin, id);
    expect(await listed("")).toContain("To be archived");
    expect(await listed("1")).not.toContain("To be archived");
    expect((await m.db.discrepancy.findFirst({ where: { comparisonId: id } }))?.fingerprint).toBe(fingerprint);
  });

  test("delete is permanent: sources, analysis, decisions, history and the search entry go", async () => {
    const id = await tiny("Delete me entirely");
    const d = await m.db.discrepancy.findFirst({ where: { comparisonId: id } });
    if (d) await m.annotate.changeAnnotation(people.editor, id, { op: "note", fingerprint: d.fingerprint, note: "gone soon" });
    // Its cached PDF reports go too; another comparison's stay.
    const reports = (await import("../reports/report-cache")).reportCacheDirectory();
    fs.mkdirSync(reports, { recursive: true });
    fs.writeFileSync(path.join(reports, `${id}.0123abcd.pdf`), "%PDF-");
    fs.writeFileSync(path.join(reports, `other${id}.0123abcd.pdf`), "%PDF-");
    expect(await m.remove.deleteComparison(people.owner, id)).toEqual({ title: "Delete me entirely" });
    expect(await m.db.comparison.findUnique({ where: { id } })).toBeNull();
    // (On PostgreSQL the folder is the machine's, shared by other tests: only this comparison's names count.)
    expect(fs.readdirSync(reports).filter((name) => name.includes(id))).toEqual([`other${id}.0123abcd.pdf`]);
    expect(await m.db.source.count({ where: { comparisonId: id } })).toBe(0);
    expect(await m.db.annotation.count({ where: { comparisonId: id } })).toBe(0);
    expect(await m.db.annotationEvent.count({ where: { note: "gone soon" } })).toBe(0);
    expect((await m.find.findComparisons(people.admin, m.find.ZFindComparisons.parse({ q: "entirely" }))).total).toBe(0);
    const { NotFoundError } = await import("../annotations/errors");
    await expect(m.remove.deleteComparison(people.admin, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("sources added, corrected and removed later keep every decision", () => {
  let id = "";
  const statuses = ["confirmed", "dismissed", "follow_up"] as const;

  /** Every annotation of the comparison and whether the current analysis still finds its discrepancy. */
  async function decisions() {
    const view = await m.get.getComparison(people.editor, id);
    const attached = new Map((view?.discrepancies ?? []).filter((d) => d.annotation).map((d) => [d.annotation?.quote ?? "", d.annotation?.status]));
    const orphans = (view?.orphans ?? []).map((o) => o.quote);
    return { attached, orphans, view };
  }

  beforeAll(async () => {
    const input = { title: "Seeds, growing", sources: [{ outlet: "UPI", inputKind: "paste" as const, rawInput: upi, text: upi }, { outlet: "Reuters", inputKind: "paste" as const, rawInput: reuters, text: reuters }] };
    ({ id } = await m.create.storeComparison({ input, createdById: people.owner.id }));
    const found = await m.db.discrepancy.findMany({ where: { comparisonId: id }, orderBy: { ordinal: "asc" } });
    expect(found.length).toBeGreaterThan(5);
    // A decision on every discrepancy, omissions included, and a note on each.
    for (const [i, d] of found.entries()) {
      await m.annotate.changeAnnotation(people.editor, id, { op: "status", fingerprint: d.fingerprint, status: statuses[i % 3] ?? "confirmed", expectedVersion: 0 });
      await m.annotate.changeAnnotation(people.owner, id, { op: "note", fingerprint: d.fingerprint, note: `note ${i}` });
    }
  });

  /** Kept means: every decision is still there, with its status; a decision not attached is one whose discrepancy the engine no longer finds. */
  async function expectAllKept(before: Awaited<ReturnType<typeof decisions>>) {
    const after = await decisions();
    expect(after.attached.size + after.orphans.length).toBe(before.attached.size + before.orphans.length);
    for (const [quote, status] of after.attached) expect(before.attached.get(quote) ?? "orphan", quote).toMatch(new RegExp(`^(${status}|orphan)$`));
    const found = (after.view?.discrepancies ?? []).map((d) => `${d.type}|${d.spans.map((s) => s.text).join(" / ")}`);
    for (const o of after.view?.orphans ?? []) expect(found, `"${o.quote}" is found but not attached`).not.toContain(`${o.type}|${o.quote}`);
    expect(await m.db.annotationEvent.count({ where: { annotation: { comparisonId: id }, kind: "note" } })).toBe(after.attached.size + after.orphans.length);
    return after;
  }

  test("a third source (carrying claims only Reuters carried) keeps every decision, attached to every discrepancy still found", async () => {
    const before = await decisions();
    expect(before.orphans).toEqual([]);
    await m.addSource.addSource(people.owner, id, { outlet: "Wire", inputKind: "paste", rawInput: reuters, text: reuters, url: "", publishedAt: "" });
    await (await import("@/lib/testing/analyses")).analyseNow(id);
    const after = await expectAllKept(before);
    expect(after.view?.sources.map((s) => s.outlet)).toEqual(["UPI", "Reuters", "Wire"]);
    expect(after.view?.result?.sources.map((s) => s.label)).toEqual(["UPI", "Reuters", "Wire"]);
    // The Reuters-only omissions now name Wire too (a new fingerprint), and kept their decisions.
    const widened = after.view?.discrepancies.filter((d) => d.type === "omission" && d.annotation && d.spans.some((s) => s.source === 2)) ?? [];
    expect(widened.length).toBeGreaterThan(0);
    // Given a copy of Reuters, the engine no longer reports two low "other" wording differences between UPI and Reuters: kept, listed as no longer detected.
    expect(after.orphans.length).toBeLessThanOrEqual(2);
  });

  test("an outlet renamed keeps its decisions (and the list of outlets follows); a date with a time is kept and shown in UTC", async () => {
    const before = await decisions();
    const source = await m.db.source.findFirstOrThrow({ where: { comparisonId: id, outlet: "Reuters" } });
    const { reanalysed } = await m.updateSource.updateSource(people.editor, { comparisonId: id, sourceId: source.id, outlet: "Reuters (UK)", url: "https://www.reuters.com/world/", publishedAt: "2022-02-25T09:15:00+01:00" });
    expect(reanalysed).toBe(true);
    await (await import("@/lib/testing/analyses")).analyseNow(id);
    const after = await expectAllKept(before);
    expect([...after.attached.keys()].sort()).toEqual([...before.attached.keys()].sort());
    const shown = after.view?.sources.find((s) => s.id === source.id);
    expect([shown?.outlet, shown?.url, shown?.publishedAt]).toEqual(["Reuters (UK)", "https://www.reuters.com/world/", "2022-02-25 08:15 UTC"]);
    const { InvalidRequestError } = await import("../annotations/errors");
    await expect(m.updateSource.updateSource(people.editor, { comparisonId: id, sourceId: source.id, outlet: "upi", url: "", publishedAt: "" })).rejects.toBeInstanceOf(InvalidRequestError);
  });

  test("a journalist who did not make the comparison cannot change its sources", async () => {
    const source = await m.db.source.findFirstOrThrow({ where: { comparisonId: id, position: 0 } });
    expect(await refused(m.updateSource.updateSource(people.colleague, { comparisonId: id, sourceId: source.id, outlet: "X", url: "", publishedAt: "" }))).toBe(403);
    expect(await refused(m.addSource.addSource(people.colleague, id, { outlet: "Y", inputKind: "paste", rawInput: TINY, text: TINY }))).toBe(403);
    expect(await refused(m.removeSource.removeSource(people.colleague, { comparisonId: id, sourceId: source.id, confirm: "remove" }))).toBe(403);
    expect(await m.db.source.count({ where: { comparisonId: id } })).toBe(3);
  });

  test("removing the third source again: every decision is kept, those found again attached; two sources must stay", async () => {
    const before = await decisions();
    const wire = await m.db.source.findFirstOrThrow({ where: { comparisonId: id, outlet: "Wire" } });
    await m.removeSource.removeSource(people.owner, { comparisonId: id, sourceId: wire.id, confirm: "remove" });
    await (await import("@/lib/testing/analyses")).analyseNow(id);
    const after = await expectAllKept(before);
    expect(after.view?.sources.map((s) => s.outlet)).toEqual(["UPI", "Reuters (UK)"]);
    // Back to the first two sources: the engine finds everything it found at first, and every decision is attached again.
    expect(after.orphans).toEqual([]);
    const { InvalidRequestError } = await import("../annotations/errors");
    const last = await m.db.source.findFirstOrThrow({ where: { comparisonId: id, position: 1 } });
    await expect(m.removeSource.removeSource(people.owner, { comparisonId: id, sourceId: last.id, confirm: "remove" })).rejects.toBeInstanceOf(InvalidRequestError);
  });
});

describe("a person's work", () => {
  test("assigned to me and my follow-ups list the right discrepancies, agree with the navigation's counts, and leave archived comparisons out", async () => {
    const input = { title: "Work, seeds", sources: [{ outlet: "UPI", inputKind: "paste" as const, rawInput: upi, text: upi }, { outlet: "Reuters", inputKind: "paste" as const, rawInput: reuters, text: reuters }] };
    const seeds = (await m.create.storeComparison({ input, createdById: people.owner.id })).id;
    const [a, b, c, d] = await m.db.discrepancy.findMany({ where: { comparisonId: seeds }, orderBy: { ordinal: "asc" }, take: 4 });
    if (!a || !b || !c || !d) throw new Error("the sample has at least 4 discrepancies");
    const colleague = people.colleague.id;
    // a: assigned to the colleague, open. b: assigned to the colleague, follow-up. c: assigned, confirmed (done).
    await m.annotate.changeAnnotation(people.editor, seeds, { op: "assign", fingerprint: a.fingerprint, assigneeId: colleague, expectedVersion: 0 });
    await m.annotate.changeAnnotation(people.editor, seeds, { op: "assign", fingerprint: b.fingerprint, assigneeId: colleague, expectedVersion: 0 });
    await m.annotate.changeAnnotation(people.editor, seeds, { op: "status", fingerprint: b.fingerprint, status: "follow_up", expectedVersion: 1 });
    await m.annotate.changeAnnotation(people.editor, seeds, { op: "assign", fingerprint: c.fingerprint, assigneeId: colleague, expectedVersion: 0 });
    await m.annotate.changeAnnotation(people.editor, seeds, { op: "status", fingerprint: c.fingerprint, status: "confirmed", expectedVersion: 1 });
    // d: follow-up marked by the editor, assigned to nobody: the editor's and the owner's follow-up, not the colleague's.
    await m.annotate.changeAnnotation(people.editor, seeds, { op: "status", fingerprint: d.fingerprint, status: "follow_up", expectedVersion: 0 });
    await m.annotate.changeAnnotation(people.owner, seeds, { op: "note", fingerprint: a.fingerprint, note: "Call the embassy." });

    const here = (rows: Array<{ comparisonId: string; fingerprint: string }>) => rows.filter((r) => r.comparisonId === seeds).map((r) => r.fingerprint);
    const mine = await m.work.findMyWork(people.colleague, "assigned");
    expect(mine.rows.map((r) => r.fingerprint).sort()).toEqual([a.fingerprint, b.fingerprint].sort());
    expect(mine.rows.find((r) => r.fingerprint === a.fingerprint)).toMatchObject({ comparisonTitle: "Work, seeds", status: "open", assignee: "colleague", detected: true, latestNote: { by: "owner", text: "Call the embassy." } });
    expect(here((await m.work.findMyWork(people.colleague, "follow-ups")).rows)).toEqual([b.fingerprint]);
    expect(here((await m.work.findMyWork(people.editor, "follow-ups")).rows)).toEqual([d.fingerprint]);
    expect(here((await m.work.findMyWork(people.owner, "follow-ups")).rows)).toEqual([d.fingerprint]);
    expect((await m.work.findMyWork(people.admin, "assigned")).rows).toEqual([]);
    for (const who of Object.values(people)) {
      const counts = await m.work.countMyWork(who);
      expect(counts.assigned, `${who.name} assigned`).toBe((await m.work.findMyWork(who, "assigned")).total);
      expect(counts["follow-ups"], `${who.name} follow-ups`).toBe((await m.work.findMyWork(who, "follow-ups")).total);
    }
    expect(await m.work.countMyWork(people.colleague)).toEqual({ assigned: 2, "follow-ups": 1 });

    await m.archive.archiveComparison(people.owner, seeds);
    expect(await m.work.countMyWork(people.colleague)).toEqual({ assigned: 0, "follow-ups": 0 });
    expect((await m.work.findMyWork(people.colleague, "assigned")).rows).toEqual([]);
    await m.restore.restoreComparison(people.owner, seeds);
    expect(await m.work.countMyWork(people.colleague)).toEqual({ assigned: 2, "follow-ups": 1 });
    await expect(m.work.findMyWork(null, "assigned")).rejects.toBeInstanceOf(m.perms.ForbiddenError);
  });
});

describe("two discrepancies with the same words in two claims", () => {
  const ledger = `The mayor of Eastbrook resigned on Tuesday after a long dispute with the city council over the harbour budget.
Her deputy, Tom Ellery, will lead the city until a special election is held in the spring.
Ellery told reporters that the harbour project would go ahead as planned despite the dispute.`;
  const courier = ledger.replace("Eastbrook resigned", "Eastbrook reportedly resigned").replace("Ellery told", "Ellery reportedly told");

  test("each keeps its own decision when the outlet is renamed, and when one of them is gone", async () => {
    const input = { title: "Mayor resigns", sources: [{ outlet: "Ledger", inputKind: "paste" as const, rawInput: ledger, text: ledger }, { outlet: "Courier", inputKind: "paste" as const, rawInput: courier, text: courier }] };
    const { id } = await m.create.storeComparison({ input, createdById: people.owner.id });
    const view = async () => m.get.getComparison(people.editor, id);
    const hedges = async () => ((await view())?.discrepancies ?? []).filter((d) => d.type === "hedge").sort((x, y) => (x.claimGroup ?? 0) - (y.claimGroup ?? 0));
    const found = await hedges();
    expect(found.map((d) => d.spans.map((s) => s.text))).toEqual([["reportedly"], ["reportedly"]]);
    expect(new Set(found.map((d) => d.fingerprint)).size).toBe(2);
    const [first, second] = found as [(typeof found)[0], (typeof found)[0]];
    await m.annotate.changeAnnotation(people.editor, id, { op: "status", fingerprint: first.fingerprint, status: "confirmed", expectedVersion: 0 });
    await m.annotate.changeAnnotation(people.editor, id, { op: "status", fingerprint: second.fingerprint, status: "dismissed", expectedVersion: 0 });
    const source = await m.db.source.findFirstOrThrow({ where: { comparisonId: id, outlet: "Courier" } });
    // Renamed twice before the analysis catches up: each rename re-keys from the names of the moment.
    await m.updateSource.updateSource(people.editor, { comparisonId: id, sourceId: source.id, outlet: "Courier Mail", url: "", publishedAt: "" });
    await m.updateSource.updateSource(people.editor, { comparisonId: id, sourceId: source.id, outlet: "The Courier", url: "", publishedAt: "" });
    const { analyseNow } = await import("@/lib/testing/analyses");
    await analyseNow(id);
    expect((await hedges()).map((d) => [d.explanation, d.annotation?.status])).toEqual([
      ["Certainty differs: Ledger does not hedge; The Courier has “reportedly”.", "confirmed"],
      ["Certainty differs: Ledger does not hedge; The Courier has “reportedly”.", "dismissed"],
    ]);
    // The first claim's line left out: its hedge is gone, and its decision with it ("no longer detected");
    // the second's words are no longer shared (another fingerprint) and it keeps its own decision.
    const lines = await import("./set-source-line");
    await lines.setSourceLine(people.editor, id, { sourceId: source.id, text: courier.split("\n")[0] ?? "", action: "discard" });
    await analyseNow(id);
    const left = await hedges();
    expect(left.map((d) => [d.spans[0]?.sentence, d.annotation?.status])).toEqual([[1, "dismissed"]]);
    expect(((await view())?.orphans ?? []).map((o) => [o.type, o.status])).toEqual([["hedge", "confirmed"]]);
  });
});
