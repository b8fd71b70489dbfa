import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";

/**
 * HTML extraction: a saved or fetched page -> the article's title, byline,
 * published time, site name and body text (paragraphs separated by blank
 * lines; figures and their captions left out), with Mozilla Readability over jsdom. Scripts never run: jsdom is
 * created without `runScripts`, and the text is read from the DOM, never
 * re-rendered as HTML.
 */
export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
  text: string;
}

export class NotAnArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotAnArticleError";
  }
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dt, dd";
/** A picture's caption and credit, by the page's own markup: no part of the story's text. */
const FIGURES = "figure, figcaption";

/** Words of a caption or an alt text, to compare the two: lower case, without accents, of 3 letters or more. */
function wordsOf(text: string): Set<string> {
  return new Set(text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().match(/\p{L}{3,}/gu) ?? []);
}

/** A caption outside its figure says what a picture's alt text says: most of its words are there. */
const CAPTION_MIN_WORDS = 4;
const CAPTION_SHARE = 0.6;

function describesPicture(text: string, pictures: ReadonlyArray<ReadonlySet<string>>): boolean {
  const words = wordsOf(text);
  if (words.size < CAPTION_MIN_WORDS) return false;
  return pictures.some((alt) => [...words].filter((w) => alt.has(w)).length >= CAPTION_SHARE * words.size);
}

export function extractArticle(html: string, url = "https://example.invalid/"): ExtractedArticle {
  if (!/<[a-z!][\s\S]*>/i.test(html)) {
    throw new NotAnArticleError("This file is not HTML. Upload the page saved from the browser (.html), or paste the article text.");
  }
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const document = dom.window.document;
  const article = new Readability(document, { charThreshold: 200 }).parse();
  if (!article || !article.content) {
    throw new NotAnArticleError("No article was found on this page. Paste the article text instead.");
  }
  const body = new JSDOM(`<!doctype html><body>${article.content}</body>`, { virtualConsole: new VirtualConsole() }).window.document.body;
  const pictures = [...body.querySelectorAll("img[alt]")].map((img) => wordsOf(img.getAttribute("alt") ?? ""));
  for (const figure of body.querySelectorAll(FIGURES)) {
    // A quotation set in a figure (an embedded post, a pull quote) is the story's words: only its caption goes.
    if (figure.tagName === "FIGURE" && figure.querySelector("blockquote")) {
      figure.querySelector("figcaption")?.remove();
      continue;
    }
    // A list straight after a picture is its caption (the Guardian's markup).
    const next = figure.nextElementSibling;
    if (next && /^(UL|OL)$/.test(next.tagName) && next.children.length === 1) next.remove();
    figure.remove();
  }
  const blocks = [...body.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS) && !describesPicture(el.textContent ?? "", pictures));
  const paragraphs = (blocks.length > 0 ? blocks : [body])
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const text = paragraphs.join("\n\n");
  dom.window.close();
  if (!text) throw new NotAnArticleError("The page has no readable article text. Paste the article text instead.");
  return {
    title: article.title?.trim() || null,
    // "By Erin Cunningham" is the byline "Erin Cunningham": the page and the report say "By" themselves.
    byline: article.byline?.trim().replace(/^by\s+/i, "") || null,
    publishedTime: article.publishedTime?.trim() || null,
    siteName: article.siteName?.trim() || null,
    text,
  };
}
