import { q } from "./finding";
import { canonical } from "./normalize";
import { figuresOf } from "./said-again";
import { SEVERITY_RANK } from "./severity";
import type { Discrepancy, DiscrepancyType, Span } from "./types";

type Draft = Omit<Discrepancy, "id" | "fingerprint">;

/**
 * A finding as the comparison of two outlets gives it, before consolidation: with a quotation one
 * outlet renders in its own words, that outlet (`paraphrasedBy`), whose words are then no quotation.
 * Consolidation reads it and leaves it out of what it returns.
 */
export type ClaimDraft = Draft & {
  paraphrasedBy?: number;
  /** The two outlets compared: of words one outlet adds, the other is the one found without them. */
  between?: readonly [number, number];
};


/** How a consolidated discrepancy opens, by type. */
const WHAT_DIFFERS: Record<DiscrepancyType, string> = {
  title: "The title differs",
  number: "The figures differ",
  date: "The date differs",
  quote: "The quotation differs",
  attribution: "The attribution differs",
  entity: "The name differs",
  negation: "One outlet denies what another asserts",
  hedge: "Certainty differs",
  omission: "Not every outlet carries this claim",
  other: "The wording differs",
};

const spanKey = (s: Span) => `${s.source}:${s.sentence}:${s.start}:${s.end}`;
/** The finding quotes the words of two outlets or more (a conflict), not one outlet's alone (an addition). */
const twoSided = (d: Draft) => new Set(d.spans.map((s) => s.source)).size > 1;
/** The words a finding quotes, whoever says them. */
const wordsOf = (d: Draft) => d.spans.map((s) => canonical(s.text)).sort().join("|");
/** Without the fields consolidation reads and the public shape does not hold. */
function publicDraft(d: ClaimDraft): Draft {
  if (d.paraphrasedBy === undefined && d.between === undefined) return d;
  const copy = { ...d };
  delete copy.paraphrasedBy;
  delete copy.between;
  return copy;
}

/**
 * The outlets of the claim named as not saying the words: of words outlets add, those they were
 * compared with and found without them (an outlet compared with none of them, or found with the same
 * words, is not named: "A has “expected”; B and D do not", not C, which says “expected” too); of a
 * conflict, every outlet of the claim that gives no such words.
 */
function silentOutlets(cluster: readonly ClaimDraft[], spans: readonly Span[], claimSources: readonly number[]): number[] {
  const speaking = new Set(spans.map((s) => s.source));
  const compared = cluster.every((c) => !twoSided(c) && c.between !== undefined) ? new Set(cluster.flatMap((c) => c.between ?? [])) : null;
  return claimSources.filter((source) => !speaking.has(source) && (compared === null || compared.has(source)));
}

function list(names: string[]): string {
  return names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * One discrepancy per claim and attribute, however many outlets: with three or more sources the
 * outlet that differs is found against each of the others ("fox: Saturday / hpo: Sunday", "fox:
 * Saturday / nyt: Sunday"). Claim-level findings of one type in one claim group that share a span
 * (the same words of the same outlet) are one discrepancy naming every outlet and its words
 * ("fox has “Saturday”; hpo and nyt have “Sunday”"), at the highest severity among them; words
 * only one outlet gives join only other such words, not a conflict between outlets, and a low
 * finding and a conflict join only when one brings no words the other lacks. Outlets that each add
 * the same words the others lack ("confirmed" in two of four) are one addition naming them together,
 * never "only" each of them in turn. A quotation other outlets render in their own words is worded as
 * such: "C quotes “…”; A paraphrases it as “…”".
 * Two-source comparisons, omissions and entity-level findings pass through unchanged.
 */
export function consolidate(
  drafts: readonly ClaimDraft[],
  labels: readonly string[],
  sourcesOf: (claimGroup: number) => readonly number[] = () => [],
  sameWords: SameWords = () => null,
): Draft[] {
  const out: Draft[] = [];
  const merged = new Set<number>();
  drafts.forEach((d, i) => {
    if (merged.has(i)) return;
    if (d.scope !== "claim" || d.claimGroup === null) {
      out.push(publicDraft(d));
      return;
    }
    // Grow the cluster: any later finding of the type in the group sharing a span with it.
    const cluster = [d];
    const keys = new Set(d.spans.map(spanKey));
    for (let grew = true; grew; ) {
      grew = false;
      drafts.forEach((e, j) => {
        if (j <= i || merged.has(j) || e.type !== d.type || e.claimGroup !== d.claimGroup || e.scope !== "claim") return;
        // A figure only one outlet gives ("Only Fox gives “47-year-old”") is not part of a figure two outlets give differently.
        if (twoSided(e) !== twoSided(d)) return;
        // A low finding (worth a look) joins a conflict, or a conflict a low one, only with words the
        // other already has ("Sunday" again): "nyt has “3.6 billion”; fox has “3 billion”" is not made
        // "hpo has “2.5 billion”" too by a low pairing of hpo's other sum.
        if ((e.severity === "low") !== (d.severity === "low")) {
          const words = new Set(cluster.flatMap((c) => c.spans.map((s) => canonical(s.text))));
          if (!e.spans.every((s) => keys.has(spanKey(s)) || words.has(canonical(s.text)))) return;
        }
        // The same words another outlet adds too: one addition, by both (not "only" each against the other silent).
        const sources = new Set(cluster.flatMap((c) => c.spans.map((s) => s.source)));
        const sameAddition = !twoSided(d) && wordsOf(e) === wordsOf(d) && e.spans.every((s) => !sources.has(s.source));
        if (!sameAddition && !e.spans.some((s) => keys.has(spanKey(s)))) return;
        merged.add(j);
        cluster.push(e);
        for (const s of e.spans) keys.add(spanKey(s));
        grew = true;
      });
    }
    const spans = new Map<string, Span>();
    for (const c of cluster) for (const s of c.spans) spans.set(spanKey(s), s);
    const alsoSaying = sayingTheSame(d, [...spans.values()], sourcesOf(d.claimGroup), sameWords);
    if (cluster.length === 1 && alsoSaying.length === 0) {
      out.push(publicDraft(d));
      return;
    }
    for (const s of alsoSaying) spans.set(spanKey(s), s);
    const ordered = [...spans.values()].sort((x, y) => x.source - y.source || x.start - y.start);
    const severity = cluster.map((c) => c.severity).sort((x, y) => SEVERITY_RANK[x] - SEVERITY_RANK[y])[0] ?? d.severity;
    // (Not an outlet that says both sides' words, the date of a remark and of what it tells: it takes no side, nor lacks them.)
    const saysBoth = (source: number) => FOUND_AGAIN.has(d.type) && d.claimGroup !== null && ordered.some((x) => sameWords(d.claimGroup ?? -1, source, x.text.trim()) !== null);
    const silent = silentOutlets(cluster, ordered, sourcesOf(d.claimGroup)).filter((source) => !saysBoth(source));
    out.push({ ...publicDraft(d), severity, spans: ordered, explanation: describe(d.type, ordered, labels, silent, paraphraseSpans(cluster)) });
  });
  return out;
}

/**
 * Where an outlet of the claim says the words given: its span, or null. Figures are looked for by
 * their figure too, without the noun one outlet counts ("$4.5 million budget" / "$4.5 million").
 */
export type SameWords = (claimGroup: number, source: number, text: string) => Span | null;

/**
 * Types whose words, found again in another outlet's sentence of the claim, say the same thing there:
 * a figure, a date, a name. Not one-word hedges or negations, whose words may belong to another
 * clause; not a title ("president" may be another man's there) or a speaker (a name may be the
 * subject there, not who says it), whose findings say whose title or what kind of source; not
 * quotations, compared as wholes.
 */
const FOUND_AGAIN: ReadonlySet<DiscrepancyType> = new Set(["number", "date", "entity"]);

/**
 * With three outlets or more, the outlets of the claim that no finding names but that say one side's
 * very words: "The figures differ: A, B and C have “$4.5 million”; D has “$6 million”", not A against D
 * alone because B and C were compared with D in other words of theirs ("voted to spend", "backed a
 * plan"). Only a conflict's words are looked for, whole.
 */
function sayingTheSame(d: ClaimDraft, spans: readonly Span[], claimSources: readonly number[], sameWords: SameWords): Span[] {
  if (d.claimGroup === null || !FOUND_AGAIN.has(d.type) || !twoSided(d) || claimSources.length < 3) return [];
  const speaking = new Set(spans.map((s) => s.source));
  const texts = [...new Set(spans.map((s) => s.text.trim()))];
  const found: Span[] = [];
  for (const source of claimSources) {
    if (speaking.has(source)) continue;
    // Found with one wording only: an outlet that says both (an update and the figure before it) is not on one side.
    // (Words found inside one another's place are one wording there: the longest.)
    const hits = texts.map((text) => sameWords(d.claimGroup ?? -1, source, text)).filter((x): x is Span => x !== null);
    const places = hits.filter((h) => !hits.some((o) => o !== h && o.sentence === h.sentence && o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start));
    const [hit] = places;
    if (hit && new Set(places.map((h) => canonical(h.text))).size === 1) found.push(hit);
  }
  return found;
}

/** The spans that are an outlet's own words for a quotation another outlet gives (`ClaimDraft.paraphrasedBy`). */
function paraphraseSpans(cluster: readonly ClaimDraft[]): Set<string> {
  return new Set(cluster.flatMap((c) => c.spans.filter((s) => s.source === c.paraphrasedBy).map(spanKey)));
}

/**
 * "The date differs: fox has “Saturday”; hpo and nyt have “Sunday”." Outlets of the claim with no such words "do not".
 * Outlets giving one figure in other words are named together, with the first one's words ("a, b and
 * d have “7.1 earthquake”; c has “6.8 earthquake”").
 * An outlet whose words only render a quotation in its own words "paraphrases it as" them; with one
 * wording quoted, the outlets giving it "quote" it ("C quotes “…”; A paraphrases it as “…”"). Outlets
 * with no words in a quotation's discrepancy are not named: they may quote it as another does.
 */
function describe(type: DiscrepancyType, spans: readonly Span[], labels: readonly string[], silent: readonly number[], paraphrases: ReadonlySet<string>): string {
  // Each outlet's words, then outlets saying the same words together, in source order.
  const bySource = new Map<number, Span[]>();
  for (const s of spans) bySource.set(s.source, [...(bySource.get(s.source) ?? []), s]);
  const byWords = new Map<string, { text: string; sources: number[]; paraphrase: boolean }>();
  for (const [source, own] of [...bySource].sort((x, y) => x[0] - y[0])) {
    const texts = own.map((s) => s.text.trim());
    const paraphrase = own.every((s) => paraphrases.has(spanKey(s)));
    const key = `${paraphrase ? "p" : "q"}|${type === "number" ? (figuresOf(texts) ?? canonical(texts.join(" "))) : canonical(texts.join(" "))}`;
    const entry = byWords.get(key);
    if (entry) entry.sources.push(source);
    else byWords.set(key, { text: texts.map(q).join(", "), sources: [source], paraphrase });
  }
  // The quoted words first: "it" in "paraphrases it as" needs them before it.
  const entries = [...byWords.values()].sort((x, y) => Number(x.paraphrase) - Number(y.paraphrase));
  const names = (sources: readonly number[]) => list(sources.map((s) => labels[s] ?? String(s)));
  const verb = (sources: readonly number[], one: string, many: string) => (sources.length === 1 ? one : many);
  const paraphrased = entries.some((e) => e.paraphrase);
  const quotedOnce = paraphrased && entries.filter((e) => !e.paraphrase).length === 1;
  const parts = entries.map(({ text, sources, paraphrase }) =>
    paraphrase
      ? `${names(sources)} ${verb(sources, "paraphrases", "paraphrase")} it as ${text}`
      : `${names(sources)} ${quotedOnce ? verb(sources, "quotes", "quote") : verb(sources, "has", "have")} ${text}`,
  );
  // An outlet no quotation finding names may quote the words exactly as another does (the same words
  // are no finding), or in marks the engine does not read: "does not" would say more than is known.
  if (silent.length > 0 && type !== "quote") parts.push(`${names(silent)} ${verb(silent, "does", "do")} not`);
  // With one wording quoted, the outlets' verbs say what differs; the opening would only repeat it.
  return quotedOnce ? `${parts.join("; ")}.` : `${WHAT_DIFFERS[type]}: ${parts.join("; ")}.`;
}

/**
 * Without the drafts that are another draft found again: every span of theirs marked (the same words,
 * or for a figure, date or name words overlapping them) by a draft of their type with more spans and
 * at least their severity, or as many and a higher one (a sentence in two claim groups, compared once
 * with two outlets and once with one: "five people" / "three people" twice). A conflict a low finding
 * of more outlets also marks stays: it says more than the low one.
 */
export function withoutRepeats<D extends Draft>(drafts: readonly D[]): D[] {
  const place = (s: Span) => `${s.source}:${s.sentence}`;
  const marking = new Map<string, D[]>();
  for (const d of drafts) for (const s of d.spans) marking.set(`${d.type}|${place(s)}`, [...(marking.get(`${d.type}|${place(s)}`) ?? []), d]);
  // Marked: the same words, or for a figure, date or name words inside or around them ("$4.5 million"
  // in "$4.5 million budget"); not another aspect of a speaker's words ("Yonhap" relayed, in "according
  // to Yonhap" against a venue).
  const marks = (k: D, x: Span) => k.spans.some((s) => place(s) === place(x) && (FOUND_AGAIN.has(k.type) ? s.start < x.end && x.start < s.end : s.start === x.start && s.end === x.end));
  // More serious with as many spans, or as serious with more.
  const outranks = (k: D, d: D, size: number) =>
    (SEVERITY_RANK[k.severity] < SEVERITY_RANK[d.severity] && k.spans.length >= size) || (SEVERITY_RANK[k.severity] <= SEVERITY_RANK[d.severity] && k.spans.length > size);
  const repeated = (d: D) => {
    const first = d.spans[0];
    if (!first) return false;
    const size = new Set(d.spans.map(spanKey)).size;
    return (marking.get(`${d.type}|${place(first)}`) ?? []).some(
      (k) => k !== d && outranks(k, d, size) && d.spans.every((x) => marks(k, x)),
    );
  };
  return drafts.filter((d) => !repeated(d));
}

/**
 * One sentence's words flagged again, with the same words, against another sentence of an outlet
 * that says them twice ("likely" against "could" in two rows: one "could" in the lead, one further
 * down) are one discrepancy: the more serious, else the one whose sentences come first in their
 * articles (not the first row, whose number follows the order the sources were given in). Findings
 * in the same words of other places, and omissions and entity-level ones, stay.
 */
export function onceAgainstEach<D extends Draft>(drafts: readonly D[]): D[] {
  const wordsOf = (d: D) => `${d.type}|${d.spans.map((s) => `${s.source}:${canonical(s.text)}`).sort().join("|")}`;
  const ranks = new Map(drafts.map((d) => [d, [SEVERITY_RANK[d.severity], ...d.spans.map((s) => s.sentence).sort((x, y) => x - y)]]));
  const before = (x: D, y: D) => {
    const [rx, ry] = [ranks.get(x) ?? [], ranks.get(y) ?? []];
    for (let i = 0; i < Math.max(rx.length, ry.length); i += 1) if ((rx[i] ?? -1) !== (ry[i] ?? -1)) return (rx[i] ?? -1) - (ry[i] ?? -1);
    return 0;
  };
  const flagged = new Map<string, Set<string>>();
  const dropped = new Set<D>();
  for (const d of [...drafts].filter((x) => x.claimGroup !== null).sort(before)) {
    const words = wordsOf(d);
    const places = d.spans.map(spanKey);
    const seen = flagged.get(words) ?? new Set<string>();
    if (places.some((k) => seen.has(k))) {
      dropped.add(d);
      continue;
    }
    for (const k of places) seen.add(k);
    flagged.set(words, seen);
  }
  return drafts.filter((d) => !dropped.has(d));
}
