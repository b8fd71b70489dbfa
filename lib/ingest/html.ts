import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";

/**
 * HTML extraction: a saved or fetched page -> the article's title, byline,
 * published time, site name and body text (paragraphs separated by blank
 * lines), with Mozilla Readability over jsdom. Scripts never run: jsdom is
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

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd";

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
  const blocks = [...body.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const paragraphs = (blocks.length > 0 ? blocks : [body])
    .map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const text = paragraphs.join("\n\n");
  dom.window.close();
  if (!text) throw new NotAnArticleError("The page has no readable article text. Paste the article text instead.");
  return {
    title: article.title?.trim() || null,
    byline: article.byline?.trim() || null,
    publishedTime: article.publishedTime?.trim() || null,
    siteName: article.siteName?.trim() || null,
    text,
  };
}
