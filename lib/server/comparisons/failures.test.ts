import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const databaseUrl = createTestDatabase("failures");
const upi = fs.readFileSync("prisma/sample/upi.txt", "utf8");
const reuters = fs.readFileSync("prisma/sample/reuters.txt", "utf8");
const source = (outlet: string, text: string) => ({ outlet, inputKind: "paste" as const, rawInput: text || " ", text });

let db: typeof import("@/lib/db")["db"];
let create: typeof import("./create-comparison");
let runs: typeof import("./run-analysis");
let annotate: typeof import("../annotations/change-annotation");
const editor = { id: "", name: "Ed", email: "ed@example.com", role: "editor" as const };

beforeAll(async () => {
  ({ db } = await import("@/lib/db"));
  create = await import("./create-comparison");
  runs = await import("./run-analysis");
  annotate = await import("../annotations/change-annotation");
  const { insertUser } = await import("../users/create-user");
  editor.id = (await db.$transaction((tx) => insertUser(tx, { name: "Ed", email: editor.email, password: "a-long-password", role: "editor" }))).id;
});

describe("nothing half-saved", () => {
  test("11 sources, an empty source and a 5 MB source are refused before anything is written", async () => {
    const { ZCreateComparison } = await import("./types");
    const before = await db.comparison.count();
    expect(ZCreateComparison.safeParse({ title: "Too many", sources: Array.from({ length: 11 }, (_, i) => source(`S${i}`, upi)) }).success).toBe(false);
    expect(ZCreateComparison.safeParse({ title: "Empty", sources: [source("A", upi), source("B", "   ")] }).success).toBe(false);
    await expect(create.createComparison(editor, { title: "Huge", sources: [source("A", upi), source("B", "x ".repeat(2_600_000))] })).rejects.toThrow(/the limit is 200,000/);
    expect(await db.comparison.count()).toBe(before);
  });

  test("limits that need the text read are checked before saving: punctuation only, 1,600 sentences, in a small or a large comparison", async () => {
    const before = await db.comparison.count();
    const punctuation = "!!! ??? ... ;;; --- ,,, *** ///";
    await expect(create.createComparison(editor, { title: "Punctuation", sources: [source("A", punctuation), source("B", upi)] })).rejects.toThrow(/no article sentences were found/);
    const many = Array.from({ length: 1_600 }, (_, i) => `Officials counted ${i} boats in the harbour on day ${i}.`).join("\n");
    // 1,600 sentences of about 50 characters: large, so analysed in the background once saved; its limits are checked first all the same.
    await expect(create.createComparison(editor, { title: "Too many sentences", sources: [source("A", many), source("B", upi)] })).rejects.toThrow(/1600 sentences; the limit is 1500/);
    expect(await db.comparison.count()).toBe(before);
  });
});

describe("a failed analysis keeps what was there", () => {
  test("the previous analysis and the decisions stay; the comparison shows the failure; a retry recovers", async () => {
    const { id } = await create.createComparison(editor, { title: "Seeds", sources: [source("UPI", upi), source("Reuters", reuters)] });
    const before = await db.analysis.findUniqueOrThrow({ where: { comparisonId: id } });
    const fingerprint = (await db.discrepancy.findFirstOrThrow({ where: { comparisonId: id, type: "number" } })).fingerprint;
    await annotate.changeAnnotation(editor, id, { op: "status", fingerprint, status: "confirmed", expectedVersion: 0 });
    // Break a source the way a crash mid-way would leave the engine without input.
    const reutersRow = await db.source.findFirstOrThrow({ where: { comparisonId: id, position: 1 } });
    await db.source.update({ where: { id: reutersRow.id }, data: { extractedText: "   " } });
    await (await import("@/lib/testing/analyses")).analyseNow(id);
    const failed = await db.comparison.findUniqueOrThrow({ where: { id } });
    expect(failed.analysisStatus).toBe("failed");
    expect(failed.analysisError).toMatch(/Reuters is empty/);
    expect((await db.analysis.findUniqueOrThrow({ where: { comparisonId: id } })).result).toBe(before.result);
    expect(await db.discrepancy.count({ where: { comparisonId: id, fingerprint } })).toBe(1);
    expect((await db.annotation.findFirstOrThrow({ where: { comparisonId: id, fingerprint } })).status).toBe("confirmed");
    await db.source.update({ where: { id: reutersRow.id }, data: { extractedText: reuters } });
    await (await import("@/lib/testing/analyses")).analyseNow(id);
    expect((await db.comparison.findUniqueOrThrow({ where: { id } })).analysisStatus).toBe("done");
  });
});

describe("a run that has nothing to analyse", () => {
  test("a request for an unknown comparison enqueues nothing; a job whose comparison was deleted settles quietly", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await (await import("@/lib/testing/analyses")).analyseNow("no-such-comparison")).toBe(false);
    const { id } = await create.createComparison(editor, { title: "Deleted", sources: [source("UPI", upi), source("Reuters", reuters)] });
    const { requestAnalysis } = await import("./request-analysis");
    expect(await requestAnalysis(id)).toBe(true);
    await db.comparison.delete({ where: { id } });
    await (await import("@/lib/testing/analyses")).drainAnalyses();
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });
});

describe("several server processes", () => {
  test("a run overtaken by a newer request (another process's) stores nothing; the newer run's result stands", async () => {
    const sources = [source("UPI", upi), source("Reuters", reuters), source("UPI wire", upi), source("Reuters wire", reuters)];
    const { id } = await create.createComparison(editor, { title: "Overtaken", sources });
    const before = await db.analysis.findUniqueOrThrow({ where: { comparisonId: id } });
    const last = await db.source.findFirstOrThrow({ where: { comparisonId: id, position: 3 } });
    await db.source.update({ where: { id: last.id }, data: { extractedText: reuters.split("\n").slice(0, 12).join("\n") } });
    // This process starts a run; once it has read its input, "another process" asks for a newer one.
    const stale = runs.runAnalysis(id);
    while ((await db.comparison.findUniqueOrThrow({ where: { id } })).analysisStatus !== "running") await new Promise((r) => setTimeout(r, 1));
    await db.comparison.update({ where: { id }, data: { inputVersion: { increment: 1 } } });
    await stale;
    const after = await db.comparison.findUniqueOrThrow({ where: { id } });
    expect(after.analysisStatus).toBe("running");
    expect((await db.analysis.findUniqueOrThrow({ where: { comparisonId: id } })).createdAt).toEqual(before.createdAt);
    // The newer request's run stores.
    await (await import("@/lib/testing/analyses")).analyseNow(id);
    const done = await db.comparison.findUniqueOrThrow({ where: { id } });
    expect(done.analysisStatus).toBe("done");
    expect((await db.analysis.findUniqueOrThrow({ where: { comparisonId: id } })).result).not.toBe(before.result);
  });
});

describe("the database under concurrent writers", () => {
  test("two processes writing at once both succeed (SQLite: WAL + busy timeout; PostgreSQL: its own connections)", async () => {
    const { writerScript } = await import("@/lib/testing/another-connection");
    const writer = (n: number) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, ["-e", writerScript(process.env.DATABASE_URL ?? "", `w${n}`, 300)], { stdio: "inherit" });
        child.on("exit", (code) => resolve(code ?? 1));
      });
    expect(await Promise.all([writer(1), writer(2)])).toEqual([0, 0]);
    expect(await db.verification.count({ where: { identifier: "load" } })).toBe(600);
  });

  test("two server processes changing the same discrepancy at once: no SQLITE_BUSY or lost write, every note kept", async () => {
    const { id } = await create.createComparison(editor, { title: "Two processes", sources: [source("UPI", upi), source("Reuters", reuters)] });
    const { fingerprint } = await db.discrepancy.findFirstOrThrow({ where: { comparisonId: id } });
    const worker = (label: string) =>
      new Promise<number>((resolve) => {
        const child = spawn(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "lib/testing/annotate-worker.ts", id, fingerprint, editor.id, label, "40"], {
          env: { ...process.env, DATABASE_URL: databaseUrl },
          stdio: "inherit",
        });
        child.on("exit", (code) => resolve(code ?? 1));
      });
    expect(await Promise.all([worker("first"), worker("second")])).toEqual([0, 0]);
    const events = await db.annotationEvent.findMany({ where: { annotation: { comparisonId: id, fingerprint } } });
    expect(events.filter((e) => e.kind === "note")).toHaveLength(80);
    expect(events.filter((e) => e.kind === "status").length).toBeGreaterThan(0);
  }, 120_000);
});
