import { q } from "./finding";
import { extractFeatures, insideQuotation, tokenKey, type NumberMention, type SentenceFeatures } from "./features";
import { isMoney } from "./measures";
import { bareName, nameVariant } from "./names";
import { givenIn } from "./withheld";
import { voiceOf } from "./quotations";
import { distinctiveFigure } from "./rules/numbers";
import { COUNTED_PEOPLE } from "./vocabulary";
import type { ClaimGroup, Discrepancy, Sentence, Severity } from "./types";

/**
 * Omissions: claims that only some sources carry. Each names its claim (its first words), and its
 * severity says how much the claim matters, kept apart from whether it is missing at all:
 *
 * - what it carries: a figure that identifies a fact (not "two days before") or a person identified
 *   (a victim named, "identified the shooter as") is news (high); a quotation, a name or mostly new
 *   words the others never use is worth a look (medium), but a quotation of someone none of the
 *   others name is colour (low); the rest is background (low);
 * - where it sits: only a claim in the lead (its first LEAD_SENTENCES sentences) is high; further down
 *   it is at most medium; a claim without a quotation or figure in the last part (after LATE) is
 *   background there (medium becomes low);
 * - whether it may be there in other words: a claim one of the outlets said to leave it out comes
 *   close to (link probability at least NEAR_LINK), or whose counted figure ("three people") that
 *   outlet gives somewhere, is at most medium; a claim of figures (not of people) every such outlet
 *   gives, in a few words or in words they use, is low (`restated`: "The justices split four to
 *   three." / "..., ruling 4-3 that ...");
 * - how many: at most MAX_HIGH_PER_SOURCE high omissions per source (an omission belongs to the
 *   first source carrying it), the earliest, so that the few that matter are not drowned; the
 *   rest are medium.
 *
 * Boilerplate ("Further details will be set out in due course", "contributed to this report"), page
 * furniture (time stamps, link labels, sign-offs) and fragments with almost no content (an
 * attribution alone) are never omissions.
 */
export const MAX_HIGH_PER_SOURCE = 3;
/**
 * Link probability with a sentence of an outlet said to leave the claim out from which the claim may
 * be there in other words. On gold-dev pairs, half of the high omissions this close had a partner a
 * reader links; a fifth of the others did.
 */
export const NEAR_LINK = 0.2;
/**
 * Link probability from which another outlet carries the claim, though no claim group could hold the
 * two (the other sentence already sits in two rows whose members the claim does not link to): a link
 * (`LINK_THRESHOLD`). That outlet is not said to leave the claim out.
 */
export const CARRIED = 0.4;
/** Share of a claim's weight in words the others never use up to which a claim of figures they give is said in other words (`restated`). */
export const RESTATED_FRESH = 0.34;
/** Words besides its figures up to which a claim is its figure alone ("The justices split four to three."). */
export const RESTATED_WORDS = 3;
/** Relative position after which a claim counts as background. */
export const LATE = 0.67;
/**
 * The lead of an article, where only an omission is high: its first LEAD_SENTENCES sentences (all of
 * a short report). Not the lead half of a long one: read on BASIL and GVC, of the high omissions
 * past the eighth sentence nearly all were background ("For that year, the budget was $640 million").
 */
export const LEAD_SENTENCES = 8;
/** Fewer content words than this is a fragment, not a claim. */
const MIN_CONTENT = 3;
const EXCERPT_WORDS = 12;

const BOILERPLATE =
  /\b(?:(?:further|more) (?:details|information) (?:will|would|is|are) (?:be )?(?:set out|released|published|provided|available|follow)|this (?:story|article|report) (?:is developing|has been updated|will be updated|was updated|was originally published)|check back|contributed (?:to )?(?:this|the) report|sign up|subscribe to|follow (?:us|him|her|them) on|click here|stay tuned|read more|can be reached at|all rights reserved|for more (?:news|stories|information) (?:visit|go to|see)|anyone with (?:any )?information\b[^.]{0,80}?\b(?:call|contact)|if you or someone you know|^\W*(?:additional |more )?resources (?:for help|are (?:also )?available)|(?:hotline|helpline|lifeline|crisis line)\b[^.]{0,40}?\b1-8\d\d-\d{3}-[\dA-Z]{4}|\b1-8\d\d-\d{3}-[\dA-Z]{4}\b[^.]{0,40}?\b(?:hotline|helpline|lifeline|crisis line)|related (?:articles|stories|coverage|content)\s*:)\b/i;

export interface OmissionSource {
  label: string;
  sentences: readonly Sentence[];
  features: readonly SentenceFeatures[];
  /** The headline, set aside before comparison: a figure an outlet gives only there is still given ("... dies at 91"). */
  title?: string | null;
}

type Draft = Omit<Discrepancy, "id" | "fingerprint">;

/**
 * Page furniture that survives extraction: a time stamp ("(Published Wednesday, Jan. 21, 2015)"), a
 * link's label ("(USA Today article)"), a reporter's sign-off ("NBC 7's Omari Fleming reports.").
 */
const FURNITURE = [
  /^\W*\(\s*(?:published|updated|posted|last updated)\b[^()]*\)\W*$/iu,
  /^(?:published|updated|posted|last updated)\b.{0,40}$/iu,
  /^\W*\(\s*[\p{L}\p{N}'’. ]+\s(?:article|video|photos?|story|report|gallery)\s*\)\W*$/iu,
];
/** At most this many words before a closing verb of saying is an attribution alone ("Sheriff Pohlmann said."). */
const ATTRIBUTION_ONLY_WORDS = 6;
const ATTRIBUTION_ONLY = /^[^"“”]*\b(?:said|says|reports|reported|added|told reporters)\.?$/iu;

/** Boilerplate, promos, page furniture and fragments: never reported as a claim one outlet left out. */
export function isClaim(f: SentenceFeatures): boolean {
  const text = f.text.trim();
  if (FURNITURE.some((p) => p.test(text))) return false;
  // A lead-in to a list or a quotation ("President Obama also said:"): what follows it is the claim.
  if (/:$/.test(text)) return false;
  if (ATTRIBUTION_ONLY.test(text) && text.split(/\s+/).length <= ATTRIBUTION_ONLY_WORDS) return false;
  return !BOILERPLATE.test(text) && f.content.size >= MIN_CONTENT;
}

function vocabulary(sentences: readonly SentenceFeatures[]): Set<string> {
  const known = new Set<string>();
  for (const o of sentences) for (const key of o.content.keys()) known.add(key);
  return known;
}

/** Words some sentences use: one source's vocabulary, or several read together. */
type Known = Pick<ReadonlySet<string>, "has">;

/** The words of several sources' vocabularies, without building their union. */
function anyOf(sets: ReadonlyArray<ReadonlySet<string>>): Known {
  return { has: (key: string) => sets.some((s) => s.has(key)) };
}

/** Units that measure a span of time. */
const TIME_SPANS: ReadonlySet<string> = new Set(["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"]);
/** Words that make a span of time a penalty or a term. */
const TERM = /\b(?:prison|jail|sentenced?|probation|parole|custody|suspend(?:ed|sion)?|ban(?:ned)?|stay|term|detention|rehab(?:ilitation)?|treatment)\b/i;

/** A quotation of fewer words is a term in quotation marks ("Bettie Page", "live"), not what someone said. */
const MIN_QUOTATION_WORDS = 4;
/** Share of a claim's weight in words the other sources never use above which it is a side story. */
const SIDE_STORY = 0.9;
/**
 * The same for a claim that carries a figure: a figure among words the others never use is most
 * often colour or background ("Around 25 people stood behind caution tape at dusk", "a 43-acre
 * property", "a 1997 Mississippi case"); read on BASIL, GVC and ECB+, three in four high omissions
 * above this share were. A person identified is news however new the names are: for one, the share
 * leaves the names out and is held to SIDE_STORY.
 */
const FIGURE_SIDE_STORY = 0.75;

/**
 * What the claim carries, before its place in the article is considered: a figure that identifies
 * a fact, or a person identified (a victim named, a suspect identified), on the story the others
 * tell is news (high); a quotation is worth a look (medium): read on real coverage, most omitted
 * quotations are reactions, colour or one line of a longer remark, rarely the fact a desk must
 * check. One about something none of them mention (a relative's tribute, a team's record) is a
 * side story (medium).
 */
/** Share of a claim's weight in words the others never use; `skip`: words not counted at all. */
function freshShare(f: SentenceFeatures, known: Known, skip: ReadonlySet<string> = new Set()): number {
  let total = 0;
  let fresh = 0;
  for (const [key, w] of f.content) {
    if (skip.has(key)) continue;
    total += w;
    if (!known.has(key)) fresh += w;
  }
  return total > 0 ? fresh / total : 0;
}

export function contentSeverity(f: SentenceFeatures, known: Known, namedElsewhere: (word: string) => boolean = (w) => known.has(w)): Severity {
  const freshShareOf = (skip: ReadonlySet<string>) => freshShare(f, known, skip);
  const fresh = freshShareOf(new Set());
  const quotes = f.quotes.some((q) => q.text.split(/\s+/).length >= MIN_QUOTATION_WORDS);
  // A figure that identifies a fact ("$3.6 billion", "8 percent", "35 years", "two men were shot"), not "two
  // days before", "one of", or a year; or a person the story is about, named ("identified the shooter as").
  // An age ("said 61-year-old Anargyros Bizianis") describes someone; it identifies no fact.
  // A figure inside a quotation is the speaker's ("I've done, like, 20 movies"): a quotation, medium.
  // A span of time describes a career, a history or a distance ("rose over 20 years", "served for
  // nearly 30 years", "the second murder within 24 hours"), unless it is a penalty or a term ("46 to
  // 57 months in prison", "a 90-day court-mandated stay").
  const term = TERM.test(f.text);
  const figure = f.numbers.some(
    (n) =>
      n.unit !== "age" &&
      !(n.unit !== null && TIME_SPANS.has(n.unit) && !term) &&
      !insideQuotation(f, n) &&
      (distinctiveFigure(n.value) || n.unit === "%" || isMoney(n, f.text) || (n.unit !== null && COUNTED_PEOPLE.has(n.unit))),
  );
  const identified = givenIn(f).some((g) => g.kind === "identity:victim" || g.kind === "identity:suspect");
  // The names identified (and their ages) are new by nature: the rest of the sentence says whether it is on the story.
  if (identified) return freshShareOf(new Set([...f.names, ...f.numbers.map((n) => n.key)])) > SIDE_STORY ? "medium" : "high";
  if (figure) return fresh > FIGURE_SIDE_STORY ? "medium" : "high";
  // A quotation of someone none of the others name is colour from a voice they did not use (a
  // neighbour's tribute, an advocate's remarks): background. One of a person they name is worth a look.
  if (quotes) return heardOnlyHere(f, known, namedElsewhere) ? "low" : "medium";
  if ([...f.names].some((n) => !known.has(n))) return "medium";
  return fresh >= 0.5 ? "medium" : "low";
}

/**
 * The sentence's words are those of a named speaker none of the other sources name, however spelled
 * ("Zelenskyy" / "Zelensky"), and the sentence gives no role they mention ("Ann Lee, the police
 * chief" / "the police chief").
 */
function heardOnlyHere(f: SentenceFeatures, known: Known, namedElsewhere: (word: string) => boolean): boolean {
  const speaker = voiceOf(f);
  if (speaker === null || !speaker.named || speaker.words.size === 0) return false;
  return [...speaker.words].every((w) => !known.has(w) && !namedElsewhere(w)) && !f.roles.some((r) => !insideQuotation(f, r) && known.has(r.key));
}

/** The shortest name two spellings one letter apart may share ("Zelensky" / "Zelenskyy"). */
const SPELLING_MIN = 6;

/**
 * The names a source writes, each in all its spellings: the same letters without accents and case,
 * or a long name one letter longer ("Zelensky" / "Zelenskyy"); not a short name inside a word
 * ("Chris" / "Christmas"). Built once per source, so that asking for a word is a few set lookups.
 */
export function spellings(names: Iterable<string>): { has(word: string): boolean } {
  const bare = new Set<string>();
  const oneShorter = new Set<string>();
  for (const n of names) {
    const b = bareName(n);
    bare.add(b);
    if (b.length - 1 >= SPELLING_MIN) oneShorter.add(b.slice(0, -1));
  }
  return {
    has(word: string) {
      const b = bareName(word);
      return bare.has(b) || (b.length >= SPELLING_MIN && oneShorter.has(b)) || (b.length - 1 >= SPELLING_MIN && bare.has(b.slice(0, -1)));
    },
  };
}

/** Words that tell of people harmed, after which a bare count counts them ("5 injured", "4 shot"). */
const HARMED = new Set(["dead", "killed", "died", "injured", "wounded", "hurt", "shot", "hospitalized", "slain"]);
/** Nouns that tell of harm in a sentence ("seven shooting victims"). */
const HARM_NOUNS = new Set(["victim", "shooting", "gunshot", "casualty", "fatality"]);

/**
 * The people a sentence counts as harmed, one by one and in all ("A woman was shot in the chest, and
 * three men were also wounded": 1, 3 and 4; "2 dead, 5 injured": 2, 5 and 7). One outlet's total is
 * another's parts told apart: a claim counting either is there in other words. Counts only in a
 * sentence that tells of harm; "a woman" or "a man" there is one.
 */
export function harmCounts(f: SentenceFeatures | undefined): number[] {
  if (!f || !f.tokens.some((t) => HARMED.has(t.lower) || HARM_NOUNS.has(t.lemma))) return [];
  const counts: number[] = [];
  for (const n of f.numbers) {
    if (insideQuotation(f, n) || n.unit === "age") continue;
    const value = Number(n.value);
    if (!Number.isInteger(value) || value <= 0 || value > 1000) continue;
    const after = f.tokens.filter((t) => t.start >= n.end).slice(0, 3);
    const people = (n.unit !== null && (COUNTED_PEOPLE.has(n.unit) || HARMED.has(n.unit))) || (n.unit === null && after.some((t) => HARMED.has(t.lower) || t.lower === "others"));
    if (people) counts.push(value);
  }
  // "a woman", "a man": one person, when the sentence also counts others.
  if (counts.length > 0) {
    f.tokens.forEach((t, i) => {
      const next = f.tokens[i + 1];
      if ((t.lower === "a" || t.lower === "an") && next && COUNTED_PEOPLE.has(next.lemma) && !f.numbers.some((n) => n.start <= next.start && next.end <= n.end)) counts.push(1);
    });
  }
  return counts.length > 1 ? [...counts, counts.reduce((x, y) => x + y, 0)] : counts;
}

/** The claim's first words, to name it in a list. */
export function excerpt(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length <= EXCERPT_WORDS ? text.trim() : `${words.slice(0, EXCERPT_WORDS).join(" ")} …`;
}

/** The claim named in an explanation: in quotation marks, unless it opens and closes its own quotation. */
export function named(text: string): string {
  const e = excerpt(text);
  const marks = (e.match(/["“”]/g) ?? []).length;
  return /^["“]/.test(e) && marks % 2 === 0 ? e : q(e);
}

function list(names: string[]): string {
  return names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** How close a sentence (source, index) comes to a link with any sentence of another source (`align`'s `nearest`). */
export type Nearest = (source: number, sentence: number, other: number) => number;
const NOWHERE_NEAR: Nearest = () => 0;
/** The sentence of the other source that `Nearest`'s probability is with (`align`'s `closest`). */
export type Closest = (source: number, sentence: number, other: number) => number | null;
const NONE_CLOSEST: Closest = () => null;

export function omissions(sources: readonly OmissionSource[], groups: readonly ClaimGroup[], nearest: Nearest = NOWHERE_NEAR, closest: Closest = NONE_CLOSEST): Draft[] {
  const labels = sources.map((s) => s.label);
  const grouped = sources.map(() => new Set<number>());
  for (const g of groups) for (const m of g.members) for (const s of m.sentences) grouped[m.source]?.add(s);
  const position = (source: number, sentence: number) => sentence / Math.max(1, (sources[source]?.sentences.length ?? 1) - 1);
  /** In the lead: the first LEAD_SENTENCES sentences. */
  const inLead = (spans: ReadonlyArray<{ source: number; sentence: number }>) => spans.some((sp) => sp.sentence < LEAD_SENTENCES);
  const severityOf = (f: SentenceFeatures, known: Known, at: number, lead: boolean, near: boolean, named: (word: string) => boolean, missing: readonly number[]) => {
    if (restated(f, known, missing)) return "low";
    const s = contentSeverity(f, known, (w) => known.has(w) || named(w));
    if (at > LATE && s === "medium") return "low";
    if (!lead && s === "high") return "medium";
    return near && s === "high" ? "medium" : s;
  };
  /**
   * Counted figures ("three people") each source gives anywhere: a claim whose figure an outlet gives
   * may be there in other words. People counted with any noun for people are one count ("four people
   * were shot" / "sent four men to the hospital").
   */
  const countKey = (n: { value: string; unit: string | null }) => `${n.value} ${n.unit !== null && COUNTED_PEOPLE.has(n.unit) ? "person" : n.unit}`;
  const counted = sources.map((p) => new Set(p.features.flatMap((f) => f.numbers.filter((n) => n.unit !== null && n.unit !== "age").map(countKey))));
  /**
   * A claim of a figure or two that every source said to leave it out gives, in words they use ("The
   * justices split four to three." / "..., ruling 4-3 that ..."): most likely said inside a longer
   * sentence of theirs, one claim among others. Worth a look at most.
   */
  const restated = (f: SentenceFeatures, known: Known, missing: readonly number[]) => {
    const money = (n: NumberMention) => n.unit === null && isMoney(n, f.text);
    const figures = f.numbers.filter((n) => ((n.unit !== null && n.unit !== "age") || money(n)) && !insideQuotation(f, n));
    // (People counted are harmed or not by the verb beside them: "two died" is not "two were hurt".)
    if (figures.length === 0 || missing.length === 0 || figures.some((n) => COUNTED_PEOPLE.has(n.unit ?? ""))) return false;
    if (!figures.every((n) => missing.every((other) => (money(n) ? sums[other]?.has(n.value) : counted[other]?.has(countKey(n)))))) return false;
    // The figures' own words ("four", "three") are given, as figures; a claim of a few words more is the figure's.
    const figureWords = new Set(f.tokens.filter((t) => figures.some((n) => n.start <= t.start && t.end <= n.end)).map(tokenKey));
    const words = [...f.content.keys()].filter((k) => !figureWords.has(k)).length;
    return words <= RESTATED_WORDS || freshShare(f, known, figureWords) <= RESTATED_FRESH;
  };
  /** Sums of money each source gives anywhere, by value. */
  const sums = sources.map((p) => new Set(p.features.flatMap((f) => f.numbers.filter((n) => n.unit === null && isMoney(n, f.text)).map((n) => n.value))));
  /** People harmed each source counts anywhere, its headline included, as single counts and sentence totals ("2 dead, 5 injured": 2, 5 and 7). */
  const harmed = sources.map((p) => new Set([...p.features, ...(p.title ? [extractFeatures(p.title)] : [])].flatMap(harmCounts)));
  /** The person the claim identifies is named in a source said to leave it out, however spelled ("DaMontez" / "Demontez"). */
  const namesOf = sources.map((p) => p.features.flatMap((f) => f.tokens.filter((t) => t.pos === "PROPN" && /^\p{Lu}/u.test(t.text)).map((t) => t.text)));
  const namedElsewhere = (f: SentenceFeatures | undefined, missing: readonly number[]) => {
    if (!f) return false;
    const identified = givenIn(f).filter((g) => g.kind === "identity:victim" || g.kind === "identity:suspect");
    const words = identified.flatMap((g) => f.tokens.filter((t) => t.start >= g.start && t.end <= g.end && t.pos === "PROPN" && /^\p{Lu}/u.test(t.text)).map((t) => t.text));
    return words.some((w) => missing.some((other) => (namesOf[other] ?? []).some((n) => nameVariant(n, w))));
  };
  /** Whether a source other than those excluded names someone by the word, however spelled. */
  const spelled = namesOf.map((names) => spellings(names));
  const namedIn = (excluded: (i: number) => boolean) => (word: string) => spelled.some((names, i) => !excluded(i) && names.has(word));
  const headlineFigures = sources.map((p) => new Set(p.title ? extractFeatures(p.title).numbers.map((n) => n.value) : []));
  /** One of the claim's sentences comes close to a sentence of a source said to leave it out, or its figure or person is there in other words, or in that source's headline. */
  const nearAny = (spans: ReadonlyArray<{ source: number; sentence: number }>, missing: readonly number[]) =>
    spans.some(
      (sp) =>
        missing.some((other) => nearest(sp.source, sp.sentence, other) >= NEAR_LINK) ||
        (sources[sp.source]?.features[sp.sentence]?.numbers ?? []).some((n) => missing.some((other) => headlineFigures[other]?.has(n.value))) ||
        (sources[sp.source]?.features[sp.sentence]?.numbers ?? []).some((n) => n.unit !== null && n.unit !== "age" && missing.some((other) => counted[other]?.has(countKey(n)))) ||
        harmCounts(sources[sp.source]?.features[sp.sentence]).some((count) => missing.some((other) => harmed[other]?.has(count))) ||
        namedElsewhere(sources[sp.source]?.features[sp.sentence], missing),
    );
  const out: Draft[] = [];
  const vocabularies = sources.map((s) => vocabulary(s.features));
  const others = (excluded: (i: number) => boolean) => anyOf(vocabularies.filter((_, i) => !excluded(i)));
  const groupsOf = new Map<string, ClaimGroup[]>();
  for (const g of groups) for (const m of g.members) for (const s of m.sentences) groupsOf.set(`${m.source}:${s}`, [...(groupsOf.get(`${m.source}:${s}`) ?? []), g]);
  // Claims in no group: only this source carries them.
  sources.forEach((p, source) => {
    const known = others((i) => i === source);
    for (const s of p.sentences) {
      if (grouped[source]?.has(s.index)) continue;
      const f = p.features[s.index];
      if (!f || !isClaim(f)) continue;
      const otherSources = sources.map((_, i) => i).filter((i) => i !== source);
      // Outlets with a sentence linked to it carry it, in that sentence's row.
      const carriedIn = otherSources.flatMap((i) => {
        const j = nearest(source, s.index, i) >= CARRIED ? closest(source, s.index, i) : null;
        const sentence = j === null ? undefined : sources[i]?.sentences[j];
        return sentence ? [{ source: i, sentence: j ?? 0, text: sentence.text, start: 0, end: sentence.text.length }] : [];
      });
      // And so do the outlets of the rows those sentences sit in, by their sentence there.
      for (const c of [...carriedIn]) {
        for (const g of groupsOf.get(`${c.source}:${c.sentence}`) ?? []) {
          for (const m of g.members) {
            const sentence = sources[m.source]?.sentences[m.sentences[0] ?? 0];
            if (m.source === source || !sentence || carriedIn.some((x) => x.source === m.source)) continue;
            carriedIn.push({ source: m.source, sentence: sentence.index, text: sentence.text, start: 0, end: sentence.text.length });
          }
        }
      }
      const absent = otherSources.filter((i) => !carriedIn.some((c) => c.source === i));
      if (absent.length === 0) continue;
      const near = nearAny([{ source, sentence: s.index }], otherSources);
      const missing = absent.map((i) => labels[i] ?? String(i));
      const carriers = otherSources.filter((i) => !absent.includes(i)).concat(source).sort((x, y) => x - y).map((i) => labels[i] ?? String(i));
      out.push({
        type: "omission",
        // Carried by another outlet in words the engine linked but could not place in one row: worth a look, no more.
        severity: carriedIn.length > 0 ? "low" : severityOf(f, known, position(source, s.index), inLead([{ source, sentence: s.index }]), near, namedIn((i) => i === source), absent),
        claimGroup: null,
        scope: "omission",
        // The claim's own sentence first: the row it belongs to (`rowOf`) is that sentence's.
        spans: [{ source, sentence: s.index, text: s.text, start: 0, end: s.text.length }, ...carriedIn],
        explanation: carriers.length === 1
          ? `Only ${list(carriers)} carries this claim (${named(s.text)}); ${list(missing)} ${missing.length === 1 ? "does" : "do"} not.`
          : // The others say it in a sentence of another row: the row shows only this outlet, and should not be contradicted.
            `${labels[source] ?? String(source)} carries this claim (${named(s.text)}), ${list(carriedIn.map((c) => labels[c.source] ?? String(c.source)))} in another row; ${list(missing)} ${missing.length === 1 ? "does" : "do"} not.`,
      });
    }
  });
  // Claims some but not all sources carry. A sentence in two groups carries its claim to the sources
  // of both: the other outlets of its other row say it too, and are not said to leave it out.
  const reportedClaims = new Set<string>();
  for (const g of groups) {
    if (g.members.length === sources.length) continue;
    const related = g.members.flatMap((m) => m.sentences.flatMap((s) => groupsOf.get(`${m.source}:${s}`) ?? []));
    const carriers = new Set(related.flatMap((r) => r.members.map((m) => m.source)));
    if (carriers.size === sources.length) continue;
    const carrying = g.members.map((m) => m.source);
    // Rows that share a sentence, each with outlets the other lacks, tell one claim: its omission is
    // reported once, by the first of them ("b and d carry this claim, c in another row; a does not",
    // not that and "c and d carry this claim, b in another row" again). Rows of the same outlets are
    // two claims one sentence of theirs holds both of: each is named.
    const claim = [...new Set([g, ...related])].map((r) => groups.indexOf(r)).sort((x, y) => x - y).join(",");
    if ([...carriers].some((i) => !carrying.includes(i))) {
      if (reportedClaims.has(claim)) continue;
      reportedClaims.add(claim);
    }
    const missing = labels.filter((_, i) => !carriers.has(i));
    // Outlets not in this row that carry the claim in a row of their own with one of its sentences: named, so the row's gaps are not contradicted.
    const elsewhere = labels.filter((_, i) => carriers.has(i) && !carrying.includes(i));
    const known = others((i) => carriers.has(i));
    const at = Math.min(...g.members.map((m) => position(m.source, m.sentences[0] ?? 0)));
    const spans = g.members.flatMap((m) => m.sentences.map((sentence) => ({ source: m.source, sentence })));
    const near = nearAny(spans, sources.map((_, i) => i).filter((i) => !carriers.has(i)));
    // The claim as its most telling carrier words it ("The extortion charge carries a maximum sentence of
    // 20 years" / "Brennan faces up to 20 years"): whichever source is listed first, one severity.
    const [lead, namedByCarriers, absent] = [inLead(spans), namedIn((i) => carriers.has(i)), sources.map((_, i) => i).filter((i) => !carriers.has(i))];
    const readings = g.members.flatMap((m) => {
      const sentence = sources[m.source]?.sentences[m.sentences[0] ?? 0];
      const f = sources[m.source]?.features[m.sentences[0] ?? 0];
      if (!f || !sentence || !isClaim(f)) return [];
      return [{ sentence, severity: severityOf(f, known, at, lead, near, namedByCarriers, absent) }];
    });
    const reading = readings.reduce<(typeof readings)[number] | undefined>((best, r) => (best === undefined || RANK[r.severity] > RANK[best.severity] ? r : best), undefined);
    if (!reading) continue;
    const sentence = reading.sentence;
    out.push({
      type: "omission",
      severity: reading.severity,
      claimGroup: null,
      scope: "omission",
      spans: g.members.map((m) => {
        const s = sources[m.source]?.sentences[m.sentences[0] ?? 0];
        return { source: m.source, sentence: s?.index ?? 0, text: s?.text ?? "", start: 0, end: s?.text.length ?? 0 };
      }),
      explanation: `${list(carrying.map((i) => labels[i] ?? ""))} carry this claim (${named(sentence.text)})${elsewhere.length > 0 ? `, ${list(elsewhere)} in another row` : ""}; ${list(missing)} ${missing.length === 1 ? "does" : "do"} not.`,
    });
  }
  return capHigh(out, position);
}

const RANK: Readonly<Record<Severity, number>> = { low: 0, medium: 1, high: 2 };

/** Keeps the earliest MAX_HIGH_PER_SOURCE high omissions of each source high; the later ones become medium. */
function capHigh(drafts: Draft[], position: (source: number, sentence: number) => number): Draft[] {
  const owner = (d: Draft) => d.spans[0]?.source ?? 0;
  const at = (d: Draft) => position(owner(d), d.spans[0]?.sentence ?? 0);
  const kept = new Set(
    [...new Set(drafts.map(owner))].flatMap((source) =>
      drafts
        .filter((d) => d.severity === "high" && owner(d) === source)
        .sort((x, y) => at(x) - at(y))
        .slice(0, MAX_HIGH_PER_SOURCE),
    ),
  );
  return drafts.map((d) => (d.severity === "high" && !kept.has(d) ? { ...d, severity: "medium" } : d));
}
