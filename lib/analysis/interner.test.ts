import { expect, test } from "vitest";
import { interner } from "./interner";

test("an interner gives each string one number, the same every time, and another string another", () => {
  const id = interner();
  const [a, b] = [id("stem:recov"), id("news:find")];
  expect(a).not.toBe(b);
  expect(id("stem:recov")).toBe(a);
  expect(interner()("news:find")).toBe(0);
});
