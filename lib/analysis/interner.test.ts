import { expect, test } from "vitest";
import { boundedInterner, interner } from "./interner";

test("an interner gives each string one number, the same every time, and another string another", () => {
  const id = interner();
  const [a, b] = [id("stem:recov"), id("news:find")];
  expect(a).not.toBe(b);
  expect(id("stem:recov")).toBe(a);
  expect(interner()("news:find")).toBe(0);
});

test("a bounded interner starts afresh under a new generation only once it holds more than its limit", () => {
  const ids = boundedInterner(2);
  const [a] = [ids.id("a"), ids.id("b")];
  ids.trim();
  expect(ids.generation()).toBe(0);
  expect(ids.id("a")).toBe(a);
  ids.id("c");
  ids.trim();
  expect(ids.generation()).toBe(1);
  expect(ids.id("c")).toBe(0);
  ids.trim(true);
  expect(ids.generation()).toBe(2);
});
