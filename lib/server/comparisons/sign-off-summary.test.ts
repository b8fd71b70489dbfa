import { beforeAll, expect, test } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";
import type { Actor } from "../permissions";

/** The editor's summary: signed off with a name and a time, read back on the comparison, withdrawn with an empty text. */
createTestDatabase("sign-off");
const { db } = await import("@/lib/db");
const { storeComparison } = await import("./create-comparison");
const { signOffSummary } = await import("./sign-off-summary");
const { getComparison } = await import("./get-comparison");
const { NotFoundError } = await import("../annotations/errors");

const editor: Actor = { id: "", name: "Eda Editor", email: "eda@example.com", role: "editor" };
let comparisonId = "";

beforeAll(async () => {
  const { insertUser } = await import("../users/create-user");
  editor.id = (await db.$transaction((tx) => insertUser(tx, { name: editor.name, email: editor.email, password: "a-long-password", role: "editor" }))).id;
  const text = "One fact here today. Another fact here.";
  ({ id: comparisonId } = await storeComparison({ input: { title: "T", sources: [{ outlet: "A", inputKind: "paste", rawInput: text, text }, { outlet: "B", inputKind: "paste", rawInput: text, text }] } }));
});

test("signed off, read back with name and time, withdrawn with an empty text", async () => {
  const at = new Date("2026-12-02T06:00:00.000Z");
  expect(await signOffSummary(editor, { comparisonId, summary: "  Both hold.  " }, at)).toEqual({ text: "Both hold.", signedOffBy: "Eda Editor", signedOffAt: at.toISOString() });
  expect((await getComparison(editor, comparisonId))?.editorSummary).toEqual({ text: "Both hold.", signedOffBy: "Eda Editor", signedOffAt: at.toISOString() });
  expect(await signOffSummary(editor, { comparisonId, summary: "" })).toBeNull();
  expect((await getComparison(editor, comparisonId))?.editorSummary).toBeNull();
  await expect(signOffSummary(editor, { comparisonId: "no-such", summary: "x" })).rejects.toBeInstanceOf(NotFoundError);
});
