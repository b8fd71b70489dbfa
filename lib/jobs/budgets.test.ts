import { expect, test } from "vitest";
import { checkHtmlBudget, checkTextBudget, htmlShape, textShape } from "./budgets";
import { BudgetError } from "./errors";

test.each([
  ["<p>one</p><p>two</p>", { elements: 2, depth: 0 }],
  ["<div><div><span>x</span></div></div>", { elements: 3, depth: 3 }],
  ["<ul><li>a<li>b<li>c</ul>", { elements: 4, depth: 1 }], // unclosed <li>s do not nest
  ["<div><br><img src=x><input/></div>", { elements: 4, depth: 1 }],
  ["<script>if (a<b) { '<div><div><div>' }</script><div></div>", { elements: 2, depth: 1 }],
  ["<!-- <div><div> --><div title='a>b'></div>", { elements: 1, depth: 1 }],
  ["<DIV><Div>x</dIv></div>", { elements: 2, depth: 2 }],
])("htmlShape(%j)", (html, shape) => {
  expect(htmlShape(html)).toMatchObject(shape);
});

test.each([
  ["The council met. It voted.", { longestToken: 7, longestSentence: 15 }],
  ["word\nword", { longestToken: 4, longestSentence: 4 }],
  ["a\u00a0b c", { longestToken: 1, longestSentence: 5 }],
])("textShape(%j)", (text, shape) => {
  expect(textShape(text)).toEqual(shape);
});

test("pages too deep or too large, and text with endless words or sentences, are over budget", () => {
  expect(() => checkHtmlBudget(`${"<div>".repeat(300)}x`)).toThrow(/nested 300 levels deep/);
  expect(() => checkHtmlBudget("<p>x</p>".repeat(16_000))).toThrow(/16,000 HTML elements/);
  expect(() => checkHtmlBudget("x".repeat(5 * 1024 * 1024 + 1))).toThrow(/larger than 5 MB/);
  expect(checkHtmlBudget(`<article>${"<p>The council met.</p>".repeat(2_000)}</article>`)).toMatchObject({ elements: 2_001, depth: 1 });
  expect(() => checkTextBudget([{ label: "Ledger", text: `See ${"x".repeat(1_001)}.` }])).toThrow(/Ledger has a "word" of 1,002 characters/);
  expect(() => checkTextBudget([{ label: "Ledger", text: "and then ".repeat(2_300) }])).toThrow(BudgetError);
  expect(() => checkTextBudget([{ label: "Ledger", text: "The council met on Tuesday. ".repeat(5_000) }])).not.toThrow();
});
