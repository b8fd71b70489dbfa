import { readAcross } from "./across";
import { omissions } from "./omissions";
import { calibrate, SEVERITY_RANK, stands } from "./severity";
import { canConfirm, confirmedBySentencePairs } from "./sentence-pairs";
import type { LogisticModel } from "./logistic";
import { alignSteps, type Forbidden, type Joined } from "./align";
import { alsoGivenElsewhere, CORROBORATE_RULE } from "./corroborate";
import { classifyPair } from "./classify";
import { clean } from "./clean";
import { changedRanges, wordDiff } from "./diff";
import { casingOf, type Casing } from "./casing";
import { extractFeatures, type SentenceFeatures } from "./features";
import type { Finding, Side } from "./finding";
import { consolidate, onceAgainstEach, withoutRepeats, type ClaimDraft, type SameWords } from "./consolidate";
import { discrepancyFingerprint, locatedFingerprint } from "./fingerprint";
import { AnalysisLimitError, LIMITS } from "./limits";
import { canonical } from "./normalize";
import { pristineNlp, withNlp } from "./nlp";
import { withOccasions } from "./occasions";
import { withQuotationSpeakers } from "./quotations";
import { wordingsOf, wordsAt } from "./said-again";
import { continuesQuotation, segment } from "./segment";
import { reportedAcrossArticles, titlesAcrossArticles } from "./rules/titles";
import { comparisonIdf } from "./similarity";
import type {
  AnalysisResult,
  AnalyzedSource,
  ClaimGroup,
  Discrepancy,
  DiscrepancyType,
  SourceInput,
  Span,
} from "./types";
import { ENGINE_VERSION } from "./version";

interface Prepared {
  source: AnalyzedSource;
  features: SentenceFeatures[];
  /** How the article writes its words (`casing`), read once. */
  casing: Casing;
}

interface Member {
  source: number;
  sentences: number[];
  /** Start of each sentence in the joined text. */
  starts: number[];
  features: SentenceFeatures;
}

/**
 * Compare 2 to 10 articles on one story.
 *
 * Each source is cleaned (page furniture removed, with reasons), split into
 * sentences, and described by features; sentences carrying the same claim are
 * aligned into claim groups; inside each group, word-level differences are
 * classified into discrepancies (title, number, date, quote, attribution,
 * entity, negation, hedge, other) with a severity and an explanation; how each
 * article describes each named person is compared across the whole articles;
 * and claims some sources lack become omissions.
 *
 * Deterministic: the same input gives the same output. Throws AnalysisLimitError
 * for input outside LIMITS, with a message that says what to do.
 */
/** A sentence by source label and exact text: what an editor's ruling names, kept across re-analyses. */
export interface RuledSentence {
  label: string;
  text: string;
}

/** Two sentences an editor ruled on. */
export type RuledPair = readonly [RuledSentence, RuledSentence];

/**
 * An editor's "same claim": the sentence chosen carries the claim of a row its outlet was missing
 * from, whose sentences (of other outlets) were `row` when the editor chose.
 */
export interface JoinRuling {
  chosen: RuledSentence;
  row: readonly RuledSentence[];
}

export interface AnalyzeOptions {
  /**
   * Pairs of sentences (by source label and exact text) that must never be aligned:
   * an editor's ruling that they carry different claims, kept across re-analyses.
   */
  separate?: readonly RuledPair[];
  /**
   * An editor's "same claim" rulings: the chosen sentence is aligned with each sentence of its row,
   * in one row, and what differs between them is flagged, in every later analysis; rulings into one
   * row are one row. A pair that is also in `separate` stays apart.
   */
  join?: readonly JoinRuling[];
  /** A link model other than the shipped one (`npm run train:links` measures held-out models with it). */
  linkModel?: LogisticModel;
}

export function analyze(inputs: readonly SourceInput[], options: AnalyzeOptions = {}): AnalysisResult {
  const steps = analysisSteps(inputs, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `analyze` in small steps: yields the fraction done (0..1) after each source,
 * each pair of sources and each batch of claim groups, and returns the result.
 * A server drives it and gives its event loop a turn between steps, so a long
 * analysis neither blocks other requests nor hides its progress.
 */
export function* analysisSteps(inputs: readonly SourceInput[], options: AnalyzeOptions = {}): Generator<number, AnalysisResult, void> {
  checkLimits(inputs);
  // Every step reads with one tokenizer that has read nothing else (see nlp.ts): same input, same output.
  const tokenizer = pristineNlp();
  const steps = stepsOf(inputs, options);
  for (;;) {
    const step = withNlp(tokenizer, () => steps.next());
    if (step.done) return step.value;
    yield step.value;
  }
}

function* stepsOf(inputs: readonly SourceInput[], options: AnalyzeOptions): Generator<number, AnalysisResult, void> {
  // The tokenizer learns every word it reads (nlp.ts), so sources are read in an order fixed by their
  // text, not by their position: the same sources in any order are split and tagged the same way.
  const readingOrder = inputs.map((_, i) => i).sort((x, y) => compareText(inputs[x]?.text ?? "", inputs[y]?.text ?? "") || x - y);
  const preparedAt = new Map<number, Prepared>();
  for (const i of readingOrder) {
    const input = inputs[i];
    if (input) preparedAt.set(i, prepare(input));
    yield (0.4 * preparedAt.size) / inputs.length;
  }
  const prepared = inputs.map((_, i) => preparedAt.get(i)).filter((p): p is Prepared => p !== undefined);
  const total = prepared.reduce((n, p) => n + p.features.length, 0);
  if (total > LIMITS.maxTotalSentences) {
    throw new AnalysisLimitError(
      `These sources have ${total.toLocaleString("en-US")} sentences together; the limit is ${LIMITS.maxTotalSentences.toLocaleString("en-US")}. Compare fewer or shorter articles.`,
    );
  }
  readAcross(prepared.map((p) => p.features));
  const idf = comparisonIdf(prepared.flatMap((p) => p.features), prepared.length);
  const alignment = alignSteps(prepared.map((p) => ({ features: p.features })), idf, {
    forbidden: forbiddenPairs(prepared, options.separate ?? []),
    joined: joinRulings(prepared, options.join ?? []),
    model: options.linkModel,
  });
  let aligning = alignment.next();
  while (!aligning.done) {
    yield 0.4 + 0.3 * aligning.value;
    aligning = alignment.next();
  }
  const { groups: aligned, nearest, closest } = aligning.value;

  const labels = prepared.map((p) => p.source.label);
  const raw: ClaimDraft[] = [];
  const claimGroups: ClaimGroup[] = [];
  const articles = prepared.map((p) => p.features);
  for (const [id, group] of aligned.entries()) {
    const members = group.members.map((m) => member(prepared, m.source, m.sentences));
    const reference = members[0];
    const changed = members.map(() => [] as Array<[number, number]>);
    members.forEach((m, k) => {
      if (!reference || k === 0) return;
      for (const hunk of wordDiff(reference.features.tokens, m.features.tokens)) {
        changed[0]?.push(...changedRanges(hunk.a));
        changed[k]?.push(...changedRanges(hunk.b));
      }
    });
    for (let x = 0; x < members.length; x += 1) {
      for (let y = x + 1; y < members.length; y += 1) {
        const mx = members[x];
        const my = members[y];
        if (!mx || !my) continue;
        // In groups of three or more, two members with no direct link between them make different
        // statements (each joined through the others), and comparing them word by word finds only noise.
        const link = group.linked.find((l) => l.sources[0] === mx.source && l.sources[1] === my.source);
        if (!link) continue;
        const findingsBetween = (ux: Member, uy: Member, probability: number): ClaimDraft[] => {
          const sides: [Side, Side] = [
            { label: labels[ux.source] ?? "", features: ux.features },
            { label: labels[uy.source] ?? "", features: uy.features },
          ];
          const certainty = { link: probability, position: Math.min(relativePosition(prepared, ux), relativePosition(prepared, uy)) };
          const compared = [
            { ...ux, label: sides[0].label },
            { ...uy, label: sides[1].label },
          ] as const;
          // (A finding that shows one fact by itself, a condition or a fact withheld and given, says the two
          // sentences tell of one fact: how each tells it is then worth a look, on any link.)
          const all = classifyPair(sides[0], sides[1]);
          const oneFact = all.some((finding) => finding.anchored === true);
          const found = all.filter((finding) => stands(finding.type, { link: probability, anchored: oneFact }));
          return found.map((finding) => {
            // A figure the other outlet also gives elsewhere is not a conflict between them (`corroborate`).
            const elsewhere = alsoGivenElsewhere(finding, compared, articles);
            const severity = elsewhere ? CORROBORATE_RULE.severity : calibrate(finding.severity, { ...certainty, anchored: finding.anchored === true });
            const explanation = elsewhere ? `${finding.explanation} ${elsewhere}` : finding.explanation;
            return toDiscrepancy({ ...finding, severity, explanation }, [ux, uy], id, "claim", prepared);
          });
        };
        const whole = findingsBetween(mx, my, link.probability);
        if (mx.sentences.length === 1 && my.sentences.length === 1) {
          raw.push(...whole);
          continue;
        }
        // Members of several sentences: what differs is what differs between their linked sentences (`sentence-pairs`).
        const pieces = group.pairs
          .filter((p) => p.a[0] === mx.source && p.b[0] === my.source && canConfirm(whole, p.a, p.b))
          .flatMap((p) => findingsBetween(member(prepared, mx.source, [p.a[1]]), member(prepared, my.source, [p.b[1]]), p.probability));
        raw.push(...confirmedBySentencePairs(whole, pieces));
      }
    }
    claimGroups.push({
      id,
      similarity: group.similarity,
      members: members.map((m, k) => ({ source: m.source, sentences: m.sentences, changed: mergeRanges(changed[k] ?? []) })),
    });
    if (id % 20 === 19) yield 0.7 + (0.2 * (id + 1)) / aligned.length;
  }

  raw.push(...titlesAcrossArticles(prepared.map((p) => ({ label: p.source.label, sentences: p.source.sentences, features: p.features }))));
  raw.push(...omissions(prepared.map((p) => ({ label: p.source.label, sentences: p.source.sentences, features: p.features, title: p.source.title })), claimGroups, nearest, closest));
  return {
    engine: ENGINE_VERSION,
    sources: prepared.map((p) => p.source),
    claimGroups,
    discrepancies: finalize(
      consolidate(raw, labels, (id) => claimGroups[id]?.members.map((m) => m.source) ?? [], sameWordsIn(claimGroups, prepared)),
      labels,
      prepared,
    ),
  };
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A ruled sentence located in this analysis as (source, sentence), or null when its outlet or sentence is gone (the text was edited since). */
function locator(prepared: Prepared[]): (side: RuledSentence) => readonly [number, number] | null {
  return (side) => {
    const s = prepared.findIndex((p) => p.source.label === side.label);
    const i = prepared[s]?.source.sentences.findIndex((x) => canonical(x.text) === canonical(side.text)) ?? -1;
    return s >= 0 && i >= 0 ? [s, i] : null;
  };
}

/** An editor's ruled pairs located in this analysis, as (source, sentence) pairs of different sources. */
function rulingPairs(prepared: Prepared[], pairs: readonly RuledPair[]): Array<readonly [readonly [number, number], readonly [number, number]]> {
  const locate = locator(prepared);
  return pairs.flatMap(([a, b]) => {
    const [x, y] = [locate(a), locate(b)];
    return x && y && x[0] !== y[0] ? [[x, y] as const] : [];
  });
}

/** "Same claim" rulings located in this analysis: the row's sentences still there, from other sources than the chosen one's; a ruling whose chosen sentence or whole row is gone is left out. */
function joinRulings(prepared: Prepared[], rulings: readonly JoinRuling[]): Joined[] {
  const locate = locator(prepared);
  return rulings.flatMap((ruling) => {
    const chosen = locate(ruling.chosen);
    const row = ruling.row.map(locate).filter((x): x is readonly [number, number] => x !== null && x[0] !== chosen?.[0]);
    return chosen && row.length > 0 ? [{ chosen, row }] : [];
  });
}

/** The editor's vetoes as a predicate over (source, sentence) pairs of this analysis. */
function forbiddenPairs(prepared: Prepared[], separate: readonly RuledPair[]): Forbidden {
  const keys = new Set<string>();
  for (const [[s, i], [t, j]] of rulingPairs(prepared, separate)) keys.add(`${s}:${i}|${t}:${j}`).add(`${t}:${j}|${s}:${i}`);
  // Asked of every candidate pair: with no ruling, answered without a key.
  if (keys.size === 0) return () => false;
  return (s, i, t, j) => keys.has(`${s}:${i}|${t}:${j}`);
}

/** Throws AnalysisLimitError when the inputs are outside LIMITS (cheap: call it before saving anything). */
export function checkLimits(inputs: readonly SourceInput[]): void {
  if (inputs.length < LIMITS.minSources) {
    throw new AnalysisLimitError(`A comparison needs at least ${LIMITS.minSources} sources; add another article.`);
  }
  if (inputs.length > LIMITS.maxSources) {
    throw new AnalysisLimitError(`A comparison takes at most ${LIMITS.maxSources} sources (got ${inputs.length}); split it into several comparisons.`);
  }
  inputs.forEach((input, i) => {
    const name = input.label || `source ${i + 1}`;
    if (!input.text.trim()) throw new AnalysisLimitError(`${name} is empty: paste the article text or choose a file.`);
    if (input.text.length > LIMITS.maxSourceChars) {
      throw new AnalysisLimitError(
        `${name} is ${input.text.length.toLocaleString("en-US")} characters; the limit is ${LIMITS.maxSourceChars.toLocaleString("en-US")}. Paste only the article.`,
      );
    }
  });
}

function prepare(input: SourceInput): Prepared {
  const cleaned = clean(input.text, { restore: input.restore, discard: input.discard });
  const { text, sentences } = segment(cleaned.paragraphs);
  const discardedSentences = new Set((input.discard ?? []).map(canonical));
  const kept = sentences.filter((s) => !discardedSentences.has(canonical(s.text)));
  const discarded = [...cleaned.discarded];
  for (const s of sentences) {
    if (discardedSentences.has(canonical(s.text)) && !discarded.some((d) => canonical(d.text) === canonical(s.text))) {
      discarded.push({ text: s.text, reason: "user", line: -1 });
    }
  }
  if (kept.length === 0) {
    throw new AnalysisLimitError(`${input.label}: no article sentences were found after cleaning. Check that the text is the article itself, or restore discarded lines.`);
  }
  if (kept.length > LIMITS.maxSentencesPerSource) {
    throw new AnalysisLimitError(`${input.label} has ${kept.length} sentences; the limit is ${LIMITS.maxSentencesPerSource}. Paste only the article.`);
  }
  const renumbered = kept.map((s, index) => ({ ...s, index }));
  const casing = casingOf(text);
  return {
    casing,
    source: {
      label: input.label,
      title: input.title ?? cleaned.headline,
      byline: input.byline ?? cleaned.byline,
      dateline: cleaned.dateline,
      text,
      sentences: renumbered,
      discarded,
    },
    features: withOccasions(
      withQuotationSpeakers(
        text,
        renumbered,
        renumbered.map((s) => extractFeatures(s.text, { casing, continuesQuotation: continuesQuotation(text, s) })),
        casing,
      ),
    ),
  };
}

/** Where a member's first sentence sits in its article: 0 first, 1 last. */
function relativePosition(prepared: Prepared[], m: Member): number {
  return (m.sentences[0] ?? 0) / Math.max(1, (prepared[m.source]?.source.sentences.length ?? 1) - 1);
}

function member(prepared: Prepared[], source: number, sentences: number[]): Member {
  const p = prepared[source];
  if (!p) throw new Error(`unknown source ${source}`);
  if (sentences.length === 1) {
    const f = p.features[sentences[0] ?? 0];
    if (f) return { source, sentences, starts: [0], features: f };
  }
  const starts: number[] = [];
  let text = "";
  for (const i of sentences) {
    if (text) text += " ";
    starts.push(text.length);
    text += p.source.sentences[i]?.text ?? "";
  }
  const pieces = sentences.map((i, k) => {
    const s = p.source.sentences[i];
    return { start: starts[k] ?? 0, continuesQuotation: s !== undefined && continuesQuotation(p.source.text, s) };
  });
  const quotation = sentences.map((i) => p.features[i]?.quotation).find((x) => x !== undefined);
  const own = sentences.flatMap((i, k) => {
    const f = p.features[i];
    return f ? [{ start: starts[k] ?? 0, features: f, index: i }] : [];
  });
  const cast = p.features[sentences[0] ?? 0]?.cast;
  const features = { ...extractFeatures(text, { casing: p.casing, pieces }), sentences: own, ...(cast ? { cast } : {}) };
  return { source, sentences, starts, features: quotation ? { ...features, quotation } : features };
}

/**
 * Map an offset range in a member's joined text to spans in its sentences: one per sentence the
 * range covers (a quotation cut across two sentences is marked in both), each within its sentence.
 */
export function toSpans(m: Pick<Member, "source" | "sentences" | "starts"> & { features: { text: string } }, start: number, end: number): Span[] {
  const out: Span[] = [];
  m.starts.forEach((base, k) => {
    const sentence = m.sentences[k] ?? 0;
    const length = (m.starts[k + 1] ?? m.features.text.length + 1) - 1 - base;
    const from = Math.max(start, base);
    const to = Math.min(end, base + length);
    if (to <= from) return;
    // Without the space that joins one sentence to the next.
    const text = m.features.text.slice(from, to);
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    if (text.trim() === "") return;
    out.push({ source: m.source, sentence, text: text.trim(), start: from - base + lead, end: to - base - trail });
  });
  if (out.length > 0) return out;
  // An empty range (a finding that marks a place, not words) stays where it starts.
  let k = 0;
  while (k + 1 < m.starts.length && (m.starts[k + 1] ?? Infinity) <= start) k += 1;
  const base = m.starts[k] ?? 0;
  return [{ source: m.source, sentence: m.sentences[k] ?? 0, text: m.features.text.slice(start, end), start: start - base, end: end - base }];
}

function toDiscrepancy(finding: Finding, sides: [Member, Member], claimGroup: number, scope: "claim", prepared: readonly Prepared[]): ClaimDraft {
  return {
    type: finding.type,
    severity: finding.severity,
    claimGroup,
    scope,
    spans: finding.spans.flatMap((s) => (s.elsewhere ? spanElsewhere(prepared, sides[s.side].source, s.elsewhere) : toSpans(sides[s.side], s.start, s.end))),
    // A quotation that ends in its own full stop ("“Sen.”") ends the sentence too: no second one.
    explanation: finding.explanation.replace(/([.!?])”\.(?=\s|$)/g, "$1”"),
    between: [sides[0].source, sides[1].source],
    // Which outlet's words are its own for another's quotation: `consolidate` words them as a paraphrase.
    ...(finding.paraphrasedBy === undefined ? {} : { paraphrasedBy: sides[finding.paraphrasedBy].source }),
  };
}

/** Where an outlet's member of a claim group says the words given, by their wordings (`wordingsOf`). */
function sameWordsIn(claimGroups: readonly ClaimGroup[], prepared: readonly Prepared[]): SameWords {
  return (claimGroup, source, text) => {
    const sentences = claimGroups[claimGroup]?.members.find((m) => m.source === source)?.sentences ?? [];
    for (const words of wordingsOf(text)) {
      for (const sentence of sentences) {
        const said = prepared[source]?.source.sentences[sentence]?.text ?? "";
        const at = wordsAt(said, words);
        if (at) return { source, sentence, text: said.slice(at.start, at.end), start: at.start, end: at.end };
      }
    }
    return null;
  };
}

/** Words a finding names in another sentence of the article (`LocalSpan.elsewhere`), found there by their text. */
function spanElsewhere(prepared: readonly Prepared[], source: number, at: { sentence: number; text: string }): Span[] {
  const p = prepared[source];
  // Found in the typography-normalised text, which has the original's length; shown as the article has it.
  const start = p?.features[at.sentence]?.text.indexOf(at.text) ?? -1;
  const sentence = p?.source.sentences[at.sentence];
  if (!sentence || start < 0 || at.text === "") return [];
  const end = start + at.text.length;
  return [{ source, sentence: at.sentence, text: sentence.text.slice(start, end), start, end }];
}

function finalize(raw: Array<Omit<Discrepancy, "id" | "fingerprint">>, labels: string[], prepared: Prepared[]): Discrepancy[] {
  const seen = new Set<string>();
  const reported = reportedAcrossArticles(raw);
  const out: Discrepancy[] = [];
  const position = (d: Omit<Discrepancy, "id" | "fingerprint">) => {
    const s = d.spans[0];
    const p = s ? prepared[s.source] : undefined;
    return s && p ? s.sentence / Math.max(1, p.source.sentences.length) : 1;
  };
  // The most serious first (a fact-checker reads the high flags first), then row by row, then in
  // reading order; of two findings that are one discrepancy, the more serious is the one kept.
  const ordered = [...raw].sort(
    (x, y) =>
      SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity] ||
      (x.claimGroup ?? Infinity) - (y.claimGroup ?? Infinity) ||
      position(x) - position(y),
  );
  // The same words found again in the same place (a sentence in two claim groups) are one discrepancy;
  // in other sentences, another one. Words two discrepancies share identify neither: each is then told
  // apart by its sentences, whichever of them a later analysis still finds.
  const where = (d: Omit<Discrepancy, "id" | "fingerprint">) =>
    d.spans
      .map((s) => `${s.source}:${s.sentence}:${s.start}:${s.end}`)
      .sort()
      .join("|");
  const words = (d: Omit<Discrepancy, "id" | "fingerprint">) =>
    discrepancyFingerprint(
      d.type,
      d.spans.map((s) => ({ label: labels[s.source] ?? String(s.source), text: s.text })),
    );
  const kept = onceAgainstEach(withoutRepeats(ordered.filter((d) => !reported(d))));
  const places = new Map<string, Set<string>>();
  for (const d of kept) {
    const base = words(d);
    places.set(base, (places.get(base) ?? new Set()).add(where(d)));
  }
  for (const d of kept) {
    const base = words(d);
    const shared = (places.get(base)?.size ?? 0) > 1 && where(d) !== "";
    const fingerprint = shared ? locatedFingerprint(base, d.spans.map((s) => prepared[s.source]?.source.sentences[s.sentence]?.text ?? "")) : base;
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    out.push({ ...d, id: out.length, fingerprint });
  }
  return out;
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export type { DiscrepancyType };
