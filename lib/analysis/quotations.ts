import { casingOf, type Casing } from "./casing";
import { extractFeatures, type SentenceFeatures } from "./features";
import { continuesQuotation } from "./segment";
import { openingName, pronounSpeaks, speakerOf, type Speaker } from "./speakers";
import { saidVenues } from "./speech";
import type { Sentence } from "./types";

/**
 * A quotation of several sentences ('Gibbs said: "It's wrong. | It's destructive. | It's time to
 * stop."') is attributed once, in its first or last sentence; and a quotation that follows an
 * attributed one in its paragraph ('"It's wrong," Gibbs said. | "It's time to stop."') is most often
 * the same speaker going on; one attributed to "she" or "he" is most often the person the sentence
 * before it opens with. Each such sentence learns who speaks (`SentenceFeatures.quotation`), so that
 * a line of it is compared only with the same speaker's words (`voiceOf`).
 */
export function withQuotationSpeakers(text: string, sentences: readonly Sentence[], features: readonly SentenceFeatures[], casing: Casing = casingOf(text)): SentenceFeatures[] {
  const out = [...features];
  const continues = sentences.map((s) => continuesQuotation(text, s));
  let first = 0;
  while (first < sentences.length) {
    let last = first;
    while (last + 1 < sentences.length && continues[last + 1] && sentences[last + 1]?.paragraph === sentences[first]?.paragraph) last += 1;
    const run = sentences.slice(first, last + 1);
    const quoted = run.length > 1 || (features[first]?.quotes.length ?? 0) > 0;
    if (quoted) {
      const starts: number[] = [];
      let joined = "";
      for (const s of run) {
        if (joined) joined += " ";
        starts.push(joined.length);
        joined += s.text;
      }
      const whole = run.length > 1 ? extractFeatures(joined, { casing, pieces: run.map((_, k) => ({ start: starts[k] ?? 0, continuesQuotation: continues[first + k] ?? false })) }) : features[first];
      const previous = first > 0 && sentences[first - 1]?.paragraph === sentences[first]?.paragraph ? out[first - 1] : undefined;
      const before = first > 0 ? out[first - 1] : undefined;
      const own = whole ? speakerOf(whole) : null;
      // Not said in the quotation's own sentences: the speaker of the sentence before it, going on;
      // "she wrote": the person the sentence before it opens with, or its speaker.
      const goingOn = !own && previous && !attributes(whole) ? voiceOf(previous) : null;
      const speaker =
        own ??
        goingOn ??
        (whole && before && pronounSpeaks(whole) ? (voiceOf(before) ?? openingName(before)) : null) ??
        (whole && !continues[first] ? introducedBy(whole) : null);
      if (run.length > 1 || (speaker && !own)) {
        const attributed = attributes(whole) || speaker !== null;
        // How it was said, where it is attributed: in the quotation's own sentences, else, going on
        // from the sentence before, there.
        const channelsOf = (f: SentenceFeatures | undefined) => (f ? saidVenues(f).filter((m) => m.key.startsWith("venue:")) : []);
        const channels = own ? channelsOf(whole) : goingOn && previous ? (previous.quotation?.channels ?? channelsOf(previous)) : [];
        // Where it says who speaks: its one sentence that attributes it, else the sentence before it goes on from.
        const saying = run.map((_, k) => first + k).filter((i) => attributes(features[i]));
        const saidIn = own ? (saying.length === 1 ? saying[0] : undefined) : goingOn ? (previous?.quotation?.saidIn ?? first - 1) : undefined;
        for (let i = first; i <= last; i += 1) {
          const f = out[i];
          if (f) out[i] = { ...f, quotation: { speaker, attributed, ...(channels.length > 0 ? { channels } : {}), ...(saidIn !== undefined && saidIn !== i ? { saidIn } : {}) } };
        }
      }
    }
    first = last + 1;
  }
  return out;
}

/**
 * The person a sentence opens with, when the quotation opens after them with no other name between:
 * "Sen. Ana Lee of Ohio also chimed in, demanding that the “report must be made public.”" A
 * name after "of" or "from" belongs to the person ("of Ohio"); any other name between may be whose
 * words they are ("Lee mocked Reyes for saying “...”"), so then no one.
 */
function introducedBy(f: SentenceFeatures): Speaker | null {
  const quote = f.quotes[0];
  const opening = openingName(f);
  if (!quote || !opening || quote.start <= opening.end) return null;
  let belongs = false;
  for (const t of f.tokens) {
    if (t.start < opening.end || t.start >= quote.start) continue;
    if (t.lower === "of" || t.lower === "from") belongs = true;
    else if (t.pos === "PROPN" && !belongs) return null;
    else if (t.pos !== "PROPN") belongs = false;
  }
  return opening;
}

/** The words say who speaks, even by a pronoun ("he said"). */
function attributes(f: SentenceFeatures | undefined): boolean {
  return f !== undefined && (f.speechVerbs.length > 0 || f.venues.some((v) => v.key.startsWith("source:")));
}

/** Who speaks a sentence's words: its own attribution, else that of the quotation it is a sentence of. */
export function voiceOf(f: SentenceFeatures): Speaker | null {
  return speakerOf(f) ?? f.quotation?.speaker ?? null;
}

/**
 * Whose words these are is said elsewhere: the sentence is a line of a longer quotation, or goes on
 * from the quotation before it, and does not say it itself.
 */
export function attributedElsewhere(f: SentenceFeatures): boolean {
  return f.quotation !== undefined && !attributes(f);
}

/** A line of a quotation that no one, in any of its sentences, is said to speak. */
export function unattributed(f: SentenceFeatures): boolean {
  return attributedElsewhere(f) && f.quotation?.attributed === false;
}

/** Words a quotation needs before its very words, found in another outlet, make one remark whoever it is given to. */
const WHOLE_REMARK_WORDS = 5;

/**
 * Sentence pairs of two articles quoting the very same remark, of WHOLE_REMARK_WORDS words or more,
 * that each article quotes once: one claim, whoever each outlet gives it to ("“We are nowhere near
 * out of the woods,” the battalion chief said" / "... the sheriff told reporters"), however few
 * informative words the remark holds. The attribution rule then compares who said it.
 */
export function sameRemarkPairs(a: ReadonlyArray<Pick<SentenceFeatures, "quotes">>, b: ReadonlyArray<Pick<SentenceFeatures, "quotes">>): Array<{ a: number; b: number }> {
  const remarks = (list: typeof a) => {
    const where = new Map<string, number[]>();
    list.forEach((f, i) => {
      for (const q of f.quotes) if (q.key.split(/\s+/).length >= WHOLE_REMARK_WORDS) where.set(q.key, [...(where.get(q.key) ?? []), i]);
    });
    return where;
  };
  const [ra, rb] = [remarks(a), remarks(b)];
  const out: Array<{ a: number; b: number }> = [];
  for (const [key, is] of ra) {
    const js = rb.get(key);
    if (is.length === 1 && js?.length === 1) out.push({ a: is[0] ?? 0, b: js[0] ?? 0 });
  }
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}

const spansCache = new WeakMap<Pick<SentenceFeatures, "quotes">, readonly string[]>();

/** A sentence's quotations as " word word ... " (a space either side: words are found whole), read once per sentence. */
function quotedSpans(f: Pick<SentenceFeatures, "quotes">): readonly string[] {
  let out = spansCache.get(f);
  if (!out) {
    out = f.quotes.map((q) => ` ${q.key.split(/\s+/).filter(Boolean).join(" ")} `);
    spansCache.set(f, out);
  }
  return out;
}

/** Words in a quotation span (`quotedSpans`). */
function wordCount(span: string): number {
  return span.trim().split(" ").length;
}

/**
 * Sentence pairs where one article quotes only a piece, of WHOLE_REMARK_WORDS words or more, of a
 * remark the other quotes at length ("Mr. Braley apologized to Senator Grassley and “anyone I may
 * have offended”" / "“I apologize to Sen. Grassley and anyone I may have offended,” Braley wrote"):
 * the piece is quoted in one sentence of its article, and found, word for word, in the quotations of
 * one sentence of the other. (The very same remark quoted whole by both is `sameRemarkPairs`.)
 */
export function quotedPiecePairs(a: ReadonlyArray<Pick<SentenceFeatures, "quotes">>, b: ReadonlyArray<Pick<SentenceFeatures, "quotes">>): Array<{ a: number; b: number }> {
  const [sa, sb] = [a.map(quotedSpans), b.map(quotedSpans)];
  // Every quotation of an article in one string (a character no quotation holds between two): a piece
  // found nowhere in it, as most are, is looked for no further.
  const [allA, allB] = [sa.flat().join("\u0001"), sb.flat().join("\u0001")];
  const out: Array<{ a: number; b: number }> = [];
  const pieces = (own: ReadonlyArray<readonly string[]>, other: ReadonlyArray<readonly string[]>, all: string, pair: (i: number, j: number) => { a: number; b: number }) => {
    const where = new Map<string, number[]>();
    own.forEach((quotes, i) => {
      for (const q of quotes) if (wordCount(q) >= WHOLE_REMARK_WORDS && !where.get(q)?.includes(i)) where.set(q, [...(where.get(q) ?? []), i]);
    });
    for (const [piece, is] of where) {
      if (is.length !== 1 || !all.includes(piece)) continue;
      const holders = other.flatMap((quotes, j) => (quotes.some((q) => q !== piece && q.includes(piece)) ? [j] : []));
      const quotedWhole = other.some((quotes) => quotes.includes(piece));
      if (holders.length === 1 && !quotedWhole) out.push(pair(is[0] ?? 0, holders[0] ?? 0));
    }
  };
  pieces(sa, sb, allB, (i, j) => ({ a: i, b: j }));
  pieces(sb, sa, allA, (j, i) => ({ a: i, b: j }));
  return out.sort((x, y) => x.a - y.a || x.b - y.b).filter((p, k, all) => k === 0 || all[k - 1]?.a !== p.a || all[k - 1]?.b !== p.b);
}
