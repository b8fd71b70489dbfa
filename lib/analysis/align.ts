import type { SentenceFeatures } from "./features";
import { LINK_MODEL } from "./link-model";
import { capped, LINK_THRESHOLD, linkFeatures, linkProbability, occasionOf, openingSubject, twoOccasions, twoRemarks, twoSubjects, type LinkFeature } from "./links";
import type { LogisticModel } from "./logistic";
import { sameMeasureDiffers } from "./measures";
import { sameSpeaker, speakerOf } from "./speakers";
import { hash } from "./fingerprint";
import { closeKeys, overlap, overlapWeighed, weigh, type Idf, type Overlap, type Weighed } from "./similarity";
import { ANCHORED_LINK, SURE_LINK } from "./severity";
import { withheldPairs } from "./withheld";
import { conditionPairs } from "./condition";
import { quotedPiecePairs, sameRemarkPairs } from "./quotations";
import { WEEKDAY_NAMES } from "./vocabulary";

/**
 * Alignment: which sentences carry the same claim across sources, in two steps.
 *
 * 1. Links. Every pair of sentences from two different sources that shares an informative word is
 *    scored (`links.ts`); a pair whose link probability clears LINK_THRESHOLD is a link. A sentence
 *    may link to several sentences of another source (1:n, n:m): a lead often sums up three. The two
 *    articles' leads link when they share something (`leadLink`): reports of one event open on it.
 * 2. Claim groups. Links are taken strongest first. A sentence joins a group only when it links to
 *    most (more than half) of the group's members from other sources, never through one member
 *    that links to another, so groups do not chain into blobs; a group holds at most
 *    MAX_PER_SOURCE sentences of one source (a row a reader can take in). A link that fits no
 *    group starts its own, so a sentence carrying two claims can sit in two groups (at most
 *    MAX_GROUPS_PER_SENTENCE).
 *
 * The result does not depend on the order of the sources: pairs are scored symmetrically and ties
 * are broken by the sentences' text.
 */
export const ALIGN_THRESHOLD = 0.27;
export const MAX_PER_SOURCE = 3;
export const MAX_GROUPS_PER_SENTENCE = 2;
/** Weighted words below this do not make two sentences worth scoring. */
const CANDIDATE_WEIGHT = 0.3;
/** A sentence split off its neighbour links to the neighbour's partner at this similarity and cover. */
const SPLIT_MIN_SIMILARITY = 0.18;
const SPLIT_COVER = 0.3;
/**
 * A sentence split off its neighbour whose every word the neighbour's partner holds, at least as a
 * synonym (which counts 70%), links whatever its similarity ("No one was hurt."); not one with a word
 * of its own ("The boy's father was dead.").
 */
const SPLIT_WHOLE_COVER = 0.69;
/** Pairs below this similarity are not links whatever else they share. */
const MIN_SIMILARITY = 0.05;
/**
 * How sure a link is between a sentence saying a name, a suspect, a cause or whether it was an
 * accident is not known and the other outlet's first sentence giving that kind of fact
 * (`withheld`), or between the sentences
 * giving a victim's condition differently (`condition`): the kind itself ties them, though they
 * share no word, so a link; but it vouches for that fact only. The finding about it keeps its
 * severity (`anchored`); whatever else differs between the two sentences is calibrated by this
 * link, one level lower (`severity`), unless a surer link joins the two outlets' members.
 */
const KIND_LINK = ANCHORED_LINK;
/** How sure the link is between the sentence that attributes a quotation and another outlet's sentence carrying a line of it. */
const QUOTATION_LINK = LINK_THRESHOLD;
/**
 * The two articles' leads (their first body sentences) link when they have this much in common:
 * reports of one event open on it, in words of their own ("A man and his two children were found
 * dead in their home" / "Investigators are looking into the deaths of three people in a house").
 */
const LEAD_MIN_SIMILARITY = 0.1;
/** Sentences an article needs for its first to be a lead. */
const LEAD_STORY = 3;
/** Two sentences giving different values of one measure link from this probability (see `measures`). */
const MEASURE_FLOOR = 0.2;

export interface AlignSource {
  features: SentenceFeatures[];
}

export interface AlignedGroup {
  similarity: number;
  members: Array<{ source: number; sentences: number[] }>;
  /**
   * Pairs of member sources (by source index, lower first) with at least one direct link, and the
   * strongest link's probability: how sure the engine is that the two carry the same claim.
   */
  linked: Array<{ sources: [number, number]; probability: number }>;
  /**
   * The links between the group's sentences themselves, as (source, sentence) pairs, the lower
   * source first: which sentence of a member of several carries the claim of which in another's.
   */
  pairs: Array<{ a: readonly [number, number]; b: readonly [number, number]; probability: number }>;
}

/** A scored candidate pair between two sources; indices are local to each source. */
export interface Candidate {
  a: number;
  b: number;
  similarity: number;
  /** How much of each sentence the other covers. */
  coverA: number;
  coverB: number;
  probability: number;
  features: Record<LinkFeature, number>;
  /** The two give different values of one measure ("bond set at $500,000" / "$750,000 bond"). */
  measureDiffers?: boolean;
  /** The two quote two remarks (`links.twoRemarks`): never a link, not even as a split or a measure. */
  twoRemarks?: boolean;
}

/**
 * The candidates that are links: those whose probability clears LINK_THRESHOLD; two sentences
 * giving different values of one measure ("bond was set at $500,000" / "held on $750,000 bond");
 * and a sentence with no link of its own whose neighbour links to a sentence that covers much of it
 * (one outlet split over two sentences what the other says in one: "Moon thanked the envoy." + "He
 * said the sovereignty of Ukraine must be guaranteed.").
 */
export function linksOf(candidates: readonly Candidate[], a: readonly SentenceFeatures[] = [], b: readonly SentenceFeatures[] = []): Candidate[] {
  const links = candidates.filter((c) => c.probability >= LINK_THRESHOLD);
  const linkedA = new Set(links.map((c) => c.a));
  const linkedB = new Set(links.map((c) => c.b));
  const partnersOfA = new Map<number, number[]>();
  const partnersOfB = new Map<number, number[]>();
  for (const c of links) {
    partnersOfA.set(c.a, [...(partnersOfA.get(c.a) ?? []), c.b]);
    partnersOfB.set(c.b, [...(partnersOfB.get(c.b) ?? []), c.a]);
  }
  const splits: Candidate[] = [];
  for (const c of candidates) {
    if (c.probability >= LINK_THRESHOLD || c.twoRemarks) continue;
    // Different figures for one measure leave two sentences few words in common; they are one claim
    // stated differently, the discrepancy a desk most needs to see (`measureDiffers` is set from MEASURE_FLOOR).
    if (c.measureDiffers) {
      splits.push({ ...c, probability: LINK_THRESHOLD });
      continue;
    }
    // (A short piece the partner holds almost whole splits off at any similarity: "Flight 1187 landed
    // safely at 2:47 p.m., and none of the 170 people on board were injured." / "... at 2:47 p.m." +
    // "No one was hurt.")
    // (Not a speaker's tag, which any line of theirs has: "'But I always say what I mean,' Biden
    // responded.", "Akin continued.": a speech verb, or a name and a verb alone.)
    const tag = (f: SentenceFeatures) => f.speechVerbs.length > 0 || (f.names.size > 0 && f.content.size <= 2);
    const cover = (own: number, f: SentenceFeatures | undefined) => (c.similarity >= SPLIT_MIN_SIMILARITY ? own >= SPLIT_COVER : own >= SPLIT_WHOLE_COVER && f !== undefined && !tag(f));
    const aSplit = !linkedA.has(c.a) && cover(c.coverA, a[c.a]) && [c.a - 1, c.a + 1].some((n) => partnersOfA.get(n)?.includes(c.b));
    const bSplit = !linkedB.has(c.b) && cover(c.coverB, b[c.b]) && [c.b - 1, c.b + 1].some((n) => partnersOfB.get(n)?.includes(c.a));
    if (aSplit || bSplit) splits.push({ ...c, probability: LINK_THRESHOLD });
  }
  return [...links, ...splits];
}

/**
 * The link between the two leads (first body sentences), when they link only as leads. They do when
 * they have something in common (LEAD_MIN_SIMILARITY) and one of them, with no link of its own,
 * comes closer to the other lead than to any other sentence of that article; not when they name
 * two different days (one opens on the event, the other on the next day's reaction to it), nor in
 * a text of a sentence or two (its claims, not a lead and a story).
 */
export function leadLink(candidates: readonly Candidate[], links: readonly Candidate[], a: readonly SentenceFeatures[], b: readonly SentenceFeatures[]): Candidate[] {
  const lead = candidates.find((c) => c.a === 0 && c.b === 0);
  if (!lead || lead.twoRemarks || lead.probability >= LINK_THRESHOLD || lead.similarity < LEAD_MIN_SIMILARITY) return [];
  if (a.length < LEAD_STORY || b.length < LEAD_STORY) return [];
  const [daysA, daysB] = [weekdays(a[0]), weekdays(b[0])];
  if (daysA.size > 0 && daysB.size > 0 && ![...daysA].some((d) => daysB.has(d))) return [];
  if (links.some((c) => c.a === 0 && c.b === 0)) return [];
  const [linkedA, linkedB] = [links.some((c) => c.a === 0), links.some((c) => c.b === 0)];
  const closest = (side: "a" | "b") => candidates.every((c) => c[side] !== 0 || c.similarity <= lead.similarity);
  if (!((!linkedA && closest("a")) || (!linkedB && closest("b")))) return [];
  return [{ ...lead, probability: LINK_THRESHOLD }];
}

/** The days of the week a sentence names ("on Thursday", "late Friday"). */
const weekdays = (f: SentenceFeatures | undefined): Set<string> => new Set((f?.dates ?? []).flatMap((d) => WEEKDAY_NAMES.filter((day) => d.key.includes(day))));

/** Pairs of sentences an editor ruled are not the same claim: (source, sentence, source, sentence). */
export type Forbidden = (s: number, i: number, t: number, j: number) => boolean;
const NOTHING_FORBIDDEN: Forbidden = () => false;

/**
 * An editor's "same claim", located: the chosen sentence (source, sentence) carries the claim of the
 * row whose sentences, of other sources, were `row` when the editor chose.
 */
export interface Joined {
  chosen: readonly [number, number];
  row: readonly (readonly [number, number])[];
}
/**
 * How sure a link an editor made is: a person read both sentences and ruled they state the same
 * claim, so the link is taken first and whatever differs between them is flagged at full severity.
 */
export const EDITOR_LINK = 1;

/**
 * The sentences an editor placed ("same claim": the chosen sentence of a ruling) link only within the
 * rows they were placed in: with their rows' sentences and the other sentences placed in those rows.
 * The engine's own links from them to anything else are dropped, so a sentence moved out of a row the
 * engine had wrongly made leaves it (and what it was wrongly paired with is that outlet's alone again).
 * To keep it in a second row as well, an editor places it there too. Others still join a placed
 * sentence's row by their links to the rest of it.
 */
function placedElsewhere(joined: readonly Joined[]): Forbidden {
  const key = ([source, sentence]: readonly [number, number]) => `${source}:${sentence}`;
  const partners = new Map<string, Set<string>>();
  const allow = (from: string, to: Iterable<string>) => {
    const set = partners.get(from) ?? new Set<string>();
    for (const k of to) if (k !== from) set.add(k);
    partners.set(from, set);
  };
  for (const r of joined) {
    const row = r.row.map(key);
    allow(key(r.chosen), row);
    // Another ruling into the same row (a sentence of its row in common): the two placed sentences, and its row, are one row.
    for (const other of joined) {
      if (other !== r && other.row.some((m) => row.includes(key(m)))) allow(key(r.chosen), [key(other.chosen), ...other.row.map(key)]);
    }
  }
  if (partners.size === 0) return NOTHING_FORBIDDEN;
  const apart = (x: string, y: string) => {
    const p = partners.get(x);
    return p !== undefined && !p.has(y);
  };
  return (s, i, t, j) => apart(`${s}:${i}`, `${t}:${j}`) || apart(`${t}:${j}`, `${s}:${i}`);
}

export interface AlignOptions {
  /** Pairs an editor ruled are different claims. */
  forbidden?: Forbidden;
  /** An editor's "same claim" rulings: the chosen sentence is linked to each of its row's sentences (unless a pair is also forbidden), in one row. */
  joined?: readonly Joined[];
  /** A link model other than the shipped one (held-out measurement). */
  model?: LogisticModel;
}

export function align(sources: readonly AlignSource[], idf: Idf, options: AlignOptions = {}): AlignedGroup[] {
  return alignment(sources, idf, options).groups;
}

/** The claim groups, and how close each sentence comes to a link with each other source. */
export interface Alignment {
  groups: AlignedGroup[];
  /**
   * The highest link probability of a sentence (source, local index) with any sentence of another
   * source, 0 when none is a candidate: an unlinked sentence close to one may say its claim in other words.
   */
  nearest: (source: number, sentence: number, other: number) => number;
  /** The sentence of the other source (local index) that `nearest`'s probability is with; null when none is a candidate. */
  closest: (source: number, sentence: number, other: number) => number | null;
}

function alignment(sources: readonly AlignSource[], idf: Idf, options: AlignOptions = {}): Alignment {
  const steps = alignSteps(sources, idf, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

export interface Link {
  u: number;
  v: number;
  similarity: number;
  probability: number;
  /** Tie breaker that does not depend on source order. */
  key: string;
}

/** `align`, one source pair at a time: yields the fraction of pairs done, returns the groups. */
export function* alignSteps(sources: readonly AlignSource[], idf: Idf, options: AlignOptions = {}): Generator<number, Alignment, void> {
  const forbidden = options.forbidden ?? NOTHING_FORBIDDEN;
  const offsets: number[] = [];
  const sourceOfNode: number[] = [];
  /**
   * A sentence's place whatever the sources' order: its text, then its article's (by a hash of all its
   * sentences) and its position there, for two outlets printing one sentence word for word.
   */
  const placeOf: string[] = [];
  let total = 0;
  sources.forEach((s, si) => {
    offsets.push(total);
    total += s.features.length;
    const article = hash(s.features.map((f) => f.text).join("\n"));
    s.features.forEach((f, i) => {
      sourceOfNode.push(si);
      placeOf.push(`${f.text}\u0001${article}\u0001${i}`);
    });
  });
  const links: Link[] = [];
  /** Per sentence and other source (`nearKey`): its strongest candidate there, probability and sentence. */
  const nearest = new Map<number, { probability: number; sentence: number }>();
  const nearKey = (source: number, sentence: number, other: number) =>
    sentence >= 0 && sentence < (sources[source]?.features.length ?? 0) ? ((offsets[source] ?? 0) + sentence) * sources.length + other : -1;
  const pairs = (sources.length * (sources.length - 1)) / 2;
  const elsewhere = placedElsewhere(options.joined ?? []);
  let done = 0;
  for (let s = 0; s < sources.length; s += 1) {
    for (let t = s + 1; t < sources.length; t += 1) {
      const isForbidden = (i: number, j: number) => forbidden(s, i, t, j) || forbidden(t, j, s, i) || elsewhere(s, i, t, j);
      const candidates = scorePair(sources[s]?.features ?? [], sources[t]?.features ?? [], idf, isForbidden, options.model);
      for (const c of candidates) {
        for (const [key, sentence] of [
          [nearKey(s, c.a, t), c.b],
          [nearKey(t, c.b, s), c.a],
        ] as const) {
          if (c.probability > (nearest.get(key)?.probability ?? -1)) nearest.set(key, { probability: c.probability, sentence });
        }
      }
      const push = (a: number, b: number, similarity: number, probability: number) => {
        const u = (offsets[s] ?? 0) + a;
        const v = (offsets[t] ?? 0) + b;
        const [x, y] = [placeOf[u] ?? "", placeOf[v] ?? ""].sort();
        links.push({ u, v, similarity, probability, key: `${x}\u0000${y}` });
      };
      const [fs, ft] = [sources[s]?.features ?? [], sources[t]?.features ?? []];
      // An editor's "same claim" between these two sources, as (sentence of s, sentence of t).
      const joinedHere = (options.joined ?? []).flatMap(({ chosen, row }) =>
        row.flatMap((x) => (x[0] === s && chosen[0] === t ? [[x[1], chosen[1]] as const] : x[0] === t && chosen[0] === s ? [[chosen[1], x[1]] as const] : [])),
      );
      const isJoined = (a: number, b: number) => joinedHere.some(([x, y]) => x === a && y === b);
      const linked = linksOf(candidates, fs, ft);
      const found = [...linked, ...leadLink(candidates, linked, fs, ft)];
      for (const [a, b] of joinedHere) {
        const [fa, fb] = [fs[a], ft[b]];
        if (!fa || !fb || isForbidden(a, b) || links.some((l) => l.u === (offsets[s] ?? 0) + a && l.v === (offsets[t] ?? 0) + b)) continue;
        push(a, b, round(overlap(fa, fb, idf).similarity), EDITOR_LINK);
        for (const [key, sentence] of [
          [nearKey(s, a, t), b],
          [nearKey(t, b, s), a],
        ] as const) nearest.set(key, { probability: EDITOR_LINK, sentence });
      }
      for (const c of found) if (!isJoined(c.a, c.b)) push(c.a, c.b, c.similarity, c.probability);
      // One outlet says a name, a suspect, a cause or whether it was an accident is not known; the other gives it (`withheld`); the
      // outlets give a victim's condition differently (`condition`).
      // Both quote one remark word for word, whoever each gives it to (`sameRemarkPairs`): as sure a link as any.
      // One quotes a piece of the remark the other quotes at length (`quotedPiecePairs`).
      const kinds = [...withheldPairs(fs, ft), ...conditionPairs(fs, ft), ...quotedPiecePairs(fs, ft)].map((p) => ({ ...p, probability: KIND_LINK }));
      const remarks = sameRemarkPairs(fs, ft).map((p) => ({ ...p, probability: SURE_LINK }));
      for (const p of [...kinds, ...remarks]) {
        const [fa, fb] = [fs[p.a], ft[p.b]];
        if (!fa || !fb || isForbidden(p.a, p.b) || isJoined(p.a, p.b) || found.some((c) => c.a === p.a && c.b === p.b)) continue;
        if (links.some((l) => l.u === (offsets[s] ?? 0) + p.a && l.v === (offsets[t] ?? 0) + p.b)) continue;
        push(p.a, p.b, round(overlap(fa, fb, idf).similarity), p.probability);
      }
      // A line of a quotation is the claim of the sentence that says who speaks it ("…," McCain said
      // in a statement. | "If …"): the other outlet's sentence carrying the line carries that too.
      for (const c of found) {
        for (const [x, z, fx, fz, toPair] of [
          [c.a, c.b, fs, ft, (y: number) => [y, c.b] as const],
          [c.b, c.a, ft, fs, (y: number) => [c.a, y] as const],
        ] as const) {
          const line = fx[x];
          const partner = fz[z];
          const y = line?.quotation?.saidIn;
          const [speaker, theirs] = [line?.quotation?.speaker ?? null, partner ? speakerOf(partner) : null];
          if (!line || !partner || y === undefined || !speaker?.named || !theirs?.named || !sameSpeaker(speaker, theirs) || c.probability < SURE_LINK) continue;
          // Both outlets quoting it in lines link line to line; this is for a partner that says who speaks itself.
          if (partner.quotation?.saidIn !== undefined) continue;
          const [a, b] = toPair(y);
          const [fa, fb] = [fs[a], ft[b]];
          if (!fa || !fb || isForbidden(a, b) || isJoined(a, b) || found.some((k) => k.a === a && k.b === b) || links.some((l) => l.u === (offsets[s] ?? 0) + a && l.v === (offsets[t] ?? 0) + b)) continue;
          push(a, b, round(overlap(fa, fb, idf).similarity), QUOTATION_LINK);
        }
      }
      done += 1;
      yield done / pairs;
    }
  }
  const local = (node: number): number => node - (offsets[sourceOfNode[node] ?? 0] ?? 0);
  const isForbiddenNodes = (u: number, v: number) => forbidden(sourceOfNode[u] ?? 0, local(u), sourceOfNode[v] ?? 0, local(v));
  // Each ruling's row as nodes: the chosen sentence and the row's sentences it is not also forbidden to join.
  const node = ([source, sentence]: readonly [number, number]) => (offsets[source] ?? 0) + sentence;
  const rulings = (options.joined ?? [])
    .map(({ chosen, row }) => [node(chosen), ...row.map(node).filter((m) => !isForbiddenNodes(node(chosen), m))])
    .filter((nodes) => nodes.length > 1)
    .map((nodes) => ({ nodes, key: [placeOf[nodes[0] ?? 0] ?? "", ...nodes.slice(1).map((n) => placeOf[n] ?? "").sort()].join("\u0000") }));
  const groups = group(links, sourceOfNode, isForbiddenNodes, rulings).map((g) => {
    const bySource = new Map<number, number[]>();
    for (const node of g.nodes) {
      const s = sourceOfNode[node] ?? 0;
      bySource.set(s, [...(bySource.get(s) ?? []), local(node)]);
    }
    const members = [...bySource.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([source, sentences]) => ({ source, sentences: sentences.sort((x, y) => x - y) }));
    const linked = new Map<string, number>();
    for (const l of g.links) {
      const [p, q] = [sourceOfNode[l.u] ?? 0, sourceOfNode[l.v] ?? 0].sort((x, y) => x - y);
      linked.set(`${p}:${q}`, Math.max(linked.get(`${p}:${q}`) ?? 0, l.probability));
    }
    // Where the row sits in the articles: its sentences' places in their own articles (0 first, near 1 last), earliest first.
    const places = members.flatMap((m) => m.sentences.map((i) => i / Math.max(1, sources[m.source]?.features.length ?? 1))).sort((x, y) => x - y);
    const sims = g.links.map((l) => l.similarity);
    const pairs = g.links
      .map((l) => {
        const [x, y] = [[sourceOfNode[l.u] ?? 0, local(l.u)] as const, [sourceOfNode[l.v] ?? 0, local(l.v)] as const];
        return { a: x[0] <= y[0] ? x : y, b: x[0] <= y[0] ? y : x, probability: round(l.probability) };
      })
      .sort((x, y) => x.a[0] - y.a[0] || x.b[0] - y.b[0] || x.a[1] - y.a[1] || x.b[1] - y.b[1]);
    return {
      similarity: round(sims.reduce((x, y) => x + y, 0) / Math.max(1, sims.length)),
      members,
      linked: [...linked]
        .sort((x, y) => (x[0] < y[0] ? -1 : 1))
        .map(([k, probability]) => ({ sources: k.split(":").map(Number) as [number, number], probability: round(probability) })),
      pairs,
      places,
      first: [...g.nodes].map((n) => placeOf[n] ?? "").sort()[0] ?? "",
    };
  })
    // In reading order: by the earliest sentence, then the next earliest (two rows sharing their first sentence), whatever the sources' order.
    .sort((x, y) => comparePlaces(x.places, y.places) || (x.first < y.first ? -1 : x.first > y.first ? 1 : 0))
    .map(({ similarity, members, linked, pairs }) => ({ similarity, members, linked, pairs }));
  return {
    groups,
    nearest: (source, sentence, other) => nearest.get(nearKey(source, sentence, other))?.probability ?? 0,
    closest: (source, sentence, other) => nearest.get(nearKey(source, sentence, other))?.sentence ?? null,
  };
}

/** Two rows' sentence places (ascending) compared in turn; a row that ends first comes first. */
function comparePlaces(x: readonly number[], y: readonly number[]): number {
  for (let k = 0; k < Math.min(x.length, y.length); k += 1) {
    const d = (x[k] ?? 0) - (y[k] ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

export interface Group {
  /** Creation order, which follows the links' order and so not the sources' order. */
  id: number;
  nodes: Set<number>;
  links: Link[];
}

/** An editor's "same claim" ruling as nodes: the chosen sentence first, then its row's; `key` orders rulings whatever the sources' order (their sentences' texts). */
export interface RuledRow {
  nodes: readonly number[];
  key: string;
}

/**
 * Claim groups from links, strongest first, without chaining (see `align`), after the rows an editor
 * ruled (`rulings`); nodes number the sentences of all sources.
 */
export function group(links: Link[], sourceOf: readonly number[], forbidden: (u: number, v: number) => boolean, rulings: readonly RuledRow[] = []): Group[] {
  const ordered = [...links].sort((x, y) => y.probability - x.probability || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const neighbours = new Map<number, Set<number>>();
  for (const l of links) {
    neighbours.set(l.u, (neighbours.get(l.u) ?? new Set()).add(l.v));
    neighbours.set(l.v, (neighbours.get(l.v) ?? new Set()).add(l.u));
  }
  const linkedTo = (x: number, y: number) => neighbours.get(x)?.has(y) ?? false;
  const pairKey = (x: number, y: number) => (x < y ? `${x}:${y}` : `${y}:${x}`);
  const linkBetween = new Map(links.map((l) => [pairKey(l.u, l.v), l]));
  const groups: Group[] = [];
  const groupsOf = new Map<number, Group[]>();
  const enter = (g: Group, node: number) => {
    g.nodes.add(node);
    groupsOf.set(node, [...(groupsOf.get(node) ?? []), g]);
  };
  /** How many of g's members from other sources the newcomer links to, or -1 if it may not join. */
  const fit = (g: Group, node: number): number => {
    const s = sourceOf[node];
    let others = 0;
    let hits = 0;
    let same = 0;
    for (const m of g.nodes) {
      if (sourceOf[m] === s) {
        same += 1;
        continue;
      }
      if (forbidden(node, m)) return -1;
      others += 1;
      if (linkedTo(node, m)) hits += 1;
    }
    if (same >= MAX_PER_SOURCE || 2 * hits <= others) return -1;
    return hits;
  };
  /**
   * The newcomer's other groups that g now holds whole are the same row twice: g takes them in, and
   * their sentences are free to sit in another group (MAX_GROUPS_PER_SENTENCE counts rows, not copies).
   */
  const absorb = (g: Group, node: number) => {
    for (const h of groupsOf.get(node) ?? []) {
      if (h === g || ![...h.nodes].every((m) => g.nodes.has(m))) continue;
      for (const l of h.links) if (!g.links.includes(l)) g.links.push(l);
      for (const m of h.nodes) groupsOf.set(m, (groupsOf.get(m) ?? []).filter((x) => x !== h));
      absorbed.add(h);
    }
  };
  const absorbed = new Set<Group>();
  // An editor's rulings first, each as a whole row: the sentence an editor said carries a row's claim
  // with every sentence of that row, whatever other links the row's members have, and beyond the rows
  // a sentence may otherwise sit in. Rulings into one row are one row: a second ruling whose row holds
  // two of a ruled row's sentences (or all of them, for a row of one) was made on that row, perhaps on
  // a page loaded before the first took effect; a sentence in two rows ruled into each stays two rows.
  const ruled: Group[] = [];
  const byRuling = [...rulings].sort((x, y) => y.nodes.length - x.nodes.length || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  for (const { nodes } of byRuling) {
    const [, ...row] = nodes;
    const into = ruled.find((g) => row.filter((n) => g.nodes.has(n)).length >= Math.min(2, row.length));
    const g = into ?? { id: groups.length, nodes: new Set<number>(), links: [] };
    for (const n of nodes) if (!g.nodes.has(n)) enter(g, n);
    if (!into) {
      groups.push(g);
      ruled.push(g);
    }
  }
  for (const g of ruled) {
    const nodes = [...g.nodes];
    for (let x = 0; x < nodes.length; x += 1) {
      for (let y = x + 1; y < nodes.length; y += 1) {
        const link = linkBetween.get(pairKey(nodes[x] ?? 0, nodes[y] ?? 0));
        if (link) g.links.push(link);
      }
    }
  }
  for (const l of ordered) {
    const gu = groupsOf.get(l.u) ?? [];
    const gv = groupsOf.get(l.v) ?? [];
    if (gu.some((g) => gv.includes(g))) {
      const together = gu.find((g) => gv.includes(g));
      // A star's links are in its row already.
      if (together && !(l.probability >= EDITOR_LINK && together.links.includes(l))) together.links.push(l);
      continue;
    }
    let best: { g: Group; node: number; hits: number } | null = null;
    for (const [groupsHere, newcomer] of [
      [gu, l.v],
      [gv, l.u],
    ] as const) {
      if ((groupsOf.get(newcomer)?.length ?? 0) >= MAX_GROUPS_PER_SENTENCE) continue;
      for (const g of groupsHere) {
        const hits = fit(g, newcomer);
        if (hits > 0 && (!best || hits > best.hits || (hits === best.hits && g.id < best.g.id))) best = { g, node: newcomer, hits };
      }
    }
    if (best) {
      enter(best.g, best.node);
      for (const m of best.g.nodes) {
        const link = m === best.node ? undefined : linkBetween.get(pairKey(best.node, m));
        if (link) best.g.links.push(link);
      }
      absorb(best.g, best.node);
      continue;
    }
    if (gu.length >= MAX_GROUPS_PER_SENTENCE || gv.length >= MAX_GROUPS_PER_SENTENCE) continue;
    const g: Group = { id: groups.length, nodes: new Set(), links: [l] };
    enter(g, l.u);
    enter(g, l.v);
    groups.push(g);
  }
  return groups.filter((g) => !absorbed.has(g));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Per comparison (idf) and sentence: the keys worth looking a partner up by, computed once. */
const informativeCache = new WeakMap<Idf, WeakMap<SentenceFeatures, readonly string[]>>();

function informativeKeys(f: SentenceFeatures, idf: Idf): readonly string[] {
  let bySentence = informativeCache.get(idf);
  if (!bySentence) {
    bySentence = new WeakMap();
    informativeCache.set(idf, bySentence);
  }
  let keys = bySentence.get(f);
  if (!keys) {
    // A word, its stem, and the words news uses for it that `similarity` counts: "walkout" finds
    // "stoppage". (Not every WordNet sense: that many more candidates cost memory at 10 sources and
    // found no more links on gold-dev.)
    keys = [...new Set([...f.content].filter(([key, w]) => w * idf(key) >= CANDIDATE_WEIGHT).flatMap(([key]) => [key, ...closeKeys(key)]))];
    bySentence.set(f, keys);
  }
  return keys;
}

/** The overlap of two sentences, the same whichever is given first. */
function symmetricOverlap(a: Weighed, b: Weighed): Overlap {
  if (a.features.text <= b.features.text) return overlapWeighed(a, b);
  const o = overlapWeighed(b, a);
  return { ...o, coverA: o.coverB, coverB: o.coverA };
}

/**
 * Every candidate pair between two sources with its link features and probability. Candidates share
 * at least one informative word, stem or synonym (what `similarity` counts as one): scoring only those keeps 10 long sources fast, and a pair
 * sharing nothing informative carries no claim in common that words can show.
 */
export function scorePair(
  a: readonly SentenceFeatures[],
  b: readonly SentenceFeatures[],
  idf: Idf,
  forbidden: (i: number, j: number) => boolean = () => false,
  model: LogisticModel = LINK_MODEL,
): Candidate[] {
  const informative = (f: SentenceFeatures) => informativeKeys(f, idf);
  const index = new Map<string, number[]>();
  b.forEach((fb, j) => {
    for (const key of informative(fb)) {
      const list = index.get(key);
      if (list) list.push(j);
      else index.set(key, [j]);
    }
  });
  // Each sentence weighed once for the whole pair of sources (its content does not change while they are scored).
  const [weighedA, weighedB] = [a.map((f) => weigh(f, idf)), b.map((f) => weigh(f, idf))];
  const scored: Array<{ i: number; j: number; o: Overlap }> = [];
  const bestA = new Array<number>(a.length).fill(0);
  const bestB = new Array<number>(b.length).fill(0);
  // The last sentence of `a` each sentence of `b` was taken as a candidate of: no set per sentence.
  const seenBy = new Int32Array(b.length).fill(-1);
  a.forEach((fa, i) => {
    const candidates: number[] = [];
    for (const key of informative(fa)) {
      for (const j of index.get(key) ?? []) {
        if (seenBy[j] === i) continue;
        seenBy[j] = i;
        candidates.push(j);
      }
    }
    for (const j of candidates.sort((x, y) => x - y)) {
      const fb = b[j];
      if (!fb || forbidden(i, j)) continue;
      const o = symmetricOverlap(weighedA[i] as Weighed, weighedB[j] as Weighed);
      bestA[i] = Math.max(bestA[i] ?? 0, o.similarity);
      bestB[j] = Math.max(bestB[j] ?? 0, o.similarity);
      if (o.similarity >= MIN_SIMILARITY) scored.push({ i, j, o });
    }
  });
  const position = (k: number, n: number) => k / Math.max(1, n - 1);
  // Every name each article writes: read only when two sentences open on a name each (`twoSubjects`), which few do.
  let names: [Set<string>, Set<string>] | null = null;
  const namesOf = () => (names ??= [new Set(a.flatMap((f) => [...f.names])), new Set(b.flatMap((f) => [...f.names]))]);
  const pairKey = (i: number, j: number) => i * b.length + j;
  const similarityOf = new Map(scored.map(({ i, j, o }) => [pairKey(i, j), o.similarity]));
  const out: Candidate[] = scored.map(({ i, j, o }) => {
    const fa = a[i] as SentenceFeatures;
    const fb = b[j] as SentenceFeatures;
    const context = {
      bestA: bestA[i] ?? 0,
      bestB: bestB[j] ?? 0,
      positionA: position(i, a.length),
      positionB: position(j, b.length),
      neighbour: Math.max(i > 0 && j > 0 ? (similarityOf.get(pairKey(i - 1, j - 1)) ?? 0) : 0, j + 1 < b.length ? (similarityOf.get(pairKey(i + 1, j + 1)) ?? 0) : 0),
    };
    const features = linkFeatures(fa, fb, o, context);
    const remarks = twoRemarks(fa, fb);
    const probability = linkProbability(features, remarks, model);
    return {
      a: i,
      b: j,
      similarity: round(o.similarity),
      coverA: o.coverA,
      coverB: o.coverB,
      probability,
      features,
      measureDiffers: probability >= MEASURE_FLOOR && probability < LINK_THRESHOLD && sameMeasureDiffers(fa, fb),
      ...(remarks ? { twoRemarks: true } : {}),
    };
  });
  // Two people's claims ("Mahomes threw for 284 yards" / "Allen threw for 301 yards"), each sentence
  // linked to one of its own subject in the other article: held apart, as two remarks are.
  const subjects = (list: readonly SentenceFeatures[]) => list.map((f) => openingSubject(f));
  const [subjectsA, subjectsB] = [subjects(a), subjects(b)];
  const sharesSubject = (x: readonly string[] | undefined, y: readonly string[] | undefined) => (x ?? []).some((w) => (y ?? []).includes(w));
  // (A partner at least as likely as the pair itself: "Messi scored the winner in the 89th minute" /
  // "Suarez scored the winner in the 89th minute" is one claim with the name swapped, closer than
  // either's other sentence about its own man.)
  const partnered = (c: Candidate, side: "a" | "b") =>
    out.some((d) =>
      side === "a"
        ? d.a === c.a && d.b !== c.b && d.probability >= LINK_THRESHOLD && d.probability >= c.probability && sharesSubject(subjectsA[c.a], subjectsB[d.b])
        : d.b === c.b && d.a !== c.a && d.probability >= LINK_THRESHOLD && d.probability >= c.probability && sharesSubject(subjectsA[d.a], subjectsB[c.b]),
    );
  const opensOnNames = (c: Candidate) => (subjectsA[c.a]?.length ?? 0) > 0 && (subjectsB[c.b]?.length ?? 0) > 0;
  const held = out.filter((c) => !c.twoRemarks && opensOnNames(c) && twoSubjects(a[c.a] as SentenceFeatures, b[c.b] as SentenceFeatures, ...namesOf()) && partnered(c, "a") && partnered(c, "b"));
  // So are two occasions ("A magnitude 7.1 earthquake struck on Sunday" / "A 1970 earthquake in the
  // region killed 70,000"), each sentence linked to one of its own occasion in the other article.
  const sameOccasion = (x: SentenceFeatures | undefined, y: SentenceFeatures | undefined) => x !== undefined && y !== undefined && !twoOccasions(x, y) && occasionOf(x) !== null;
  const otherPartner = (c: Candidate, side: "a" | "b") =>
    out.some((d) =>
      side === "a"
        ? d.a === c.a && d.b !== c.b && d.probability >= LINK_THRESHOLD && d.probability >= c.probability && sameOccasion(a[c.a], b[d.b])
        : d.b === c.b && d.a !== c.a && d.probability >= LINK_THRESHOLD && d.probability >= c.probability && sameOccasion(a[d.a], b[c.b]),
    );
  held.push(...out.filter((c) => !c.twoRemarks && !held.includes(c) && twoOccasions(a[c.a] as SentenceFeatures, b[c.b] as SentenceFeatures) && otherPartner(c, "a") && otherPartner(c, "b")));
  for (const c of held) {
    c.probability = capped(c.probability);
    c.measureDiffers = false;
  }
  return out;
}
