import fs from "node:fs";
import { beforeAll, expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "../permissions";

/** "Not the same claim" and its undo, and what Activity says about rulings and assignee changes. */
createTestDatabase("rulings");
const { db } = await import("@/lib/db");
const { insertUser } = await import("../users/create-user");
const { storeComparison } = await import("../comparisons/create-comparison");
const { analyseNow } = await import("@/lib/testing/analyses");
const { getComparison } = await import("../comparisons/get-comparison");
const { vetoClaimGroup } = await import("./veto-claim-group");
const { joinSentences } = await import("./join-sentences");
const { undoVeto } = await import("./undo-veto");
const { describeRuling } = await import("./veto-activity");
const { changeAnnotation } = await import("./change-annotation");
const { ConflictError, InvalidRequestError } = await import("./errors");
const { ForbiddenError } = await import("../permissions");

const actors = {} as Record<"editor" | "journalist" | "admin", Actor>;
let comparisonId = "";

/** The sentences (by outlet and wording) that share a claim group, one string per group. */
async function groups(): Promise<string[]> {
  const view = await getComparison(actors.editor, comparisonId);
  const result = view?.result;
  if (!result) throw new Error("no analysis");
  return result.claimGroups.map((g) => g.members.flatMap((m) => m.sentences.map((i) => `${result.sources[m.source]?.label}:${i}`)).join(" + "));
}

beforeAll(async () => {
  for (const [role, name] of [["editor", "Eda Editor"], ["journalist", "Jo Journalist"], ["admin", "Ada Admin"]] as const) {
    const user = await db.$transaction((tx) => insertUser(tx, { name, email: `${role}@example.com`, password: "a-long-password", role }));
    actors[role] = { id: user.id, name, email: `${role}@example.com`, role };
  }
  const upi = fs.readFileSync("prisma/sample/upi.txt", "utf8");
  const reuters = fs.readFileSync("prisma/sample/reuters.txt", "utf8");
  const sources = [
    { outlet: "UPI", inputKind: "paste" as const, rawInput: upi, text: upi },
    { outlet: "Reuters", inputKind: "paste" as const, rawInput: reuters, text: reuters },
  ];
  ({ id: comparisonId } = await storeComparison({ input: { title: "Sample", sources } }));
});

test("a ruling splits its row, is in Activity with who made it, and undoing it brings the row back", async () => {
  const before = await groups();
  const row = before[0];
  expect(row).toContain(" + ");

  await expect(vetoClaimGroup(actors.journalist, comparisonId, { claimGroup: 0 })).rejects.toThrow(ForbiddenError);
  const { ruling, pairs } = await vetoClaimGroup(actors.editor, comparisonId, { claimGroup: 0 });
  expect(pairs).toBeGreaterThan(0);
  expect(await db.alignmentVeto.count({ where: { comparisonId, ruling, undoneAt: null } })).toBe(pairs);
  await analyseNow(comparisonId);
  expect(await groups()).not.toContain(row);

  const ruled = await getComparison(actors.journalist, comparisonId);
  expect(ruled?.activity[0]).toMatchObject({ kind: "veto", actor: "Eda Editor", ruling });
  expect(ruled?.activity[0]?.quote).toMatch(/^(UPI|Reuters): “.+” \/ (UPI|Reuters): “.+”/);

  await expect(undoVeto(actors.journalist, comparisonId, { ruling })).rejects.toThrow(ForbiddenError);
  expect(await undoVeto(actors.admin, comparisonId, { ruling })).toEqual({ pairs });
  await analyseNow(comparisonId);
  expect(await groups()).toEqual(before);
  await expect(undoVeto(actors.admin, comparisonId, { ruling })).rejects.toThrow(InvalidRequestError);
  await expect(undoVeto(actors.admin, comparisonId, { ruling: "no-such-ruling" })).rejects.toThrow(/was not found/);

  const undone = await getComparison(actors.journalist, comparisonId);
  expect(undone?.activity.slice(0, 2).map((a) => [a.kind, a.actor, a.ruling])).toEqual([
    ["veto-undone", "Ada Admin", null],
    ["veto", "Eda Editor", null], // no longer undoable
  ]);
  // The rows stay as history: the engine is given only rulings not undone.
  expect(await db.alignmentVeto.count({ where: { comparisonId, ruling } })).toBe(pairs);
});

test("'same claim' aligns two sentences the engine left apart, their omissions go, it is in Activity, and undoing it parts them again", async () => {
  const view = await getComparison(actors.editor, comparisonId);
  const result = view?.result;
  if (!result) throw new Error("no analysis");
  const rowsOf = (r: typeof result, source: number, sentence: number) => r.claimGroups.filter((g) => g.members.some((m) => m.source === source && m.sentences.includes(sentence)));
  // A sentence of each outlet that no row holds: what the engine left apart.
  const alone = (source: number) => result.sources[source]?.sentences.findIndex((_, i) => rowsOf(result, source, i).length === 0) ?? -1;
  const ref = (source: number, sentence: number) => ({ source, sentence, text: result.sources[source]?.sentences[sentence]?.text ?? "" });
  const a = ref(0, alone(0));
  const b = ref(1, alone(1));
  expect(a.sentence).toBeGreaterThanOrEqual(0);
  expect(b.sentence).toBeGreaterThanOrEqual(0);
  const before = await groups();

  await expect(joinSentences(actors.journalist, comparisonId, { row: [a], sentence: b })).rejects.toThrow(ForbiddenError);
  await expect(joinSentences(actors.editor, comparisonId, { row: [a], sentence: ref(0, 0) })).rejects.toThrow(/another outlet/);
  await expect(joinSentences(actors.editor, comparisonId, { row: [a], sentence: { source: 1, sentence: 9_999, text: "x" } })).rejects.toThrow(/was not found/);
  // Named by a page loaded before a re-analysis moved the sentences: nothing is stored.
  await expect(joinSentences(actors.editor, comparisonId, { row: [a], sentence: { ...b, text: "A sentence this page once showed there." } })).rejects.toThrow(/re-analysed since/);
  // Sentences that are no row the page shows.
  await expect(joinSentences(actors.editor, comparisonId, { row: [a, ref(0, alone(0) + 1)], sentence: b })).rejects.toThrow(/not one row/);
  const inRow = result.claimGroups[0]?.members;
  const [x, y] = [inRow?.[0], inRow?.[1]];
  if (!x || !y) throw new Error("no two-outlet row");
  await expect(
    joinSentences(actors.editor, comparisonId, { row: [ref(x.source, x.sentences[0] ?? 0)], sentence: ref(y.source, y.sentences[0] ?? 0) }),
  ).rejects.toThrow(/already in this row/);
  expect(await db.alignmentVeto.count({ where: { comparisonId, kind: "join" } })).toBe(0);

  const { ruling, pairs } = await joinSentences(actors.editor, comparisonId, { row: [a], sentence: b });
  expect(pairs).toBe(1);
  await analyseNow(comparisonId);
  const joined = (await getComparison(actors.editor, comparisonId))?.result;
  if (!joined) throw new Error("no analysis");
  const [textA, textB] = [result.sources[0]?.sentences[a.sentence]?.text, result.sources[1]?.sentences[b.sentence]?.text];
  const find = (r: typeof joined, source: number, text: string | undefined) => r.sources[source]?.sentences.findIndex((s) => s.text === text) ?? -1;
  const rows = rowsOf(joined, 0, find(joined, 0, textA));
  expect(rows).toHaveLength(1);
  expect(rows[0]?.members.find((m) => m.source === 1)?.sentences).toContain(find(joined, 1, textB));
  // Neither sentence is "only X carries this claim" any more.
  const omitted = (r: typeof joined) => r.discrepancies.filter((d) => d.type === "omission" && d.spans.some((s) => s.text === textA || s.text === textB)).length;
  expect(omitted(result)).toBeGreaterThan(0);
  expect(omitted(joined)).toBe(0);

  const page = await getComparison(actors.journalist, comparisonId);
  expect(page?.activity[0]).toMatchObject({ kind: "join", actor: "Eda Editor", ruling });
  expect(page?.activity[0]?.quote).toBe(describeRuling([[{ outlet: "UPI", text: textA ?? "" }, { outlet: "Reuters", text: textB ?? "" }]]));

  expect(await undoVeto(actors.editor, comparisonId, { ruling })).toEqual({ pairs: 1 });
  await analyseNow(comparisonId);
  expect(await groups()).toEqual(before);
  expect((await getComparison(actors.journalist, comparisonId))?.activity[0]).toMatchObject({ kind: "join-undone", actor: "Eda Editor", ruling: null });
});

test("a ruling a later one overrides on every pair is listed as overridden, without Undo, until the later one is undone", async () => {
  const result = (await getComparison(actors.editor, comparisonId))?.result;
  if (!result) throw new Error("no analysis");
  const inRow = (source: number, sentence: number) => result.claimGroups.some((g) => g.members.some((m) => m.source === source && m.sentences.includes(sentence)));
  const alone = (source: number) => result.sources[source]?.sentences.findIndex((_, i) => !inRow(source, i)) ?? -1;
  const ref = (source: number, sentence: number) => ({ source, sentence, text: result.sources[source]?.sentences[sentence]?.text ?? "" });
  const { ruling: joined } = await joinSentences(actors.editor, comparisonId, { row: [ref(0, alone(0))], sentence: ref(1, alone(1)) });
  await analyseNow(comparisonId);
  const after = (await getComparison(actors.editor, comparisonId))?.result;
  const row = after?.claimGroups.findIndex((g) => g.members.some((m) => m.source === 0 && m.sentences.some((i) => after.sources[0]?.sentences[i]?.text === ref(0, alone(0)).text))) ?? -1;
  expect(row).toBeGreaterThanOrEqual(0);
  // "Not the same claim" on the row the ruling made: it names the joined pair again, and stands.
  const { ruling: parted } = await vetoClaimGroup(actors.editor, comparisonId, { claimGroup: row });
  await analyseNow(comparisonId);
  const entry = async (kind: string) => (await getComparison(actors.editor, comparisonId))?.activity.find((a) => a.kind === kind && a.id.endsWith(kind === "join" ? joined : parted));
  expect(await entry("join")).toMatchObject({ ruling: null, overridden: true });
  expect(await entry("veto")).toMatchObject({ ruling: parted, overridden: false });
  await undoVeto(actors.editor, comparisonId, { ruling: parted });
  expect(await entry("join")).toMatchObject({ ruling: joined, overridden: false });
  await undoVeto(actors.editor, comparisonId, { ruling: joined });
  await analyseNow(comparisonId);
});

/** The sample's UPI and Reuters articles and a third outlet's text, stored and analysed; returns its id. */
async function withThirdOutlet(title: string, outlet: string, text: string): Promise<string> {
  const paste = (name: string, body: string) => ({ outlet: name, inputKind: "paste" as const, rawInput: body, text: body });
  const { id } = await storeComparison({
    input: { title, sources: [paste("UPI", fs.readFileSync("prisma/sample/upi.txt", "utf8")), paste("Reuters", fs.readFileSync("prisma/sample/reuters.txt", "utf8")), paste(outlet, text)] },
  });
  return id;
}

/** A comparison's current analysis, as an editor reads it. */
async function analysisOf(id: string) {
  const result = (await getComparison(actors.editor, id))?.result;
  if (!result) throw new Error("no analysis");
  return result;
}

test("a second 'same claim' into a row pairs its sentence with the row's own sentences, not with one an editor placed there: undoing the first takes that one out", async () => {
  const id = await withThirdOutlet("Three outlets", "Wire", "Grain exports through the Black Sea ports stopped this week.\n\nThe port authority said ships were turned away.");
  const read = () => analysisOf(id);
  const result = await read();
  const rowsOf = (r: typeof result, source: number, text: string) =>
    r.claimGroups.filter((g) => g.members.some((m) => m.source === source && m.sentences.some((i) => r.sources[source]?.sentences[i]?.text === text)));
  const alone = (source: number) => result.sources[source]?.sentences.find((s) => rowsOf(result, source, s.text).length === 0)?.text ?? "";
  const [a, b, w] = [alone(0), alone(1), alone(2)];
  expect([a, b, w].every(Boolean)).toBe(true);
  const ref = (r: typeof result, source: number, text: string) => ({ source, sentence: r.sources[source]?.sentences.findIndex((s) => s.text === text) ?? -1, text });

  const first = await joinSentences(actors.editor, id, { row: [ref(result, 0, a)], sentence: ref(result, 1, b) });
  await analyseNow(id);
  const joined = await read();
  const row = rowsOf(joined, 0, a)[0];
  expect(row?.members.map((m) => m.source)).toEqual([0, 1]);
  const second = await joinSentences(actors.editor, id, { row: [ref(joined, 0, a), ref(joined, 1, b)], sentence: ref(joined, 2, w) });
  // Paired with UPI's sentence only: Reuters's is in the row by the first ruling.
  expect(second.pairs).toBe(1);
  await analyseNow(id);
  const both = await read();
  expect(rowsOf(both, 2, w)[0]?.members.map((m) => m.source)).toEqual([0, 1, 2]);

  await undoVeto(actors.editor, id, { ruling: first.ruling });
  await analyseNow(id);
  const undone = await read();
  expect(rowsOf(undone, 2, w)[0]?.members.map((m) => m.source)).toEqual([0, 2]);
  expect(rowsOf(undone, 1, b)).toEqual([]);
});

test("'not this claim' takes one outlet's sentences out of a row of three, the others stay a row; a page older than the last re-analysis rules on nothing", async () => {
  const id = await withThirdOutlet("Three outlets, one a copy", "Copy", fs.readFileSync("prisma/sample/reuters.txt", "utf8"));
  const read = () => analysisOf(id);
  const result = await read();
  const index = result.claimGroups.findIndex((g) => g.members.length === 3);
  const group = result.claimGroups[index];
  if (!group) throw new Error("no row of three outlets");
  const row = group.members.flatMap((m) => m.sentences.map((sentence) => ({ source: m.source, sentence, text: result.sources[m.source]?.sentences[sentence]?.text ?? "" })));
  const texts = (source: number) => row.filter((r) => r.source === source).map((r) => r.text);

  await expect(vetoClaimGroup(actors.editor, id, { claimGroup: index, row: row.slice(1) })).rejects.toThrow(/re-analysed since/);
  await expect(vetoClaimGroup(actors.editor, id, { claimGroup: index, row, source: 7 })).rejects.toThrow(/no sentence in this row/);
  const { pairs } = await vetoClaimGroup(actors.editor, id, { claimGroup: index, row, source: 2 });
  expect(pairs).toBe(texts(2).length * (texts(0).length + texts(1).length));
  await analyseNow(id);
  const after = await read();
  const holding = (source: number, text: string | undefined) =>
    after.claimGroups.filter((g) => g.members.some((m) => m.source === source && m.sentences.some((i) => after.sources[source]?.sentences[i]?.text === text)));
  const kept = holding(0, texts(0)[0]);
  expect(kept.some((g) => g.members.some((m) => m.source === 1 && m.sentences.some((i) => texts(1).includes(after.sources[1]?.sentences[i]?.text ?? ""))))).toBe(true);
  expect(kept.every((g) => g.members.every((m) => m.source !== 2 || !m.sentences.some((i) => texts(2).includes(after.sources[2]?.sentences[i]?.text ?? ""))))).toBe(true);
});

test.each([
  [[[{ outlet: "UPI", text: "He asked for help." }, { outlet: "Reuters", text: "He asked Seoul." }]], "UPI: “He asked for help.” / Reuters: “He asked Seoul.”"],
  [
    [
      [{ outlet: "A", text: "One." }, { outlet: "B", text: "Two." }],
      [{ outlet: "A", text: "One." }, { outlet: "C", text: "Three." }],
    ],
    "A: “One.” / B: “Two.” / C: “Three.”",
  ],
  [[[{ outlet: "A", text: "x".repeat(120) }, { outlet: "B", text: "y" }]], `A: “${"x".repeat(89)}…” / B: “y”`],
])("describeRuling names each sentence once, shortened", (pairs, said) => {
  expect(describeRuling(pairs)).toBe(said);
});

test("an assignee change says from whom to whom; a stale change names who made the newer one", async () => {
  const fingerprint = (await db.discrepancy.findFirstOrThrow({ where: { comparisonId } })).fingerprint;
  await changeAnnotation(actors.editor, comparisonId, { op: "assign", fingerprint, assigneeId: actors.journalist.id, expectedVersion: 0 });
  const view = await changeAnnotation(actors.admin, comparisonId, { op: "assign", fingerprint, assigneeId: actors.editor.id, expectedVersion: 1 });
  expect(view.events.map((e) => [e.actor, e.from, e.to])).toEqual([
    ["Eda Editor", "nobody", "Jo Journalist"],
    ["Ada Admin", "Jo Journalist", "Eda Editor"],
  ]);
  const page = await getComparison(actors.journalist, comparisonId);
  expect(page?.activity[0]).toMatchObject({ kind: "assign", actor: "Ada Admin", from: "Jo Journalist", to: "Eda Editor" });

  const { setUserActive } = await import("../users/set-user-active");
  await setUserActive(actors.admin, { userId: actors.journalist.id, active: false });
  await expect(changeAnnotation(actors.admin, comparisonId, { op: "assign", fingerprint, assigneeId: actors.journalist.id, expectedVersion: 2 })).rejects.toThrow(/Jo Journalist is deactivated/);
  await setUserActive(actors.admin, { userId: actors.journalist.id, active: true });

  const stale = await changeAnnotation(actors.editor, comparisonId, { op: "status", fingerprint, status: "confirmed", expectedVersion: 1 }).catch((e: unknown) => e);
  expect(stale).toBeInstanceOf(ConflictError);
  expect((stale as Error).message).toMatch(/^Ada Admin changed this discrepancy at \d{4}-\d\d-\d\d \d\d:\d\d UTC \(now open, assigned to Eda Editor\)/);
});
