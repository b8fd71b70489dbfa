import { BudgetError } from "./errors";

/**
 * Input budgets, checked on the request's thread BEFORE the expensive step (and before the work is
 * handed to a worker thread): each is a single cheap pass over the input. Over budget is a
 * BudgetError whose message says what to do.
 */
export const BUDGETS = {
  html: {
    /** Bytes of an uploaded or fetched page (the upload limit). */
    maxBytes: 5 * 1024 * 1024,
    /**
     * Elements on the page. Real news pages have 600 to 3,000; Readability's time grows faster than the
     * count (10,000: 3 s, 20,000: 11 s, 60,000: 65 s on one core).
     */
    maxElements: 15_000,
    /** Elements inside elements. Real pages stay under 30; jsdom and Readability slow down sharply (400: 1.3 s, 1,000: 15 s). */
    maxDepth: 256,
  },
  text: {
    /** Characters in one "word" (a run without spaces). */
    maxTokenChars: 1_000,
    /** Characters between two sentence ends or line breaks: about 3,000 words, far past any real sentence. */
    maxSentenceChars: 20_000,
  },
  /**
   * Estimated pages of a PDF report. Rendering takes 0.2 to 0.7 s a page on one core (49 pages: 23 s,
   * 138 pages: 97 s on this 2-core machine under load), so 150 pages stays inside the time budget.
   */
  report: { maxPages: 150 },
} as const;

/** Elements whose end tag is optional: they rarely nest in real markup, so they do not add depth here. */
const OPTIONAL_END = new Set(["p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "rtc", "caption"]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "command", "basefont", "bgsound", "frame", "image", "isindex", "nextid", "spacer"]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext", "template", "noscript"]);

export interface HtmlShape {
  bytes: number;
  elements: number;
  depth: number;
}

/** Elements and nesting depth of an HTML string, by one scan of its tags (no parsing, no DOM). */
export function htmlShape(html: string): HtmlShape {
  const tag = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const [, closing, rawName, selfClosing] = match;
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    if (closing) {
      if (!OPTIONAL_END.has(name) && !VOID.has(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    elements += 1;
    if (RAW_TEXT.has(name)) {
      // Skip to its end tag: its contents are text, whatever they look like.
      const close = new RegExp(`</${name}`, "gi");
      close.lastIndex = tag.lastIndex;
      tag.lastIndex = close.exec(html)?.index ?? html.length;
      continue;
    }
    if (selfClosing || VOID.has(name) || OPTIONAL_END.has(name)) continue;
    depth += 1;
    if (depth > maxDepth) maxDepth = depth;
  }
  return { bytes: Buffer.byteLength(html), elements, depth: maxDepth };
}

/** Refuses a page too large, with too many elements or nested too deeply to parse in reasonable time. */
export function checkHtmlBudget(html: string): HtmlShape {
  const budget = BUDGETS.html;
  if (html.length > budget.maxBytes || Buffer.byteLength(html) > budget.maxBytes) {
    throw new BudgetError("The page is larger than 5 MB. Save only the article page, or paste its text.");
  }
  const shape = htmlShape(html);
  if (shape.elements > budget.maxElements) {
    throw new BudgetError(`The page has ${shape.elements.toLocaleString("en-US")} HTML elements; Parallax reads pages of up to ${budget.maxElements.toLocaleString("en-US")}. Paste the article text instead.`);
  }
  if (shape.depth > budget.maxDepth) {
    throw new BudgetError(`The page's HTML is nested ${shape.depth.toLocaleString("en-US")} levels deep; Parallax reads pages nested up to ${budget.maxDepth} levels. Paste the article text instead.`);
  }
  return shape;
}

/** The longest run without whitespace and the longest run without a sentence end or line break. */
export function textShape(text: string): { longestToken: number; longestSentence: number } {
  let longestToken = 0;
  let longestSentence = 0;
  let token = 0;
  let sentence = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    // whitespace: space, tab, newlines, no-break space, and the other Unicode spaces
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
    token = space ? 0 : token + 1;
    if (token > longestToken) longestToken = token;
    // . ! ? … 。 ！ ？ and line breaks end a sentence
    const end = c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
    sentence = end ? 0 : sentence + 1;
    if (sentence > longestSentence) longestSentence = sentence;
  }
  return { longestToken, longestSentence };
}

/** Refuses text whose words or sentences are far longer than any article's, before it is analysed. */
export function checkTextBudget(sources: ReadonlyArray<{ label: string; text: string }>): void {
  const budget = BUDGETS.text;
  for (const [i, source] of sources.entries()) {
    const name = source.label || `Source ${i + 1}`;
    const shape = textShape(source.text);
    if (shape.longestToken > budget.maxTokenChars) {
      throw new BudgetError(`${name} has a "word" of ${shape.longestToken.toLocaleString("en-US")} characters with no spaces; the limit is ${budget.maxTokenChars.toLocaleString("en-US")}. Paste the article's text.`);
    }
    if (shape.longestSentence > budget.maxSentenceChars) {
      throw new BudgetError(`${name} has ${shape.longestSentence.toLocaleString("en-US")} characters without a sentence end or line break; the limit is ${budget.maxSentenceChars.toLocaleString("en-US")}. Paste the article's text with its punctuation.`);
    }
  }
}

/** Characters on one full-width line and lines on one page of the PDF report (A4 or Letter, 9.5 pt). */
const LINE_CHARS = 95;
const PAGE_LINES = 60;
const lines = (chars: number, width = LINE_CHARS) => Math.max(1, Math.ceil(chars / Math.max(8, width)));

/**
 * The pages a report will take, estimated from its text without laying it out: the discrepancies
 * (their sentences side by side, explanation and notes) and the appendix (rows side by side for up to
 * 3 sources, one line per outlet above that). Within 12% of the real count on the bench reports
 * (32/29, 49/47, 138/122, 62/60 pages real/estimated).
 */
export function estimateReportPages(data: {
  sources: ReadonlyArray<unknown>;
  discrepancies: ReadonlyArray<{ explanation: string; sentences: ReadonlyArray<{ text: string }>; notes: ReadonlyArray<{ text: string }> }>;
  appendix: ReadonlyArray<{ cells: ReadonlyArray<ReadonlyArray<{ text: string }> | null> }> | null;
}): number {
  let total = 12 + data.sources.length * 3;
  for (const d of data.discrepancies) {
    const width = LINE_CHARS / Math.max(1, d.sentences.length);
    total += 3 + lines(d.explanation.length) + Math.max(1, ...d.sentences.map((s) => lines(s.text.length, width))) + d.notes.reduce((n, note) => n + lines(note.text.length + 30), 0);
  }
  for (const row of data.appendix ?? []) {
    const cellChars = row.cells.map((cell) => (cell ?? []).reduce((n, s) => n + s.text.length + 1, 0));
    if (data.sources.length <= 3) total += Math.max(1, ...cellChars.map((c) => lines(c, (LINE_CHARS - 5) / data.sources.length)));
    else total += 2 + cellChars.reduce((n, c) => n + (c > 0 ? lines(c + 15) : 0), 0);
  }
  return Math.ceil(total / PAGE_LINES);
}

/** Refuses a report too long to render in reasonable time, before it is laid out. */
export function checkReportBudget(data: Parameters<typeof estimateReportPages>[0] & { appendix: unknown }): number {
  const pages = estimateReportPages(data);
  if (pages > BUDGETS.report.maxPages) {
    throw new BudgetError(
      `This report would run to about ${pages.toLocaleString("en-US")} pages; the limit is ${BUDGETS.report.maxPages}. ${data.appendix ? "Leave out the appendix, or choose" : "Choose"} fewer statuses.`,
    );
  }
  return pages;
}
