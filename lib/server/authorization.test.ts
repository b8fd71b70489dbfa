import fs from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor, Role } from "./permissions";

/**
 * The authorization matrix: every mutation x {anonymous, journalist, editor,
 * admin}. A refusal must throw ForbiddenError (401 for anonymous, 403 for a
 * role) and leave the database exactly as it was.
 */
createTestDatabase("authz");

const modules = async () => ({
  db: (await import("@/lib/db")).db,
  perms: await import("./permissions"),
  create: await import("./comparisons/create-comparison"),
  lines: await import("./comparisons/set-source-line"),
  reanalyse: await import("./comparisons/reanalyse-comparison"),
  signOff: await import("./comparisons/sign-off-summary"),
  runs: await import("./comparisons/run-analysis"),
  annotate: await import("./annotations/change-annotation"),
  flag: await import("./annotations/flag-discrepancy"),
  veto: await import("./annotations/veto-claim-group"),
  undoVeto: await import("./annotations/undo-veto"),
  join: await import("./annotations/join-sentences"),
  activeUsers: await import("./users/set-user-active"),
  revoke: await import("./users/revoke-invitation"),
  users: await import("./users/create-user"),
  invite: await import("./users/invite-user"),
  role: await import("./users/change-role"),
  password: await import("./users/change-password"),
  sessions: await import("./users/end-sessions"),
  reset: await import("./users/create-password-reset"),
  rename: await import("./comparisons/rename-comparison"),
  archive: await import("./comparisons/archive-comparison"),
  restore: await import("./comparisons/restore-comparison"),
  remove: await import("./comparisons/delete-comparison"),
  updateSource: await import("./comparisons/update-source"),
});
let m: Awaited<ReturnType<typeof modules>>;
const actors: Record<Exclude<Role, never>, Actor> = {} as Record<Role, Actor>;
let comparisonId = "";
let sourceId = "";
let fingerprint = "";
let journalistOwn = "";
let someoneElse = "";
let matrixInvitation = "";

async function snapshot(): Promise<string> {
  const tables = ["comparison", "source", "annotation", "annotationEvent", "manualFlag", "alignmentVeto", "user", "invitation", "account", "session", "passwordReset"] as const;
  const out: Record<string, unknown> = {};
  for (const t of tables) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- uniform read of every table
    out[t] = await (m.db[t] as any).findMany({ orderBy: { id: "asc" } });
  }
  return JSON.stringify(out, (key, value) => (key === "updatedAt" || key === "analysisProgress" || key === "analysisStatus" ? undefined : value));
}

/** A sentence of each of the first two outlets that no row of the stored analysis holds. */
type SentenceRef = { source: number; sentence: number; text: string };
async function twoSentencesApart(): Promise<{ a: SentenceRef; b: SentenceRef }> {
  const stored = await m.db.analysis.findUniqueOrThrow({ where: { comparisonId }, select: { result: true } });
  const result = JSON.parse(stored.result) as import("@/lib/analysis/types").AnalysisResult;
  const alone = (source: number) =>
    result.sources[source]?.sentences.findIndex((_, i) => !result.claimGroups.some((g) => g.members.some((x) => x.source === source && x.sentences.includes(i)))) ?? -1;
  const ref = (source: number): SentenceRef => ({ source, sentence: alone(source), text: result.sources[source]?.sentences[alone(source)]?.text ?? "" });
  return { a: ref(0), b: ref(1) };
}

beforeAll(async () => {
  m = await modules();
  for (const role of ["journalist", "editor", "admin"] as const) {
    const user = await m.db.$transaction((tx) => m.users.insertUser(tx, { name: role, email: `${role}@example.com`, password: "a-long-password", role }));
    actors[role] = { id: user.id, name: role, email: `${role}@example.com`, role };
  }
  someoneElse = (await m.db.$transaction((tx) => m.users.insertUser(tx, { name: "Someone", email: "someone@example.com", password: "a-long-password", role: "journalist" }))).id;
  const upi = fs.readFileSync("prisma/sample/upi.txt", "utf8");
  const reuters = fs.readFileSync("prisma/sample/reuters.txt", "utf8");
  const input = {
    title: "Seeds",
    sources: [
      { outlet: "UPI", inputKind: "paste" as const, rawInput: upi, text: upi },
      { outlet: "Reuters", inputKind: "paste" as const, rawInput: reuters, text: reuters },
    ],
  };
  ({ id: comparisonId } = await m.create.storeComparison({ input }));
  ({ id: journalistOwn } = await m.create.storeComparison({ input, createdById: actors.journalist.id }));
  sourceId = (await m.db.source.findFirstOrThrow({ where: { comparisonId, position: 0 } })).id;
  fingerprint = (await m.db.discrepancy.findFirstOrThrow({ where: { comparisonId, type: "title", claimGroup: null } })).fingerprint;
  const pair = JSON.stringify([{ outlet: "UPI", text: "A sentence." }, { outlet: "Reuters", text: "Another sentence." }]);
  for (const role of ["editor", "admin"]) await m.db.alignmentVeto.create({ data: { comparisonId, ruling: `matrix-${role}`, pair } });
  matrixInvitation = (await m.db.invitation.create({ data: { email: "matrix@example.com", role: "editor", tokenHash: "matrix", expiresAt: new Date(Date.now() + 3600_000) } })).id;
});

const TINY = "One fact here today.";
/** A small comparison made for one delete (refused deletes leave it; the snapshot is taken after it exists). */
async function disposable(createdById: string) {
  const made = await m.create.storeComparison({ input: { title: "Disposable", sources: [{ outlet: "A", inputKind: "paste", rawInput: TINY, text: TINY }, { outlet: "B", inputKind: "paste", rawInput: TINY, text: TINY }] }, createdById });
  return made.id;
}

type Mutation = {
  name: string;
  allowed: readonly ("journalist" | "editor" | "admin")[];
  /** Made before the "nothing changed" snapshot: what the mutation acts on. */
  prepare?: () => Promise<string>;
  run: (actor: Actor | null, prepared?: string) => Promise<unknown>;
};

const mutations = (): Mutation[] => [
  { name: "create a comparison", allowed: ["journalist", "editor", "admin"], run: (a) => m.create.createComparison(a, { title: "X", sources: [{ outlet: "A", inputKind: "paste", rawInput: "One fact here today.", text: "One fact here today." }, { outlet: "B", inputKind: "paste", rawInput: "One fact here today.", text: "One fact here today." }] }) },
  { name: "leave out a line (someone else's comparison)", allowed: ["editor", "admin"], run: (a) => m.lines.setSourceLine(a, comparisonId, { sourceId, text: "Advertisement", action: "restore" }) },
  { name: "re-analyse (someone else's comparison)", allowed: ["editor", "admin"], run: (a) => m.reanalyse.reanalyseComparison(a, comparisonId) },
  { name: "re-analyse (the journalist's own comparison)", allowed: ["journalist", "editor", "admin"], run: (a) => m.reanalyse.reanalyseComparison(a, journalistOwn) },
  { name: "set a status", allowed: ["editor", "admin"], run: (a) => m.annotate.changeAnnotation(a, comparisonId, { op: "status", fingerprint, status: "confirmed", expectedVersion: 0 }) },
  { name: "assign", allowed: ["editor", "admin"], run: (a) => m.annotate.changeAnnotation(a, comparisonId, { op: "assign", fingerprint, assigneeId: null, expectedVersion: 0 }) },
  { name: "add a note", allowed: ["journalist", "editor", "admin"], run: (a) => m.annotate.changeAnnotation(a, comparisonId, { op: "note", fingerprint, note: "A note." }) },
  {
    name: "flag a missed discrepancy",
    allowed: ["editor", "admin"],
    run: async (a) => {
      const analysis = await m.db.analysis.findUniqueOrThrow({ where: { comparisonId } });
      const sentences = (JSON.parse(analysis.result) as { sources: Array<{ sentences: Array<{ text: string }> }> }).sources[0]?.sentences ?? [];
      const sentence = sentences.findIndex((x) => x.text.includes("Friday"));
      return m.flag.flagDiscrepancy(a, comparisonId, { type: "other", severity: "low", note: "n", spans: [{ source: 0, sentence, text: "Friday" }] });
    },
  },
  { name: "sign off the editor's summary", allowed: ["editor", "admin"], run: (a) => m.signOff.signOffSummary(a, { comparisonId, summary: "Both hold." }) },
  { name: "rename (someone else's comparison)", allowed: ["admin"], run: (a) => m.rename.renameComparison(a, { comparisonId, title: "Seeds" }) },
  { name: "rename (the journalist's own comparison)", allowed: ["journalist", "admin"], run: (a) => m.rename.renameComparison(a, { comparisonId: journalistOwn, title: "Seeds" }) },
  {
    name: "archive and restore (someone else's comparison)",
    allowed: ["admin"],
    run: async (a) => {
      await m.archive.archiveComparison(a, comparisonId);
      await m.restore.restoreComparison(a, comparisonId);
    },
  },
  {
    name: "archive and restore (the journalist's own comparison)",
    allowed: ["journalist", "admin"],
    run: async (a) => {
      await m.archive.archiveComparison(a, journalistOwn);
      await m.restore.restoreComparison(a, journalistOwn);
    },
  },
  { name: "delete (someone else's comparison)", allowed: ["admin"], prepare: () => disposable(someoneElse), run: (a, id) => m.remove.deleteComparison(a, id ?? "") },
  { name: "delete (the journalist's own comparison)", allowed: ["journalist", "admin"], prepare: () => disposable(actors.journalist.id), run: (a, id) => m.remove.deleteComparison(a, id ?? "") },
  {
    name: "correct a source's date and address (someone else's comparison)",
    allowed: ["editor", "admin"],
    run: (a) => m.updateSource.updateSource(a, { comparisonId, sourceId, outlet: "UPI", url: "https://www.upi.com/", publishedAt: "2022-02-25" }),
  },
  { name: "mark a claim group misaligned", allowed: ["editor", "admin"], run: (a) => m.veto.vetoClaimGroup(a, comparisonId, { claimGroup: 0 }) },
  {
    name: "mark two sentences the same claim",
    allowed: ["editor", "admin"],
    run: async (a) => {
      const { a: row, b: sentence } = await twoSentencesApart();
      return m.join.joinSentences(a, comparisonId, { row: [row], sentence });
    },
  },
  // Each allowed role undoes its own ruling, written in beforeAll.
  { name: "undo a 'not the same claim' ruling", allowed: ["editor", "admin"], run: (a) => m.undoVeto.undoVeto(a, comparisonId, { ruling: `matrix-${a?.role ?? "anonymous"}` }) },
  {
    name: "deactivate and reactivate someone",
    allowed: ["admin"],
    run: async (a) => {
      await m.activeUsers.setUserActive(a, { userId: someoneElse, active: false });
      await m.activeUsers.setUserActive(a, { userId: someoneElse, active: true });
    },
  },
  { name: "revoke an invitation", allowed: ["admin"], run: (a) => m.revoke.revokeInvitation(a, matrixInvitation) },
  { name: "add a user", allowed: ["admin"], run: (a) => m.users.createUser(a, { name: "N", email: `n${Math.random()}@example.com`, password: "a-long-password", role: "editor" }) },
  { name: "invite a user", allowed: ["admin"], run: (a) => m.invite.inviteUser(a, { email: `i${Math.random()}@example.com`, role: "editor" }) },
  { name: "change a role", allowed: ["admin"], run: (a) => m.role.changeRole(a, { userId: actors.journalist.id, role: "journalist" }) },
  { name: "make a password link for someone", allowed: ["admin"], run: (a) => m.reset.createPasswordReset(a, someoneElse) },
  { name: "sign someone else out everywhere", allowed: ["admin"], run: (a) => m.sessions.endSessions(a, someoneElse) },
  { name: "sign yourself out everywhere", allowed: ["journalist", "editor", "admin"], run: (a) => m.sessions.endSessions(a, a?.id ?? someoneElse) },
  {
    name: "change your own password",
    allowed: ["journalist", "editor", "admin"],
    run: async (a) => {
      const context = { client: `matrix-${a?.role ?? "anonymous"}`, keepSessionToken: null };
      await m.password.changePassword(a, { currentPassword: "a-long-password", newPassword: "violet-harbour-lanterns" }, context);
      await m.password.changePassword(a, { currentPassword: "violet-harbour-lanterns", newPassword: "a-long-password" }, context);
    },
  },
];

describe("authorization matrix", () => {
  for (const who of ["anonymous", "journalist", "editor", "admin"] as const) {
    test(`${who}: refused mutations throw and change nothing; allowed ones succeed`, async () => {
      for (const mutation of mutations()) {
        const actor = who === "anonymous" ? null : actors[who];
        const allowed = who !== "anonymous" && mutation.allowed.includes(who);
        const prepared = await mutation.prepare?.();
        const before = await snapshot();
        const outcome = await mutation.run(actor, prepared).then(
          () => "ok",
          (error: unknown) => error,
        );
        if (allowed) {
          expect(outcome, `${who} may ${mutation.name}`).toBe("ok");
        } else {
          expect(outcome, `${who} may not ${mutation.name}`).toBeInstanceOf(m.perms.ForbiddenError);
          expect((outcome as InstanceType<typeof m.perms.ForbiddenError>).status).toBe(who === "anonymous" ? 401 : 403);
          expect(await snapshot(), `${who}: ${mutation.name} changed nothing`).toBe(before);
        }
        // Reset the one annotation so the next role starts from a fresh version.
        await m.db.annotationEvent.deleteMany({});
        await m.db.annotation.deleteMany({});
      }
      await (await import("@/lib/testing/analyses")).analyseNow(comparisonId);
      await (await import("@/lib/testing/analyses")).analyseNow(journalistOwn);
    });
  }
});

describe("reading decisions", () => {
  test("a decision's whole history is for signed-in people only; an undecided discrepancy has none", async () => {
    const { readAnnotation } = await import("./annotations/read-annotation");
    const { NotFoundError } = await import("./annotations/errors");
    await m.annotate.changeAnnotation(actors.editor, comparisonId, { op: "note", fingerprint, note: "Checked." });
    const refused = await readAnnotation(null, comparisonId, fingerprint).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(m.perms.ForbiddenError);
    expect((refused as InstanceType<typeof m.perms.ForbiddenError>).status).toBe(401);
    expect((await readAnnotation(actors.journalist, comparisonId, fingerprint)).events.map((e) => e.note)).toEqual(["Checked."]);
    await expect(readAnnotation(actors.journalist, comparisonId, "0000000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });

  test("the page's activity is the latest 25 entries, newest first, with the count of all", async () => {
    const { getComparison } = await import("./comparisons/get-comparison");
    await m.db.annotationEvent.deleteMany({});
    await m.db.annotation.deleteMany({});
    await m.db.alignmentVeto.deleteMany({}); // rulings are activity too: only the 30 notes here
    for (let i = 0; i < 30; i += 1) await m.annotate.changeAnnotation(actors.journalist, comparisonId, { op: "note", fingerprint, note: `note ${i}` });
    const view = await getComparison(actors.journalist, comparisonId);
    expect(view?.activityTotal).toBe(30);
    expect(view?.activity).toHaveLength(25);
    expect(view?.activity[0]?.note).toBe("note 29");
    await m.db.annotationEvent.deleteMany({});
    await m.db.annotation.deleteMany({});
  });
});

describe("decisions survive re-analysis (fingerprints)", () => {
  test("an annotation stays attached when sentences are renumbered, and is kept as 'no longer detected' when its discrepancy goes", async () => {
    const { getComparison } = await import("./comparisons/get-comparison");
    await m.db.alignmentVeto.deleteMany({});
    await (await import("@/lib/testing/analyses")).analyseNow(comparisonId);
    const editor = actors.editor;
    await m.annotate.changeAnnotation(editor, comparisonId, { op: "status", fingerprint, status: "confirmed", expectedVersion: 0 });
    // Restoring the headline adds a sentence at the top: every UPI sentence number shifts.
    const before = await getComparison(editor, comparisonId);
    const sentenceBefore = before?.discrepancies.find((d) => d.fingerprint === fingerprint)?.spans[0]?.sentence;
    await m.lines.setSourceLine(editor, comparisonId, { sourceId, text: "Ukraine ambassador asks South Korea for help against Russian cyberattacks", action: "restore" });
    await (await import("@/lib/testing/analyses")).analyseNow(comparisonId);
    const after = await getComparison(editor, comparisonId);
    const kept = after?.discrepancies.find((d) => d.fingerprint === fingerprint);
    expect(kept?.annotation?.status).toBe("confirmed");
    expect(kept?.spans[0]?.sentence).not.toBe(sentenceBefore);
    // Leaving out the Reuters sentence with "ambassador-designate" removes the discrepancy: the decision is kept as an orphan.
    const reuters = await m.db.source.findFirstOrThrow({ where: { comparisonId, position: 1 } });
    const sentence = after?.result?.sources[1]?.sentences.find((s) => s.text.includes("ambassador-designate"))?.text ?? "";
    await m.lines.setSourceLine(editor, comparisonId, { sourceId: reuters.id, text: sentence, action: "discard" });
    await (await import("@/lib/testing/analyses")).analyseNow(comparisonId);
    const gone = await getComparison(editor, comparisonId);
    expect(gone?.discrepancies.some((d) => d.fingerprint === fingerprint)).toBe(false);
    expect(gone?.orphans.map((o) => [o.status, o.quote])).toEqual([["confirmed", "Ambassador / ambassador-designate"]]);
  });

  test("a stale status change is refused with the current state, and nothing is overwritten", async () => {
    const other = (await m.db.discrepancy.findFirstOrThrow({ where: { comparisonId, type: "number" } })).fingerprint;
    await m.annotate.changeAnnotation(actors.editor, comparisonId, { op: "status", fingerprint: other, status: "confirmed", expectedVersion: 0 });
    const stale = await m.annotate.changeAnnotation(actors.admin, comparisonId, { op: "status", fingerprint: other, status: "dismissed", expectedVersion: 0 }).catch((e: unknown) => e);
    const { ConflictError } = await import("./annotations/errors");
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as InstanceType<typeof ConflictError>).current.status).toBe("confirmed");
    const events = await m.db.annotationEvent.findMany({ where: { annotation: { fingerprint: other } } });
    expect(events.map((e) => [e.fromValue, e.toValue])).toEqual([["open", "confirmed"]]);
  });
});

describe("refusals answer 4xx with a message, never 500", () => {
  const post = (body: unknown) =>
    new Request("http://localhost:3000/api/x", { method: "POST", headers: { "content-type": "application/json", host: "localhost:3000" }, body: JSON.stringify(body) });

  test("assigning a discrepancy to someone without an account: 400, and nothing is written", async () => {
    const { handleJson } = await import("./http");
    const { ZAnnotationChange } = await import("./annotations/types");
    const before = await snapshot();
    const res = await handleJson(post({ op: "assign", fingerprint, assigneeId: "no-such-user", expectedVersion: 0 }), ZAnnotationChange, (change) =>
      m.annotate.changeAnnotation(actors.editor, comparisonId, change),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/no account/);
    expect(await snapshot()).toBe(before);
  });

  test("a refused re-analysis or line change: 403 with the reason; an unknown or foreign source: 404", async () => {
    const { handleJson } = await import("./http");
    const { ZSetSourceLine } = await import("./comparisons/types");
    const { z } = await import("zod");
    const refused = await handleJson(post({}), z.object({}), () => m.reanalyse.reanalyseComparison(actors.journalist, comparisonId));
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatch(/does not allow/);
    const line = { sourceId, text: "Advertisement", action: "restore" };
    const lineRefused = await handleJson(post(line), ZSetSourceLine, (input) => m.lines.setSourceLine(actors.journalist, comparisonId, input));
    expect(lineRefused.status).toBe(403);
    const foreign = await handleJson(post(line), ZSetSourceLine, (input) => m.lines.setSourceLine(actors.editor, journalistOwn, input));
    expect(foreign.status).toBe(404);
    const missing = await handleJson(post({}), z.object({}), () => m.reanalyse.reanalyseComparison(actors.editor, "no-such-comparison"));
    expect(missing.status).toBe(404);
    const tooLong = await handleJson(post({ ...line, text: "x".repeat(20_001) }), ZSetSourceLine, (input) => m.lines.setSourceLine(actors.editor, comparisonId, input));
    expect(tooLong.status).toBe(400);
  });
});
