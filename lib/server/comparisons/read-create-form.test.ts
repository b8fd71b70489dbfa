import { expect, test } from "vitest";
import { readCreateForm } from "./read-create-form";

function form(sources: number, count = sources): FormData {
  const data = new FormData();
  data.set("title", "Council vote");
  data.set("count", String(count));
  for (let i = 0; i < sources; i += 1) {
    data.set(`outlet-${i}`, `Outlet ${i}`);
    data.set(`mode-${i}`, "paste");
    data.set(`text-${i}`, `The council approved the budget of $${i + 10} million on Tuesday.`);
  }
  return data;
}

test("ten sources are read", async () => {
  const read = await readCreateForm(form(10));
  expect(read.ok && read.input.sources.map((s) => s.outlet)).toEqual(Array.from({ length: 10 }, (_, i) => `Outlet ${i}`));
});

test("eleven sources are refused with a message, not cut to ten", async () => {
  expect(await readCreateForm(form(11))).toEqual({ ok: false, message: "A comparison takes at most 10 sources (this form has 11); split it into several comparisons.", fieldErrors: {} });
  // Fields past a count that claims 10 count too.
  expect((await readCreateForm(form(11, 10))).ok).toBe(false);
});

test("an empty source block is skipped; one source is too few", async () => {
  const data = form(1, 2);
  const read = await readCreateForm(data);
  // No field is marked, so the message says it, not "Please correct the fields marked below.".
  expect(read).toMatchObject({ ok: false, message: "Add at least 2 sources.", fieldErrors: { sources: "Add at least 2 sources." } });
});

test("a javascript: web address is refused on its field", async () => {
  const data = form(2);
  data.set("url-1", "javascript:alert(1)");
  expect(await readCreateForm(data)).toMatchObject({ ok: false, fieldErrors: { "url-1": expect.stringMatching(/https:\/\//) } });
});
