import { expect, test } from "vitest";
import { formatTime } from "./time";

test.each([
  ["2026-12-02T05:15:42.123Z", "2026-12-02 05:15 UTC"],
  ["2026-12-02T07:15:00+02:00", "2026-12-02 05:15 UTC"], // another zone is said in UTC
  ["not a time", "not a time"],
])("formatTime(%j) is %j", (iso, shown) => {
  expect(formatTime(iso)).toBe(shown);
});
