import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { extractArticle, NotAnArticleError } from "./html";

const DATA = path.resolve("..", "shared", "data", "readability");
const pages = fs.existsSync(DATA) ? fs.readdirSync(DATA).filter((d) => fs.existsSync(path.join(DATA, d, "source.html"))) : [];

describe("extractArticle on real news pages (../shared/data/readability)", () => {
  test("the data is there", () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });
  for (const page of ["bbc-1", "guardian-1", "nytimes-1", "wapo-1"]) {
    test(`${page}: title and body text`, () => {
      const html = fs.readFileSync(path.join(DATA, page, "source.html"), "utf8");
      const expected = JSON.parse(fs.readFileSync(path.join(DATA, page, "expected-metadata.json"), "utf8")) as { title?: string };
      const article = extractArticle(html);
      expect(article.title).toBe(expected.title);
      expect(article.text.split("\n\n").length).toBeGreaterThan(3);
      expect(article.text).not.toMatch(/<script|<\/p>/);
    });
  }
});

test("text that is not HTML is refused with a message that says what to do", () => {
  expect(() => extractArticle("just some words")).toThrow(NotAnArticleError);
  expect(() => extractArticle("just some words")).toThrow(/not HTML/);
});

test("scripts never run and markup never survives into the text", () => {
  const html = `<html><head><title>T</title></head><body><article><h1>Headline here</h1>
    <p>${"The council met on Monday to discuss the budget and approved it after a long debate. ".repeat(4)}</p>
    <p onclick="alert(1)">Second paragraph <script>globalThis.pwned = true</script><b>bold</b> text with enough words to count as body text for the reader.</p>
    </article></body></html>`;
  const article = extractArticle(html);
  expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  expect(article.text).toMatch(/Second paragraph bold text/);
  expect(article.text).not.toMatch(/<b>|onclick/);
});
