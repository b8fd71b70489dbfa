import { expect, test } from "vitest";
import { ZSourceDraft } from "@/lib/server/comparisons/types";
import { isWebAddress } from "./web-address";

const draft = (url: string) => ZSourceDraft.safeParse({ outlet: "A", url, inputKind: "paste", rawInput: "Text.", text: "Text." });

test.each(["javascript:alert(document.cookie)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://example.com/a", "vbscript:msgbox", "//example.com/a", "example.com/a"])(
  "a source's web address %s is refused, and is never a link",
  (url) => {
    expect(isWebAddress(url)).toBe(false);
    const parsed = draft(url);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/starting with https:\/\/ or http:\/\//);
  },
);

test.each(["https://www.reuters.com/world/asia-pacific/", "http://example.org/story?id=1#top", " https://upi.com/a "])("%s is a web address", (url) => {
  expect(draft(url).success).toBe(true);
});

test("no address is fine", () => {
  expect(draft("").success).toBe(true);
});
