import { beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

type Module = typeof import("./find-comparisons");
let find: Module["findComparisons"];
let Z: Module["ZFindComparisons"];
let db: typeof import("@/lib/db")["db"];

beforeAll(async () => {
  createTestDatabase("find");
  ({ db } = await import("@/lib/db"));
  ({ findComparisons: find, ZFindComparisons: Z } = await import("./find-comparisons"));
  const make = (title: string, texts: Array<[string, string]>, day: number) =>
    db.comparison.create({
      data: {
        title,
        createdAt: new Date(Date.UTC(2026, 0, day)),
        sources: { create: texts.map(([outlet, text], position) => ({ position, outlet, inputKind: "paste", rawInput: text, extractedText: text })) },
      },
    });
  await make("Council approves budget", [["AP", "The council approved the budget."], ["Reuters", "Budget passes after a filibuster."]], 1);
  await make("Storm hits coast", [["AP", "A storm hit the coast of Brittany."], ["Le Monde", "La tempête a frappé la côte."]], 2);
  await make("Élection à Paris", [["Le Monde", "Les électeurs ont voté dimanche."], ["AFP", "Voters went to the polls."]], 3);
});

const reader = { id: "u1", name: "Reader", email: "r@example.com", role: "journalist" as const };
const q = (params: Record<string, string>) => find(reader, Z.parse(params));

describe("findComparisons", () => {
  test("searches titles and source text by word prefix, accents folded", async () => {
    expect((await q({ q: "filibuster" })).rows.map((r) => r.title)).toEqual(["Council approves budget"]);
    expect((await q({ q: "budg" })).total).toBe(1);
    expect((await q({ q: "election" })).rows.map((r) => r.title)).toEqual(["Élection à Paris"]);
    expect((await q({ q: "tempete cote" })).total).toBe(1);
    expect((await q({ q: "storm council" })).total).toBe(0);
  });

  test("FTS syntax in the query is taken literally, never as operators", async () => {
    for (const text of ['"', "*", "storm OR council", "NEAR(", "budget -council", "title:storm", "'; DROP TABLE Comparison; --"]) {
      await expect(q({ q: text })).resolves.toBeDefined();
    }
    expect((await q({ q: "storm OR council" })).total).toBe(0);
  });

  test("outlet filter, sort and paging; the index follows source edits", async () => {
    expect((await q({ outlet: "Le Monde" })).rows.map((r) => r.title).sort()).toEqual(["Storm hits coast", "Élection à Paris"]);
    expect((await q({ sort: "title", dir: "asc" })).rows.map((r) => r.title)).toEqual(["Council approves budget", "Storm hits coast", "Élection à Paris"]);
    const page2 = await q({ sort: "createdAt", dir: "asc", size: "5", page: "1" });
    expect(page2.rows[0]?.title).toBe("Council approves budget");
    expect(page2.rows[0]?.outlets).toEqual(["AP", "Reuters"]);
    const source = await db.source.findFirstOrThrow({ where: { outlet: "AFP" } });
    await db.source.update({ where: { id: source.id }, data: { extractedText: "Turnout was a record." } });
    expect((await q({ q: "turnout" })).total).toBe(1);
    expect((await q({ q: "polls" })).total).toBe(0);
  });
});

describe("findComparisons: outlet filter, sorts and pages", () => {
  test.each([["le monde"], ["LE MONDE"], ["  Le Monde "], ["Le Monde"]])("the outlet filter %j ignores case and surrounding space", async (outlet) => {
    expect((await q({ outlet })).rows.map((r) => r.title).sort()).toEqual(["Storm hits coast", "Élection à Paris"]);
  });

  test("the outlet filter folds case in any script, and finds a name by its whole words, not by part of a word", async () => {
    const { outletKey, outletMatches } = await import("./find-comparisons");
    expect(outletKey("ÉCHOS du Nord")).toBe(outletKey("échos du nord"));
    expect((await q({ outlet: "monde" })).rows.map((r) => r.title).sort()).toEqual(["Storm hits coast", "Élection à Paris"]);
    expect((await q({ outlet: "mond" })).total).toBe(0);
    expect((await q({ outlet: "Nobody Times" })).rows).toEqual([]);
    expect([outletMatches("Fox News", "fox"), outletMatches("ABC News", "ABC"), outletMatches("ABC News", "abc news"), outletMatches("APTN", "AP"), outletMatches("Fox News", "news fox")]).toEqual([true, true, true, false, false]);
  });

  test("a page past the last shows the last page, never 'page 2 of 1'", async () => {
    expect(await q({ page: "2" })).toMatchObject({ page: 1, pages: 1, total: 3 });
    expect((await q({ page: "2" })).rows).toHaveLength(3);
    expect(await q({ page: "9", size: "5", outlet: "AP" })).toMatchObject({ page: 1, pages: 1, total: 2 });
    expect(await q({ page: "3", outlet: "Nobody" })).toMatchObject({ page: 1, pages: 1, total: 0 });
  });

  test("sorts by who created it and by discrepancies (most high first)", async () => {
    const [council, storm] = await Promise.all(["Council approves budget", "Storm hits coast"].map((title) => db.comparison.findFirstOrThrow({ where: { title } })));
    if (!council || !storm) throw new Error("missing comparisons");
    const span = "[]";
    await db.discrepancy.createMany({
      data: [
        { comparisonId: storm.id, fingerprint: "s1", ordinal: 0, type: "number", severity: "high", explanation: "x", spans: span },
        { comparisonId: council.id, fingerprint: "c1", ordinal: 0, type: "number", severity: "medium", explanation: "x", spans: span },
        { comparisonId: council.id, fingerprint: "c2", ordinal: 1, type: "number", severity: "medium", explanation: "x", spans: span },
      ],
    });
    expect((await q({ sort: "discrepancies", dir: "desc" })).rows.map((r) => r.title)).toEqual(["Storm hits coast", "Council approves budget", "Élection à Paris"]);
    const zoe = await db.user.create({ data: { email: "zoe@example.com", name: "Zoe", role: "editor" } });
    const abe = await db.user.create({ data: { email: "abe@example.com", name: "Abe", role: "editor" } });
    await db.comparison.update({ where: { id: storm.id }, data: { createdById: zoe.id } });
    await db.comparison.update({ where: { id: council.id }, data: { createdById: abe.id } });
    expect((await q({ sort: "createdBy", dir: "desc" })).rows.map((r) => r.createdBy)).toEqual(["Zoe", "Abe", null]);
  });
});

describe("isoDate", () => {
  test("reads the date forms SQLite holds as UTC ISO text", async () => {
    const { isoDate } = await import("./find-comparisons");
    expect(isoDate("2026-01-02 03:04:05")).toBe("2026-01-02T03:04:05.000Z");
    expect(isoDate("2026-01-02T03:04:05.123+00:00")).toBe("2026-01-02T03:04:05.123Z");
    expect(isoDate("2026-01-02T05:04:05.123+02:00")).toBe("2026-01-02T03:04:05.123Z");
    expect(isoDate(Date.UTC(2026, 0, 2, 3, 4, 5))).toBe("2026-01-02T03:04:05.000Z");
    expect(isoDate(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe("2026-01-02T03:04:05.000Z");
  });
});
