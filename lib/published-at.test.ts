import { describe, expect, test } from "vitest";
import { formatPublished, parsePublished, publishedFromPage } from "./published-at";

describe("published time", () => {
  test.each([
    ["", null],
    ["2022-02-25", "2022-02-25T00:00:00.000Z"],
    ["2022-02-25 14:30", "2022-02-25T14:30:00.000Z"],
    ["2022-02-25T14:30:15", "2022-02-25T14:30:15.000Z"],
    ["2026-03-10T11:20:00+01:00", "2026-03-10T10:20:00.000Z"],
    ["2026-03-11T06:05:00Z", "2026-03-11T06:05:00.000Z"],
  ])("%j is %j", (input, iso) => {
    const date = parsePublished(input);
    expect(date === null ? null : date?.toISOString()).toBe(iso);
  });

  test.each(["yesterday", "2022-02-30", "25/02/2022", "2022-02-25 25:00", "2022-13-01"])("%j is refused", (input) => {
    expect(parsePublished(input)).toBeUndefined();
  });

  test("a date alone is shown as a date, a time with its zone", () => {
    expect(formatPublished(new Date("2022-02-25T00:00:00Z"))).toBe("2022-02-25");
    expect(formatPublished(new Date("2026-03-10T10:20:00Z"))).toBe("2026-03-10 10:20 UTC");
  });

  test("a page's article:published_time is kept as an instant; anything unusable is dropped", () => {
    expect(publishedFromPage("2026-03-10T11:20:00+01:00")).toBe("2026-03-10T10:20:00.000Z");
    expect(publishedFromPage("March 10")).toBe("");
    expect(publishedFromPage(null)).toBe("");
  });
});
