import { insideQuotation, sentenceAt, type Mention, type SentenceFeatures } from "../features";
import { q, span, textOf, type Finding, type Side } from "../finding";
import { antonymous, isKindOf, senses, synonymous } from "../lexicon";
import { EVENT_VERBS, FIRM_MODALS, MOVEMENTS, NUMBER_WORDS, OPPOSITE_OUTCOMES, OPPOSITE_RESULTS, OPEN_MODALS, OPPOSITE_RULINGS, ORDINAL_WORDS, ROLE_WORDS, SPEECH_VERB_CLASS, TRADING, twoMoments, UNCHANGED, WEEKDAYS, YEAR } from "../vocabulary";
import type { Token } from "../nlp";
import { unattributed, voiceOf } from "../quotations";
import { similarity } from "../similarity";
import { canBeSameSpeaker, SUBJECT_PRONOUNS } from "../speakers";
import { complementary } from "../complement";
import { PAST_PERIOD, periodFromNow, subjectBefore } from "./context";
import { changedMentions, type RuleContext, type RuleDescriptor } from "./rule";

/**
 * Negation: one side negates what the other asserts. A negation (from `features`: "not", "never",
 * "doesnt", and not in "not only", "do-not-call", a question or "X, not Y"; "failed to", "refused to", "declined to" before a verb) inside the changed words
 * conflicts only when the other side does not negate it (no negation, no "failed to", "without",
 * "unless" in the clause that states it: a negation in another clause, after "but" or "though", is
 * another statement's) and states the same predicate about the same thing ("did not name Smith" / "named
 * Smith"; a verb news uses for it, in the passive too: "would not cut its budget" / "spending would
 * be reduced"; a synonym, its object written as a compound: "does not need approval from voters" /
 * "requires voter approval", not "state money" / "federal money"; a kind of what is denied: "no
 * weapon was found" / "a handgun was found"; an event denied by its noun: "No injuries were reported" /
 * "two people were injured"), and not by two named people (one denies what another asserts: a disagreement, not a
 * contradiction); a negation inside a quotation, only against the same quoted words. High when the two
 * passages are one statement (similarity of at least `sameStatement`) about one subject, low when
 * they share little, say it of different subjects ("One party won't tax" / "The Democrats tax", or a
 * person named against "he": "Ruiz has never been a coach" / "He has been a coach"),
 * places ("in Germany" / "in France"), as a person's denial against a fact told in the passive, or
 * of two times ("Section 7 doesn't require it" / "Section 7 required it") or two occasions ("in the
 * blast last year" / "this year", "the company's other plant", "at first": `twoOccasions`), state it
 * only as someone's accusation ("accused the company of ignoring safety problems": `accusedOf`) or
 * in a clause of "before" ("before it took effect": `notYet`), or are quotations one of
 * which no one is said to speak. The finding shows where the other side states what is denied ("No
 * homes" / "Two homes have been destroyed").
 * Opposite predicates of one subject in one statement ("acquitted" / "convicted", "rose" / "fell",
 * "killed" / "injured", "raised" / "left unchanged": `opposites`) are a contradiction too, high; two
 * moves of a market one side reads during trading may be one day's read at two times: medium.
 * A name, suspect or cause one side says is not released and the other gives is `withheld`'s.
 */
export const NEGATION_RULE = {
  type: "negation",
  detects: "a claim one side asserts and the other denies",
  thresholds: { sameStatement: 0.45 },
  severity: { sameStatement: "high", otherSpeakers: "medium", differentStatements: "low", departure: "medium", marketMoves: "medium" },
} as const satisfies RuleDescriptor;

/** Words that negate without "not": their presence means the other sentence negates too. */
const IMPLICIT_NEGATIONS = new Set([
  "fail", "failure", "refuse", "refusal", "deny", "denial", "decline", "reject", "lack", "without", "unable", "inability",
  "absence", "neither", "avoid", "never", "rarely", "seldom", "hardly", "barely", "scarcely", "unless",
  // "has yet to sign", "stopped making", "kept it from spreading", "prevented it from".
  "yet", "stop", "cease", "quit", "halt", "prevent", "escape",
]);

export function negation(a: Side, b: Side, context: RuleContext): Finding[] {
  const out: Finding[] = [];
  // One count told from its two sides ("two of the five survived" / "three of the five did not"): agreement.
  if (complementary(a.features, b.features)) return [];
  // A negation conflicts only when both sentences state the negated thing and the other does not negate it
  // in any way ("not addressing" vs "failing to address" agree).
  // A negation inside someone's quotation is theirs, not the outlet's claim: it conflicts only with the
  // same quoted words on the other side.
  const quoted = (side: Side, m: Mention) => side.features.quotes.some((q) => q.start <= m.start && m.end <= q.end);
  // Whom each side says it of: a different subject ("One party won't tax" / "The Democrats tax")
  // may be a different statement, not a denial: worth a look only.
  let subjectsDiffer = false;
  let speakerUnknown = false;
  let otherSpeakers = false;
  // Where the other side states what is negated, by negation: shown beside it ("No homes" / "Two homes have been destroyed").
  const statements = new Map<Mention, Token>();
  const conflicting = (self: Side, other: Side, mentions: Mention[]) =>
    mentions.filter((m) => {
      if (deniesNothing(self.features.tokens, m, other.features.tokens)) return false;
      const head = negatedHead(self.features.tokens, m);
      if (head === undefined) return false;
      // The same predicate about the same thing: the negated word and the word it governs
      // ("did not name Smith" / "named Smith"), not the word alone used elsewhere ("isn't
      // conservative enough" / "conservative talk radio").
      const object = contentAfter(self.features.tokens, head);
      const same = (x: Token, y: Token) => x.lemma === y.lemma || synonymous(x.lemma, y.lemma) || oneEvent(x.lemma, y.lemma);
      // A figure before the object is part of it: "did not cut jobs" / "slashed 300 jobs"; so is the
      // noun a modifier stands before: "does not need approval from voters" / "requires voter approval".
      const objects = (tokens: readonly Token[], first: Token | undefined) => {
        if (first === undefined) return [];
        // And each count of a list: "aware of 14 crashes and three injuries" states the injuries too.
        if (first.pos === "NUM") return [first, contentAfter(tokens, first), ...countedAlong(tokens, first)].filter((x) => x !== undefined);
        // A collective's members are what it says: "a cluster of cases" / "cases", "a series of attacks" / "attacks".
        if (COLLECTIVES.has(first.lemma) && tokens[tokens.indexOf(first) + 1]?.lower === "of") return [first, contentAfter(tokens, tokens[tokens.indexOf(first) + 1] as Token)].filter((x) => x !== undefined);
        // The head of a run of nouns: "school board approval" -> "approval".
        let head = first;
        for (let k = tokens.indexOf(first) + 1; k < tokens.length && k <= tokens.indexOf(first) + COMPOUND_NOUNS && tokens[k]?.pos === "NOUN"; k += 1) head = tokens[k] as Token;
        return head !== first && (first.pos === "NOUN" || first.pos === "ADJ") ? [first, head] : [first];
      };
      // Two modifiers of one noun say two things: "does not need state money" / "requires federal money".
      const modifier = (list: readonly Token[]) => (list.length === 2 && list[0]?.pos !== "NUM" ? list[0] : undefined);
      // So do two nouns after one modifier: "will not sell the state airline" / "would sell the state railway".
      const twoKinds = (p: readonly Token[], r: readonly Token[]) => {
        const [mp, mr] = [modifier(p), modifier(r)];
        if (mp === undefined || mr === undefined || p[1] === undefined || r[1] === undefined) return false;
        return same(mp, mr) !== same(p[1], r[1]);
      };
      // Denied in the passive, what is denied is done to the subject before the verb: "The document was
      // not signed by both sides" / "Both sides signed the document".
      const selfPassive = deniedPassive(self.features.tokens, head) && (object === undefined || agentAfter(self.features.tokens, head) !== undefined);
      const ownObjects = selfPassive ? wordsBefore(self.features.tokens, head).filter((w) => w.pos === "NOUN" || w.pos === "PROPN") : objects(self.features.tokens, object);
      // "Any" of a word for every kind denies every object: "was not charged with any crime" / "was
      // charged with fraud"; not "any deaths" / "two injuries", one kind denied and another stated.
      const denialOfAny = object !== undefined && EVERY_KIND.has(object.lemma) && self.features.tokens.slice(Math.max(0, self.features.tokens.indexOf(object) - 2), self.features.tokens.indexOf(object)).some((w) => w.lower === "any");
      // What the other side's object must be to be one of "any" X: any charge's content for a wrong
      // ("charged with fraud"), a sum for money ("received $5 million"), else X or a kind of it
      // ("lost confidence" is no money lost; "received an apology" no payment).
      const ofAny = (t: Token, theirs: Token | undefined) => {
        if (object === undefined || theirs === undefined) return false;
        if (WRONGS.has(object.lemma)) return LEGAL_PREDICATES.has(t.lemma) || LEGAL_PREDICATES.has(head.lemma);
        if (SUMS.has(object.lemma)) return theirs.pos === "NUM" || /^[$€£¥]/.test(theirs.text) || theirs.lemma === object.lemma;
        return theirs.lemma === object.lemma || synonymous(theirs.lemma, object.lemma) || (theirs.pos === "NOUN" && isKindOf(theirs.lemma, object.lemma));
      };
      let byPassive = false;
      const stated = (t: Token) => {
        // "No weapon was found" denies "a handgun was found": what the other side names is a kind of what is denied.
        if (!same(t, head) && !(head.pos === "NOUN" && t.pos === "NOUN" && isKindOf(t.lemma, head.lemma))) return false;
        if (object === undefined) return true;
        if (denialOfAny && ofAny(t, contentAfter(other.features.tokens, t))) return true;
        const next = objects(other.features.tokens, contentAfter(other.features.tokens, t));
        if (next.some((n) => ownObjects.some((o) => same(n, o)))) return !twoKinds(ownObjects, next);
        // In the passive, what the verb is done to stands before it ("research spending would be reduced").
        byPassive = passive(other.features.tokens, t) && wordsBefore(other.features.tokens, t).some((w) => ownObjects.some((o) => same(w, o)));
        return byPassive;
      };
      // Asked or left open is not asserted: "Is it true that the pay disparity was less?", "announces
      // whether he will step down or seek a second term".
      const asserted = (t: Token) => !openOrAsked(other.features.tokens, t);
      const statedAt = quoted(self, m)
        ? object !== undefined
          ? other.features.tokens.find((t) => insideQuotation(other.features, t) && stated(t) && asserted(t))
          : undefined
        : // The outlet's own denial against someone's quoted words ("he had not served in Vietnam" /
          // "'since the days that I served in Vietnam,' he said") is two voices, not a contradiction.
          other.features.tokens.find((t) => !insideQuotation(other.features, t) && stated(t) && asserted(t));
      if (!statedAt) return false;
      // The other side negates it too, in any way, in the clause that states it ("did not attend" /
      // "failed to attend"); a negation in another clause of its sentence is another statement's
      // ("Two of the diplomats have been accused, though the ministry gave no details").
      if (negatedInClause(other.features, statedAt)) return false;
      // None of a thing doing one act against every one of it doing another ("No teachers crossed the
      // picket line" / "Every teacher honored the picket line"): two predicates that may agree, or one
      // act in other words ("No workers lost their jobs" / "All workers were laid off"): worth a look.
      if (/^no$/i.test(m.text) && head.pos === "NOUN" && statedAt.pos === "NOUN" && everyOf(other.features.tokens, statedAt)) {
        const [own, theirs] = [subjectsVerb(self.features.tokens, head), subjectsVerb(other.features.tokens, statedAt)];
        if (own && theirs && !same(own, theirs) && own.lemma !== "be" && theirs.lemma !== "be") subjectsDiffer = true;
      }
      // "not on a leash" / "off its leash", "not in the car" / "out of the car": one state said two ways.
      if (oppositeParticle(self.features.tokens, m, head, other.features.tokens, statedAt)) return false;
      // Of two things counted apart ("found not guilty on a third count" / "found guilty of two counts"): two statements.
      const [countsX, countsY] = [countsIn(self.features.tokens, clauseUntil(self.features.tokens, head)), countsIn(other.features.tokens, clauseUntil(other.features.tokens, statedAt))];
      if (countsX.size > 0 && countsY.size > 0 && ![...countsX].some((c) => countsY.has(c))) return false;
      // Two named speakers' words: one denies what the other asserts. The outlets may each report one
      // side of a dispute, but a reader of either learns the opposite: worth a look, not a contradiction.
      const [own, theirs] = [sentenceAt(self.features, m), sentenceAt(other.features, statedAt)];
      // (Their own quoted words are two people speaking: no finding.)
      if (!canBeSameSpeaker(voiceOf(own), voiceOf(theirs))) {
        if (quoted(self, m) || insideQuotation(other.features, statedAt)) return false;
        otherSpeakers = true;
      }
      // Two quotations contradict only as one speaker's words; a line no one is said to speak may be anyone's.
      if (quoted(self, m) && (unattributed(own) || unattributed(theirs))) speakerUnknown = true;
      const [sx, sy0] = [subjectBefore(self.features.tokens, m.start), subjectBefore(other.features.tokens, statedAt.start)];
      // (A verb before "to" the tagger read as a noun, the verb the denial has: "The district plans to lay
      // off" / "does not plan to lay off": the subject is before it.)
      const misread = sy0 !== undefined && other.features.tokens[other.features.tokens.indexOf(sy0) + 1]?.lower === "to" && self.features.tokens.some((t) => t.pos === "VERB" && t.lemma === sy0.lemma);
      const sy = misread ? subjectBefore(other.features.tokens, sy0.start) : sy0;
      // (A passive's subject is what the other side's verb is done to, not who does it.)
      // (Denied in the passive, who does it is the agent after "by": "was not signed by both sides" / "Both sides signed".)
      const agent = selfPassive ? agentAfter(self.features.tokens, head) : undefined;
      // (Told in the passive on both sides, the agents are compared: "was not stolen by the hackers" / "was stolen by the hackers".)
      const theirAgent = selfPassive && passive(other.features.tokens, statedAt) ? agentAfter(other.features.tokens, statedAt) : undefined;
      const doer = theirAgent ?? sy;
      if (selfPassive ? agent !== undefined && doer !== undefined && !same(agent, doer) : sx && sy && !same(sx, sy) && !byPassive) subjectsDiffer = true;
      // A person named on one side and "he" or "she" on the other may be two people ("DiLeo has never
      // been an NBA coach" / "He is the fifth NBA head coach fired"): not the same subject for sure.
      const [px, py] = [pronounBefore(self.features.tokens, m.start), pronounBefore(other.features.tokens, statedAt.start)];
      if ((sx?.pos === "PROPN" && py) || (sy?.pos === "PROPN" && px)) subjectsDiffer = true;
      // Told in the passive on one side only by the speaker's voice ("he did not send the photo",
      // Weiner said / "the photo was sent from his account"): a denial against a fact, worth a look.
      if (byPassive && reported(own) !== reported(theirs)) subjectsDiffer = true;
      // Said of two places or names ("did not cut jobs in Germany" / "cut jobs in France"): two statements.
      const [nx, ny] = [namesAfter(self.features.tokens, head), namesAfter(other.features.tokens, statedAt)];
      if (nx.size > 0 && ny.size > 0 && ![...nx].some((n) => ny.has(n))) subjectsDiffer = true;
      // Denied now and asserted of the past ("The rules don't require it" / "the section, which
      // required it"), or the other way round: what changed, not a contradiction.
      if (otherTimes(self.features.tokens, m, other.features.tokens, statedAt)) subjectsDiffer = true;
      // Stated only as someone's accusation ("Regulators accused the company of ignoring safety
      // problems" / "The company says there is no safety problem"): one party's charge against the
      // other's denial, a dispute both outlets may report, worth a look.
      if (accusedOf(other.features.tokens, statedAt)) subjectsDiffer = true;
      // Told of two occasions ("in the blast last year" / "this year", "the first blast" / "the second",
      // "at the company's other plant"), or as a first report ("No deaths were reported at first"): worth a look.
      if (twoOccasions(own.text, theirs.text)) subjectsDiffer = true;
      // Not yet done against done ("has not yet been signed" / "signed it on Friday"): one outlet may be earlier: worth a look.
      if (self.features.tokens.slice(Math.max(0, self.features.tokens.indexOf(head) - 4), self.features.tokens.indexOf(head)).some((w) => w.lower === "yet")) subjectsDiffer = true;
      // So of two years ("was not ratified in 1999" / "ratified the treaty in 2023").
      const yearsOf = (text: string) => new Set(text.match(YEARS) ?? []);
      const [yx, yy] = [yearsOf(own.text), yearsOf(theirs.text)];
      if (yx.size > 0 && yy.size > 0 && ![...yx].some((v) => yy.has(v))) subjectsDiffer = true;
      // Stated in a clause of "before" ("struck down the law before it took effect" / "it never took
      // effect"): had not happened then, may never have, or did later: worth a look.
      if (notYet(other.features.tokens, statedAt)) subjectsDiffer = true;
      statements.set(m, statedAt);
      return true;
    });
  const opposite = opposites(a, b) ?? opposedStances(a, b) ?? denialAgainstStatement(a, b) ?? departures(a, b) ?? withAndWithout(a, b, context);
  if (opposite) return [opposite];
  const na = conflicting(a, b, changedMentions(context, 0, [...a.features.negations, ...refusals(a.features.tokens)]));
  const nb = conflicting(b, a, changedMentions(context, 1, [...b.features.negations, ...refusals(b.features.tokens)]));
  if (na.length + nb.length > 0 && out.length === 0) {
    const [side, list, label, other, otherSide] = na.length > 0 ? ([0, na, a.label, b.label, b] as const) : ([1, nb, b.label, a.label, a] as const);
    const asserted = list.flatMap((m) => {
      const t = statements.get(m);
      return t ? [clauseUntil(otherSide.features.tokens, t)] : [];
    });
    // A contradiction needs the same statement on both sides; in passages that share little else the
    // negated words are more likely a different statement: worth a look.
    // So does none of a thing against a count of it, however the rest is worded ("aware of three
    // crashes and no injuries" / "knows of three crashes and two injuries").
    const sameStatement = similarity(a.features, b.features) >= NEGATION_RULE.thresholds.sameStatement || list.some((m) => noneCounted(side === 0 ? a : b, m, otherSide));
    out.push({
      type: NEGATION_RULE.type,
      severity: !sameStatement || subjectsDiffer || speakerUnknown ? NEGATION_RULE.severity.differentStatements : otherSpeakers ? NEGATION_RULE.severity.otherSpeakers : NEGATION_RULE.severity.sameStatement,
      spans: [...list.map((m) => span(side, m)), ...asserted.map((x) => span(side === 0 ? 1 : 0, x))],
      explanation: `${label} negates the claim (${list.map((m) => q(m.text)).join(", ")}); ${other} ${asserted.length > 0 ? `states it: ${asserted.map((x) => q(textOf(otherSide, x))).join(", ")}` : "does not"}.`,
    });
  }
  return out;
}

const YEARS = /\b(?:19|20)\d{2}\b/g;

/** "fatally injured", "mortally wounded": a death told by its wound. */
function fatally(tokens: readonly Token[], t: Token): boolean {
  const i = tokens.indexOf(t);
  return tokens.slice(Math.max(0, i - 2), i).some((w) => /^(?:fatally|mortally)$/i.test(w.lower));
}

/** Verbs of posture, which news uses for where a thing is: WordNet's opposites among them are no contradiction. */
const POSTURES = new Set(["sit", "lie", "stand"]);

/** A year in the clause before a verb: the event it tells is that year's ("a quake in 2001 killed"). */
function datedBefore(side: Side, verb: Token): boolean {
  const words: string[] = [];
  for (let k = side.features.tokens.indexOf(verb) - 1; k >= 0; k -= 1) {
    const w = side.features.tokens[k] as Token;
    if (/^[.;:!?,]$/.test(w.text)) break;
    words.push(w.text);
  }
  return words.some((w) => YEAR.test(w));
}

/** Words that open another clause of a sentence: a negation beyond them is that clause's. */
const CLAUSE_BREAKS = new Set(["but", "though", "although", "while", "whereas"]);

/** A negation ("not", "no", "never") or a word that negates ("failed", "without", "declined") in the clause of a token. */
function negatedInClause(f: SentenceFeatures, t: Token): boolean {
  const tokens = f.tokens;
  const i = tokens.indexOf(t);
  const breaks = (w: Token | undefined) => w === undefined || /^[.;:!?]$/.test(w.text) || CLAUSE_BREAKS.has(w.lower) || (w.text === "," && CLAUSE_BREAKS.has(tokens[tokens.indexOf(w) + 1]?.lower ?? ""));
  let [first, last] = [i, i];
  while (first > 0 && !breaks(tokens[first - 1])) first -= 1;
  while (last + 1 < tokens.length && !breaks(tokens[last + 1])) last += 1;
  const [start, end] = [(tokens[first] as Token).start, (tokens[last] as Token).end];
  // A word that negates does so to what follows it ("stopped making", "failed to pay"), not to what
  // its clause said before it ("developed inflammation and stopped treatment").
  // (Not a "no" after it in a phrase of its object: "includes a guarantee of no compulsory redundancies"
  // denies redundancies, not that it includes the guarantee.)
  const ofItsObject = (n: Mention) => n.start > t.end && n.text.toLowerCase() === "no" && tokens[tokens.findIndex((w) => w.start === n.start) - 1]?.pos === "ADP";
  return f.negations.some((n) => n.start >= start && n.end <= end && !ofItsObject(n)) || tokens.slice(first, i).some((w, k) => IMPLICIT_NEGATIONS.has(w.lemma) || rulesOut(tokens, first + k, i));
}

/** Words that say a noun is every one of its kind: "Every teacher", "All of the district's schools". */
const EVERY = new Set(["every", "all", "each"]);

/** The noun is said of every one of its kind: "every" or "all" (of the) within a few words before it. */
function everyOf(tokens: readonly Token[], noun: Token): boolean {
  const i = tokens.indexOf(noun);
  return tokens.slice(Math.max(0, i - EVERY_REACH), i).some((t) => EVERY.has(t.lower));
}
/** Words at most between "every" / "all" and its noun: "All of the district's high schools". */
const EVERY_REACH = 6;

/** Subjects that deny their verb of all or most of them: "None of the passengers survived", "Neither pilot", "No one on board", "Few of them". */
const NO_SUBJECT = new Set(["none", "neither", "nobody", "no", "few", "not"]);

/** The predicate's clause opens with a subject of none or few of its kind ("None of the 150 passengers survived"). */
function fewOrNoneDid(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && !/^[.;:!?,]$/.test(tokens[k]?.text ?? "") && tokens[k]?.pos !== "CCONJ" && tokens[k]?.pos !== "SCONJ") k -= 1;
  return tokens.slice(k + 1, i).some((t) => NO_SUBJECT.has(t.lower));
}

/** "ruled out a ceasefire": a verb that negates in two words, what it governs up to token `until` (not past another verb: "ruled out a referendum and announced an election"). */
function rulesOut(tokens: readonly Token[], k: number, until: number): boolean {
  return tokens[k]?.lemma === "rule" && tokens[k + 1]?.lower === "out" && !tokens.slice(k + 2, until).some((t) => t.pos === "VERB");
}

/**
 * The verb a noun denied by "no" does, as the subject of its clause ("No teachers at the school
 * crossed the picket line"): the first verb after it before a punctuation mark.
 */
function subjectsVerb(tokens: readonly Token[], noun: Token): Token | undefined {
  for (const t of tokens.slice(tokens.indexOf(noun) + 1, tokens.indexOf(noun) + 1 + SUBJECT_REACH)) {
    if (t.pos === "PUNCT" && t.text !== "'s") return undefined;
    // (A past the tagger read as a noun: "Every nurse ... honored the picket line".)
    if (t.pos === "VERB" || (/^\p{Ll}+ed$/u.test(t.text) && [t.lower.slice(0, -2), t.lower.slice(0, -1)].some((v) => senses(v).some((s) => s.startsWith("v"))))) return t;
  }
  return undefined;
}
/** Tokens from a subject to its verb, at most: "No teachers at the district's high schools crossed". */
const SUBJECT_REACH = 10;

/** Words that set an occasion apart from the story's own, or a first report: "the company's other plant", "at first". */
const ANOTHER_OCCASION = /\b(?:other|another|separate|neighbou?ring|nearby|previous|earlier|prior|at\s+first|initially|initial)\b/i;
const ORDINAL_OCCASION = /\b(first|second|third|fourth|fifth|last)\s+(?:\p{L}+\s+)?(?:blast|explosion|attack|fire|quake|earthquake|storm|crash|shooting|strike|game|match|round|day|night|wave)\b/iu;

/** The two sentences tell of two occasions: another period, weekday or ordinal each, or one sets its own apart. */
function twoOccasions(x: string, y: string): boolean {
  const differ = (p: string | null | undefined, r: string | null | undefined) => p != null && r != null && p.toLowerCase() !== r.toLowerCase();
  const [px, py] = [periodFromNow(x), periodFromNow(y)];
  return (
    differ(px, py) ||
    ((px !== null) !== (py !== null) && (/\b(?:1[89]|20)\d{2}\b/.test(px === null ? x : y) || WEEKDAYS.test(px === null ? x : y))) ||
    differ(ORDINAL_OCCASION.exec(x)?.[1], ORDINAL_OCCASION.exec(y)?.[1]) ||
    differ(WEEKDAYS.exec(x)?.[1], WEEKDAYS.exec(y)?.[1]) ||
    ANOTHER_OCCASION.test(x) !== ANOTHER_OCCASION.test(y)
  );
}

/** Nouns for whatever the predicate may take: "any wrongdoing", "any crime", "any role", "any money". */
const WRONGS = new Set(["wrongdoing", "crime", "offense", "offence", "misconduct", "violation", "charge"]);
const SUMS = new Set(["money", "payment", "fund"]);
const EVERY_KIND = new Set([...WRONGS, ...SUMS, "role", "involvement", "part", "evidence", "deal", "agreement", "candidate"]);
/** Predicates whose object is a wrong: "charged with", "accused of", "convicted of". */
const LEGAL_PREDICATES = new Set(["charge", "accuse", "convict", "indict", "arrest", "suspect", "cite", "sentence"]);

/** Verbs that tell a thing as one party's charge against another: "accused the company of ignoring", "alleged that". */
const ACCUSING = new Set(["accuse", "allege", "blame", "contend"]);
/** Words before the stated thing within which an accusing verb governs it. */
const ACCUSATION_REACH = 8;

/** The thing is stated as an accusation: an accusing verb in its sentence shortly before it, no clause end between. */
function accusedOf(tokens: readonly Token[], t: Token): boolean {
  const i = tokens.indexOf(t);
  for (let k = i - 1; k >= 0 && i - k <= ACCUSATION_REACH; k -= 1) {
    const w = tokens[k] as Token;
    if (/^[.;:!?]$/.test(w.text)) return false;
    if (ACCUSING.has(w.lemma)) return true;
  }
  return false;
}

/** The clause's subject before a position is a personal pronoun ("He is the fifth coach fired"). */
function pronounBefore(tokens: readonly Token[], position: number): boolean {
  const before = tokens.filter((t) => t.end <= position).reverse().slice(0, 8);
  for (const t of before) {
    if (t.pos === "PUNCT") return false;
    if (t.pos === "PRON") return SUBJECT_PRONOUNS.has(t.lower);
    if (t.pos === "NOUN" || t.pos === "PROPN") return false;
  }
  return false;
}

/** Nouns after a modifier within which a compound's head is read ("school board approval"). */
const COMPOUND_NOUNS = 3;

/** Words of a clause shown before the word that states the thing denied, and after it. */
const STATED_BEFORE = 7;
const STATED_AFTER = 3;

/** The clause that states a thing, around the word that states it ("Two homes have been destroyed", "requires voter approval"). */
function clauseUntil(tokens: readonly Token[], t: Token): { start: number; end: number } {
  const i = tokens.indexOf(t);
  const stop = (w: Token | undefined) => w === undefined || /^[.;:!?,"“”()—–-]$/.test(w.text);
  let [first, last] = [i, i];
  while (first > 0 && i - first < STATED_BEFORE && !stop(tokens[first - 1])) first -= 1;
  while (last + 1 < tokens.length && last - i < STATED_AFTER && !stop(tokens[last + 1])) last += 1;
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/** The words of a token's clause before it, lower case ("a pedestrian was" before "killed"). */
function clauseBefore(side: Side, t: Token): string {
  const tokens = side.features.tokens;
  const words: string[] = [];
  for (let k = tokens.indexOf(t) - 1; k >= 0; k -= 1) {
    const w = tokens[k] as Token;
    if (/^[.;:!?,]$/.test(w.text)) break;
    words.unshift(w.lower);
  }
  return words.join(" ");
}

/**
 * The main clause a verb in "-ing" right after a comma tells the outcome of ("The train derailed,
 * killing 12 passengers": the derailment killed them, the train its subject): its words from the
 * sentence's start (or the last stop or semicolon) to the comma, and their subject. Null for any
 * other verb.
 */
function hostClause(tokens: readonly Token[], t: Token): { words: string; subject: Token | undefined } | null {
  const at = tokens.indexOf(t);
  if (t.pos !== "VERB" || !t.lower.endsWith("ing") || tokens[at - 1]?.text !== ",") return null;
  let from = at - 1;
  while (from > 0 && !/^[.;:!?]$/.test(tokens[from - 1]?.text ?? "")) from -= 1;
  const clause = tokens.slice(from, at - 1);
  const verb = clause.find((w) => w.pos === "VERB");
  if (!verb) return null;
  return { words: clause.map((w) => w.lower).join(" "), subject: subjectBefore(tokens, verb.start) };
}

/** Words of a mark beaten or missed ("beat estimates" / "missed estimates"): opposite only of one mark. */
const MARK_VERBS = new Set(["beat", "top", "exceed", "surpass", "miss"]);
const onAMark = (lemma: string) => MARK_VERBS.has(lemma);

/**
 * What a verb's clause says after it, to the clause's end, lower case: what it is done to and how
 * ("analysts' estimates for the quarter", "12 passengers", "him"; "" when nothing follows).
 */
function restOf(tokens: readonly Token[], verb: Token): string {
  const sentence = clauseAfter(tokens, verb.end);
  const end = sentence.findIndex((t) => /^[,;:]$/.test(t.text));
  return (end < 0 ? sentence : sentence.slice(0, end)).map((t) => t.lower).join(" ");
}

/** Two outcomes that cannot both hold of one subject (`vocabulary.OPPOSITE_OUTCOMES`). */
const oppositeOutcomes = (x: string, y: string) => OPPOSITE_OUTCOMES.some(([p, r]) => (p.has(x) && r.has(y)) || (p.has(y) && r.has(x)));

/**
 * Two rulings that cannot both be given on one thing (`vocabulary.OPPOSITE_RULINGS`), each side's
 * ruling on the same thing: "granted bail" / "refused bail", "upheld his conviction" / "quashed his
 * conviction"; not "upheld the appeal" / "quashed the conviction", one ruling told two ways.
 */
function oppositeRulings(a: Side, x: Token, b: Side, y: Token): boolean {
  const pair = OPPOSITE_RULINGS.find((r) => (r.given.has(x.lemma) && r.refused.has(y.lemma)) || (r.given.has(y.lemma) && r.refused.has(x.lemma)));
  if (!pair) return false;
  // (Not a ruling refused, "declined to overturn the conviction", which is the other ruling; nor one in part.)
  const refusedHere = (side: Side, t: Token) => {
    const i = side.features.tokens.indexOf(t);
    return side.features.tokens[i - 1]?.lower === "to" && REFUSALS.has(side.features.tokens[i - 2]?.lemma ?? "");
  };
  if (refusedHere(a, x) || refusedHere(b, y) || IN_PART.test(a.features.text) || IN_PART.test(b.features.text)) return false;
  const [onX, onY] = [ruledOn(a.features.tokens, x, pair.on), ruledOn(b.features.tokens, y, pair.on)];
  // One thing, and one owner of it when both say whose: "the mother's application" / "the father's application" are two.
  const owners = (on: Set<string>) => [...on].filter((w) => w.endsWith("'s"));
  const [ox, oy] = [owners(onX), owners(onY)];
  if (ox.length > 0 && oy.length > 0 && !ox.some((w) => oy.includes(w))) return false;
  return [...onX].some((w) => !w.endsWith("'s") && onY.has(w));
}

/** A ruling given in part: "granted the application in part", "partly upheld", "rejected part of". */
const IN_PART = /\bin\s+part\b|\bpartly\b|\bpartially\b|\bpart\s+of\b/i;

/**
 * What a ruling is on: of a person, who it was done to ("Murphy was remanded in custody"); of an
 * object, the nouns after its verb up to a "by" or a punctuation mark ("granted him bail", "upheld
 * his conviction"), or with none there what it was done to ("The appeal was upheld by the court").
 */
function ruledOn(tokens: readonly Token[], verb: Token, on: "object" | "person"): Set<string> {
  const out = new Set<string>();
  const possessed = (t: Token) => /^['’]s?$/.test(tokens[tokens.indexOf(t) + 1]?.text ?? "");
  if (on === "object") {
    // The head of the thing ruled on, with whose it is: "the government's request" (request, government),
    // "his appeal against conviction" (appeal), not the conviction the appeal is against.
    const after = tokens.slice(tokens.indexOf(verb) + 1);
    const end = after.findIndex((t) => t.pos === "PUNCT" || t.pos === "ADP" || t.lower === "to");
    for (const t of end < 0 ? after : after.slice(0, end)) if (t.pos === "NOUN" || t.pos === "PROPN") out.add(possessed(t) ? `${t.lemma}'s` : t.lemma);
  }
  const { patient } = roles(tokens, verb);
  // (Of whom: "Sharma's co-accused was released" is not Sharma.)
  if (out.size === 0 && patient && !possessed(patient)) out.add(patient.lemma);
  return out;
}

/** Words that make a predicate only believed: "is thought to have died", "feared killed", "presumed dead". */
const BELIEVED = new Set(["believe", "think", "fear", "presume", "likely", "probably", "feared", "thought", "believed", "presumed"]);
/** Tokens before a predicate within which a word of belief governs it. */
const BELIEVED_REACH = 4;

/** A word of belief stands right before the predicate ("feared to have been killed"). */
function hedgedBefore(tokens: readonly Token[], t: Token): boolean {
  const i = tokens.indexOf(t);
  return tokens.slice(Math.max(0, i - BELIEVED_REACH), i).some((w) => BELIEVED.has(w.lemma) || BELIEVED.has(w.lower));
}

/** Verbs before "missing" that make it what the subject is now: "were missing", "remain missing", "went missing". */
const MISSING_AFTER = new Set(["be", "remain", "go", "stay"]);
/** "Missing" at token i says what the subject is: after "be", "remain" or "go", not a noun it describes ("the body of a student missing since March"). */
function missingNow(side: Side, i: number): boolean {
  const tokens = side.features.tokens;
  const before = tokens[i - 1]?.pos === "ADV" ? tokens[i - 2] : tokens[i - 1];
  return MISSING_AFTER.has(before?.lemma ?? "");
}

/** Verbs that say what the subject is: an adjective after them is a predicate ("was guilty", "found dead"). */
const COPULAS = new Set(["be", "become", "remain", "find", "plead", "seem", "appear", "prove"]);

/** Verbs of changing a thing, which denied say it was left as it was: "did not change its forecast", "has not altered the rate". */
const CHANGES = new Set(["change", "alter", "adjust", "revise", "modify", "move"]);

/** Verbs that leave a thing as it was, before "unchanged" or "steady" ("left its key rate unchanged", "kept rates steady"). */
const KEEPING = new Set(["leave", "keep", "hold", "remain", "stay"]);
/** Tokens between a verb of keeping and its "unchanged": "left its key interest rate unchanged". */
const KEPT_REACH = 6;

/** The verb of keeping before "unchanged", "steady" or "flat" in its clause ("left its key rate unchanged"), if any. */
function keepingVerb(tokens: readonly Token[], i: number): Token | undefined {
  if (!UNCHANGED.includes(tokens[i]?.lower ?? "")) return undefined;
  for (let k = i - 1; k >= 0 && k >= i - KEPT_REACH; k -= 1) {
    const w = tokens[k] as Token;
    if (/^[.;:!?,]$/.test(w.text)) return undefined;
    if (KEEPING.has(w.lemma)) return w;
  }
  return undefined;
}

/** What a bank, a cartel or a firm holds at a level: "held interest rates at 5.25%", "kept output at 2 million barrels". */
const HELD_LEVELS = new Set(["rate", "price", "forecast", "output", "production", "target", "tariff", "guidance", "fee", "level"]);

/** A verb of keeping that holds a rate or a price at a level ("held its key rate at 4.5%", "at a record high"): left as it was, as "unchanged" says. */
function heldAt(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i];
  if (!verb || verb.pos !== "VERB" || !KEEPING.has(verb.lemma)) return false;
  const clause = tokens.slice(i + 1, i + 1 + KEPT_REACH);
  const end = clause.findIndex((t) => t.pos === "PUNCT" && t.text !== "%");
  const words = end < 0 ? clause : clause.slice(0, end);
  const at = words.findIndex((t) => t.lower === "at");
  return at > 0 && words.slice(0, at).some((t) => t.pos === "NOUN" && HELD_LEVELS.has(t.lemma));
}

/** "Unchanged", "steady" or "flat" said of what a verb of keeping leaves as it was. */
const leftAsItWas = (tokens: readonly Token[], i: number) => keepingVerb(tokens, i) !== undefined;

/** Tokens between a verb and the result it reports: "posted a $3 million profit", "swung to a net loss". */
const RESULT_REACH = 5;

/**
 * The verb that reports a result noun (`OPPOSITE_RESULTS`) as its object, or through "to" ("swung to
 * a loss"), with only its determiner, figures and adjectives between: "reported a quarterly profit".
 */
function resultVerb(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i];
  if (t?.pos !== "NOUN" || !OPPOSITE_RESULTS.some(([p, r]) => p.has(t.lemma) || r.has(t.lemma))) return undefined;
  for (let k = i - 1; k >= 0 && k >= i - RESULT_REACH; k -= 1) {
    const w = tokens[k] as Token;
    if (w.pos === "VERB") return w;
    if (w.lower === "to" && tokens[k - 1]?.pos === "VERB") return tokens[k - 1];
    if (!["DET", "ADJ", "NUM", "SYM", "ADV"].includes(w.pos) && !/^[$€£¥-]$/.test(w.text)) return undefined;
  }
  return undefined;
}

/** Words that turn a state at a time: "after the eruption", "before", "until the final minute", "since". */
const TIME_TURNS = /\b(?:before|after|until|till|since|once|no longer|any longer|anymore)\b/i;

/** The ordinal before a predicate's subject in its clause ("The first suspect was armed": "first"), or "". */
function ordinalBefore(tokens: readonly Token[], t: Token): string {
  const i = tokens.indexOf(t);
  for (let k = i - 1; k >= 0 && k >= i - 6; k -= 1) {
    const w = tokens[k] as Token;
    if (/^[.;:!?,]$/.test(w.text)) break;
    if (ORDINAL_WORDS[w.lower] !== undefined || /^\d+(?:st|nd|rd|th)$/.test(w.lower)) return w.lower;
  }
  return "";
}

/** Words of degree before a state that make it neither it nor its opposite: "little changed", "largely unknown". */
const DEGREE_WORDS = new Set(["little", "barely", "hardly", "scarcely", "virtually", "largely", "mostly", "almost", "nearly", "partly", "partially", "somewhat", "relatively"]);

/** Prefixes that make a state its opposite: "armed" / "unarmed", "significant" / "insignificant", "legal" / "illegal". */
const NEGATING_PREFIXES = ["un", "in", "im", "il", "ir", "non", "non-"];

/** Two states, one the other with a negating prefix, said after "be" ("was armed" / "was unarmed"), both words WordNet knows. */
function prefixOpposite(x: Token, y: Token): boolean {
  const [p, r] = x.lower.length <= y.lower.length ? [x, y] : [y, x];
  // The prefixed word a state (an adjective: "unarmed", not the verb "informed" of "formed"), and not one that means the same ("inflammable").
  // ("un-" and "non-" make a participle a state too: "was unarmed", "was unharmed".)
  const state = r.pos === "ADJ" || (r.pos === "VERB" && /^(?:un|non)/.test(r.lower));
  return p.lower.length >= 4 && state && !SAME_WITH_PREFIX.has(r.lower) && NEGATING_PREFIXES.some((prefix) => r.lower === prefix + p.lower) && senses(r.lower).length > 0 && senses(p.lower).length > 0;
}

/** Words with a prefix that mean what the bare word means, or something else: "inflammable" is "flammable", "invaluable" very valuable. */
const SAME_WITH_PREFIX = new Set(["inflammable", "inhabitable", "invaluable", "infamous", "unravelled", "unraveled", "impassioned", "inflamed", "indented", "ingrained", "insured", "involved"]);

/** Two results one period or contest cannot both have (`OPPOSITE_RESULTS`). */
const oppositeResults = (x: string, y: string) => OPPOSITE_RESULTS.some(([p, r]) => (p.has(x) && r.has(y)) || (p.has(y) && r.has(x)));

/** The periods a sentence's results are of: "the third quarter", "the full year", "fiscal 2025", "Q3", "2024", "for the year". */
const RESULT_PERIOD = /\b(?:(first|second|third|fourth|final|last)[\s-]+(quarter|half)|full[\s-]+(year)|fiscal\s+(?:year\s+)?(\d{4})|q([1-4])|((?:19|20)\d{2})|(?:three|six|nine|twelve)[\s-]+(months?)|(?:for|in|over)\s+the\s+(year|quarter|half))\b/gi;
const QUARTERS = ["first", "second", "third", "fourth"];

/** Each period as its unit and which one, if said: "quarter" "third", "year" "2024", "year" "" (the year). */
function resultPeriods(text: string): Array<{ unit: string; which: string }> {
  return [...text.matchAll(RESULT_PERIOD)].map((m) => {
    if (m[2]) return { unit: m[2].toLowerCase(), which: m[1]?.toLowerCase() ?? "" };
    if (m[3]) return { unit: "year", which: "" };
    if (m[4]) return { unit: "year", which: m[4] };
    if (m[5]) return { unit: "quarter", which: QUARTERS[Number(m[5]) - 1] ?? "" };
    if (m[6]) return { unit: "year", which: m[6] };
    if (m[7]) return { unit: "months", which: (m[0].split(/[\s-]/)[0] ?? "").toLowerCase() };
    return { unit: (m[8] ?? "").toLowerCase(), which: "" };
  });
}

/** Results of two periods: one period's unit given two different ones ("third quarter" / "fourth quarter"), or periods of no unit in common ("the quarter" / "the year"). */
function twoResultPeriods(x: string, y: string): boolean {
  const [px, py] = [resultPeriods(x), resultPeriods(y)];
  if (px.length === 0 || py.length === 0) return false;
  const common = px.filter((p) => py.some((r) => r.unit === p.unit));
  if (common.length === 0) return true;
  return common.some((p) => py.some((r) => r.unit === p.unit && p.which !== "" && r.which !== "" && p.which !== r.which) && !py.some((r) => r.unit === p.unit && r.which === p.which));
}

/** Measures of a result that may differ in sign at once: an operating profit and a net loss. */
const RESULT_MEASURES = new Set(["operating", "net", "pretax", "pre-tax", "gross", "underlying", "adjusted", "core", "trading", "comprehensive", "quarterly", "annual"]);

/** Words before a result that leave it the bottom line: "a net loss", "a quarterly profit", "a loss". */
const BOTTOM_LINE = new Set(["net", "quarterly", "annual"]);

/** The measure a result noun is of, said before it ("operating", "pretax"); "net" for the bottom line, told so or bare. */
function resultMeasure(tokens: readonly Token[], noun: Token): string {
  const before = tokens[tokens.indexOf(noun) - 1]?.lower ?? "";
  return RESULT_MEASURES.has(before) && !BOTTOM_LINE.has(before) ? before : "net";
}

/** The word whose subject a predicate is said of: the verb of keeping for "unchanged" or the verb that reports a result, else the predicate itself. */
const keptBy = (tokens: readonly Token[], t: Token) => keepingVerb(tokens, tokens.indexOf(t)) ?? resultVerb(tokens, tokens.indexOf(t)) ?? t;

/** Nouns of a collection whose members, after "of", are what is said of it ("a cluster of cases"). */
const COLLECTIVES = new Set(["cluster", "group", "series", "number", "handful", "couple", "pair", "set", "wave", "string", "spate", "batch", "bunch", "host", "range", "total"]);

/** Tokens before a word within which a negation negates it ("was not convicted"). */
const NEGATED_REACH = 3;

/** "no injuries" against a count of injuries the other side gives ("two injuries"): none of one thing, and some. */
function noneCounted(self: Side, m: { start: number; end: number }, other: Side): boolean {
  const tokens = self.features.tokens;
  const k = tokens.findIndex((t) => t.start === m.start);
  if (tokens[k]?.lower !== "no") return false;
  let n = k + 1;
  while (tokens[n]?.pos === "ADJ" && n - k <= 2) n += 1;
  const noun = tokens[n];
  if (!noun || noun.pos !== "NOUN" || insideQuotation(self.features, noun)) return false;
  return other.features.numbers.some((x) => x.unit === noun.lemma && Number(x.value) > 0 && !insideQuotation(other.features, x));
}

/**
 * Opposite predicates of one subject in one statement: "a jury acquitted the pastor" / "a jury
 * convicted the pastor", "shares rose" / "shares fell" (WordNet antonyms, `lexicon.antonymous`),
 * "posted a profit" / "posted a loss" (a result a verb reports, `vocabulary.OPPOSITE_RESULTS`, of one period),
 * each word said only by its side, in the outlet's words or in the quotation of a speaker both
 * sides name, neither negated ("was not convicted" /
 * "was acquitted" agree), by the same subject ("Smith beat Jones" / "Jones lost to Smith" agree),
 * in two passages that are one statement (`sameStatement`); one side may tell it in the passive
 * ("the jury acquitted the officer" / "the officer was convicted by the jury": `roles`).
 */
/** Words a "with"/"without" may bring or drop with it: "without charge" / "with a charge". */
const WITH_ARTICLES = new Set(["a", "an", "the", "any"]);
/** Tokens at most after the word shown with it in the explanation: the noun phrase it takes. */
const WITH_SHOWN = 4;
const NOUN_PHRASE = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * One thing done with and without the same thing, in otherwise the same words ("entered the home
 * without a judicial warrant" / "with a judicial warrant", "released without charge" / "with a
 * charge"): high. The only change of the two sentences: not with other words for what follows ("left
 * without power" / "left with power cuts", "without a profit" / "with a loss"), nor a word of degree
 * between ("passed with little opposition" / "without opposition"), nor inside a quotation, where
 * either may be a line of the remark.
 */
function withAndWithout(a: Side, b: Side, context: RuleContext): Finding | null {
  if (similarity(a.features, b.features) < NEGATION_RULE.thresholds.sameStatement) return null;
  const words = (ts: readonly Token[]) => ts.filter((t) => /[\p{L}\p{N}]/u.test(t.text) && !WITH_ARTICLES.has(t.lower));
  const changed = context.hunks.filter((h) => words(h.a).length + words(h.b).length > 0);
  if (changed.length !== 1) return null;
  for (const h of changed) {
    const [[x, ...restX], [y, ...restY]] = [words(h.a), words(h.b)];
    if (!x || !y || restX.length > 0 || restY.length > 0) continue;
    if (!((x.lower === "with" && y.lower === "without") || (x.lower === "without" && y.lower === "with"))) continue;
    if (insideQuotation(a.features, x) || insideQuotation(b.features, y)) continue;
    // The word and the noun phrase it takes ("without a judicial warrant").
    const shown = (side: Side, t: Token) => {
      const tokens = side.features.tokens;
      const at = tokens.indexOf(t);
      let end = t.end;
      for (let k = at + 1; k <= at + WITH_SHOWN && NOUN_PHRASE.has(tokens[k]?.pos ?? ""); k += 1) end = tokens[k]?.end ?? end;
      return { start: t.start, end };
    };
    const [sx, sy] = [shown(a, x), shown(b, y)];
    return {
      type: NEGATION_RULE.type,
      severity: NEGATION_RULE.severity.sameStatement,
      spans: [span(0, sx), span(1, sy)],
      explanation: `${a.label} says ${q(a.features.text.slice(sx.start, sx.end))}; ${b.label} says ${q(b.features.text.slice(sy.start, sy.end))}: one says it was done with what the other says it was done without.`,
    };
  }
  return null;
}

function opposites(a: Side, b: Side): Finding | null {
  if (similarity(a.features, b.features) < NEGATION_RULE.thresholds.sameStatement) return null;
  // What a predicate says happened: its lemma, or "unchanged" for a change denied ("did not change its forecast").
  const outcome = new Map<Token, string>();
  const predicates = (side: Side) =>
    side.features.tokens.filter((t, i) => {
      // A verb, or an adjective said of the subject ("was guilty", "found dead"): not a time's ("late Friday" / "early Saturday");
      // or a thing said to be left as it was ("left its rate unchanged", "held rates steady").
      // (An adverb may stand between the copula and its adjective: "was statistically significant".)
      const copula = side.features.tokens[i - 1]?.pos === "ADV" ? side.features.tokens[i - 2] : side.features.tokens[i - 1];
      // Or a result a verb reports ("posted a loss").
      const predicate = t.pos === "VERB" || (t.pos === "ADJ" && COPULAS.has(copula?.lemma ?? "")) || leftAsItWas(side.features.tokens, i) || resultVerb(side.features.tokens, i) !== undefined;
      if (!predicate) return false;
      const before = side.features.tokens.slice(Math.max(0, i - NEGATED_REACH), i);
      // ("non- operative": a prefix cut off by the tokenizer negates too.)
      // ("failed to beat estimates" missed them.)
      const failed = side.features.tokens[i - 1]?.lower === "to" && side.features.tokens[i - 2]?.lemma === "fail";
      const negated = failed || before.some((x) => x.lower === "not" || x.lower === "n't" || x.lower === "never" || x.lower === "no" || x.lower === "non" || x.lower === "non-") || fewOrNoneDid(side.features.tokens, i);
      if ((negated && CHANGES.has(t.lemma)) || heldAt(side.features.tokens, i)) outcome.set(t, UNCHANGED[0] ?? "unchanged");
      // "were missing", "remain missing", "went missing": a state, which the tagger reads as the verb "miss";
      // not how long the dead were gone ("the body of a student missing since March").
      if (t.lower === "missing" && missingNow(side, i)) outcome.set(t, "missing");
      return !negated || outcome.has(t);
    });
  const [pa, pb] = [predicates(a), predicates(b)];
  const said = (t: Token) => outcome.get(t) ?? t.lemma;
  // What a side says too, in its words or in another word news uses for the same event ("killed" /
  // "died"), or as an adjective the tagger read ("14 wounded"): no opposite of it there.
  const told = (side: Side) => new Set(side.features.tokens.flatMap((t) => [t.lemma, t.lower, EVENT_VERBS.get(t.lemma) ?? t.lemma]));
  const [lemmasA, lemmasB] = [told(a), told(b)];
  const toldBy = (lemmas: ReadonlySet<string>, t: Token) => lemmas.has(t.lemma) || lemmas.has(t.lower) || lemmas.has(EVENT_VERBS.get(t.lemma) ?? t.lemma);
  for (const x of pa) {
    if (toldBy(lemmasB, x)) continue;
    for (const y of pb) {
      if (toldBy(lemmasA, y)) continue;
      // Results are opposite by `OPPOSITE_RESULTS` only, both nouns; predicates by WordNet or `OPPOSITE_OUTCOMES`.
      const results = [resultVerb(a.features.tokens, a.features.tokens.indexOf(x)), resultVerb(b.features.tokens, b.features.tokens.indexOf(y))].filter(Boolean).length;
      // (Not by degree: "little changed" is near "unchanged", "largely unknown" near "known to few".)
      const byDegree = DEGREE_WORDS.has(a.features.tokens[a.features.tokens.indexOf(x) - 1]?.lower ?? "") || DEGREE_WORDS.has(b.features.tokens[b.features.tokens.indexOf(y) - 1]?.lower ?? "");
      // (Nor a state told of two times: "uninhabited after the eruption" / "inhabited before it", "undecided until the final minute".)
      const twoTimes = TIME_TURNS.test(sentenceAt(a.features, x).text) || TIME_TURNS.test(sentenceAt(b.features, y).text);
      // (Rulings are opposite only on one thing: "upheld the appeal" / "quashed the conviction" is one ruling.)
      const ruling = oppositeRulings(a, x, b, y);
      if (results === 1 || (results === 2 ? !oppositeResults(x.lemma, y.lemma) : !(antonymous(said(x), said(y)) || oppositeOutcomes(said(x), said(y)) || ruling || (prefixOpposite(x, y) && !byDegree && !twoTimes)))) continue;
      // (A predicate only believed, feared or presumed is no opposite: "is thought to have died" / "remains missing".)
      if (hedgedBefore(a.features.tokens, x) || hedgedBefore(b.features.tokens, y)) continue;
      // Of two of a kind told apart by their order ("The first suspect was armed" / "The second suspect was unarmed"): two subjects.
      if (ordinalBefore(a.features.tokens, x) !== ordinalBefore(b.features.tokens, y) && ordinalBefore(a.features.tokens, x) !== "" && ordinalBefore(b.features.tokens, y) !== "") continue;
      // Results of two periods ("a profit for the full year" / "a loss in the fourth quarter") are two results.
      // So are two measures of one result ("an operating profit" / "a net loss": both may hold), unless one is the net result told bare.
      if (results === 2) {
        if (twoResultPeriods(sentenceAt(a.features, x).text, sentenceAt(b.features, y).text)) continue;
        if (resultMeasure(a.features.tokens, x) !== resultMeasure(b.features.tokens, y)) continue;
      }
      // "Fatally injured", "mortally wounded" is a death.
      if (fatally(a.features.tokens, x) || fatally(b.features.tokens, y)) continue;
      // Told of two places or names after it ("survived a roadside bomb in Iraq" / "was killed by a roadside bomb in Afghanistan"): two events.
      const [nx, ny] = [namesAfter(a.features.tokens, x), namesAfter(b.features.tokens, y)];
      if (nx.size > 0 && ny.size > 0 && ![...nx].some((n) => ny.has(n))) continue;
      // A verb with a particle is another verb: "came off the rails" is not "came", against "left the tracks".
      if (phrasal(a.features.tokens, x) || phrasal(b.features.tokens, y)) continue;
      // Inside a quotation ("“Demand remained weak,” Solberg said" / "“... remained strong,” Solberg
      // said", or its paraphrase), only when both sides say who speaks: someone's words may be anyone's.
      const quotedWord = insideQuotation(a.features, x) || insideQuotation(b.features, y);
      // The start and the end of one thing ("began" / "will end") are two moments of it; "lies", "sits"
      // and "stands" say where a thing is ("Peru lies on the Ring of Fire" / "Peru sits on ..."), not a posture.
      if (twoMoments([x], [y]) || (POSTURES.has(x.lemma) && POSTURES.has(y.lemma))) continue;
      // Two moves of a market read during trading ("rose in early trading" / "fell by the close") may be
      // one day's moves read at two times: worth a look, not a contradiction for sure.
      const market = marketMoves(a, x, said(x), b, y, said(y));
      // A move wanted, planned or expected ("urged the government to raise", "analysts had expected the
      // bank to cut") is not one made; a move of another period ("for this year" / "for next year") or
      // of another named thing or place after it ("the iPhone's price" / "the iPad's"; "in Europe" / "in
      // China") is another move.
      if (MOVEMENTS.has(said(x)) || MOVEMENTS.has(said(y))) {
        if (infinitive(a.features.tokens, x) || infinitive(b.features.tokens, y)) continue;
        const [tx, ty] = [periodFromNow(sentenceAt(a.features, x).text), periodFromNow(sentenceAt(b.features, y).text)];
        if (tx !== ty && tx !== null && ty !== null) continue;
        const [nx, ny] = [namesAround(a.features.tokens, x), namesAround(b.features.tokens, y)];
        if ([...nx].some((n) => !ny.has(n)) && [...ny].some((n) => !nx.has(n))) continue;
      }
      // (Of "left its rate unchanged", the subject is the one that leaves it: the bank, not the rate.)
      const [sx, sy] = [subjectBefore(a.features.tokens, keptBy(a.features.tokens, x).start), subjectBefore(b.features.tokens, keptBy(b.features.tokens, y).start)];
      const one = (p: Token | undefined, r: Token | undefined) => p !== undefined && r !== undefined && (p.lemma === r.lemma || synonymous(p.lemma, r.lemma));
      // With no subject read (the tagger took "pedestrian" for an adjective), the same words before both say it is one.
      const sameSubject = sx && sy ? one(sx, sy) : !sx && !sy && clauseBefore(a, x) !== "" && clauseBefore(a, x) === clauseBefore(b, y);
      // One told in the passive: "the jury acquitted the officer" / "the officer was convicted by the jury".
      const [rx, ry] = [roles(a.features.tokens, x), roles(b.features.tokens, y)];
      const sameRoles = (rx.passive || ry.passive) && (one(rx.agent, ry.agent) || one(rx.patient, ry.patient));
      // An outcome in a clause of its own after a comma is the main clause's ("The train derailed, killing 12 passengers").
      const [hx, hy] = [hostClause(a.features.tokens, x), hostClause(b.features.tokens, y)];
      const sameHost = hx !== null && hy !== null && (hx.words === hy.words || one(hx.subject, hy.subject));
      if (!sameSubject && !sameRoles && !sameHost) continue;
      // Such an outcome, and a mark beaten or missed, is the opposite only of one thing it is done to,
      // told alike after it: "killing the driver" / "injuring two guards", "losing the first two [sets]"
      // / "winning the last three", "convicting Barnes on two counts" / "acquitting Barnes on three
      // counts", "beat revenue estimates" / "missed profit estimates" can all hold; and a mark only by
      // one thing told alike before it ("Adjusted profit beat" / "Net profit missed").
      const marks = onAMark(said(x)) && onAMark(said(y));
      if ((sameHost || marks) && restOf(a.features.tokens, x) !== restOf(b.features.tokens, y)) continue;
      if (marks && !sameHost && clauseBefore(a, x) !== clauseBefore(b, y)) continue;
      // Two counts of the subject ("Five people were killed" / "Seven people were injured"), or of what
      // was done to ("acquitted two defendants" / "convicted three defendants"): two groups of it.
      const [cx, cy] = [sx && countBefore(a, sx), sy && countBefore(b, sy)];
      if (cx && cy && cx !== cy) continue;
      // (Not a move's size: "rose 2 percent" / "fell 1 percent" is one figure moving two ways.)
      const [ox, oy] = [countAfter(a, x), countAfter(b, y)];
      if (ox && oy && ox !== oy && !MOVEMENTS.has(said(x)) && !MOVEMENTS.has(said(y))) continue;
      // Said of two years, or one side's verb of an event its clause dates to a year the other does not
      // give ("More than 100 people were hurt" / "a quake in 2001 killed more than 100 people"): two events.
      const years = (f: SentenceFeatures) => new Set([...f.text.matchAll(YEARS)].map((m) => m[0]));
      const [yearsX, yearsY] = [years(sentenceAt(a.features, x)), years(sentenceAt(b.features, y))];
      // A past period one side alone dates its sentence to ("shares rose 3 percent last month" / "shares fell
      // 3 percent in early trading"), or two periods: two movements, not one told two ways.
      const [periodX, periodY] = [pastPeriod(sentenceAt(a.features, x).text), pastPeriod(sentenceAt(b.features, y).text)];
      if (periodX !== periodY) continue;
      const twoYears = yearsX.size > 0 && yearsY.size > 0 && ![...yearsX].some((v) => yearsY.has(v));
      if (twoYears || (yearsY.size === 0 && datedBefore(a, x)) || (yearsX.size === 0 && datedBefore(b, y))) continue;
      const [voiceX, voiceY] = [voiceOf(sentenceAt(a.features, x)), voiceOf(sentenceAt(b.features, y))];
      if (!canBeSameSpeaker(voiceX, voiceY) || (quotedWord && (voiceX === null || voiceY === null))) continue;
      // A change denied is shown with its denial: "did not change".
      const shown = (side: Side, t: Token) => {
        if (!outcome.has(t)) return { start: t.start, end: t.end };
        const i = side.features.tokens.indexOf(t);
        const denial = side.features.tokens.slice(Math.max(0, i - NEGATED_REACH), i).find((w) => ["not", "n't", "never", "no"].includes(w.lower));
        const auxiliary = denial ? side.features.tokens[side.features.tokens.indexOf(denial) - 1] : undefined;
        return { start: (auxiliary?.pos === "AUX" ? auxiliary : (denial ?? t)).start, end: t.end };
      };
      const [wx, wy] = [shown(a, x), shown(b, y)];
      return {
        type: NEGATION_RULE.type,
        severity: market ? NEGATION_RULE.severity.marketMoves : NEGATION_RULE.severity.sameStatement,
        spans: [span(0, wx), span(1, wy)],
        explanation: `${a.label} says ${q(textOf(a, wx))}; ${b.label} says the opposite, ${q(textOf(b, wy))}${market ? " (a market's move: read at two times?)" : ""}.`,
      };
    }
  }
  return null;
}

/** The figure that counts what a verb is done to, right after it ("acquitted two defendants", "injured 14 people"). */
function countAfter(side: Side, verb: Token): string | undefined {
  return side.features.numbers.find((m) => m.start >= verb.end && /^\s*(?:(?:the|all|at least|more than|about|some)\s+)?$/i.test(side.features.text.slice(verb.end, m.start)))?.value;
}

/** The figure that counts a subject, right before it in its noun phrase ("Five people", "at least 12 migrants"). */
function countBefore(side: Side, subject: Token): string | undefined {
  // (A count's mention may hold its noun: "Five people".)
  const n = side.features.numbers.find((m) => (m.start < subject.start && m.end >= subject.end) || (m.end <= subject.start && /^[\s\p{L}-]{0,20}$/u.test(side.features.text.slice(m.end, subject.start)) && !/\b(?:of|and|or|in|on|at|by)\b/i.test(side.features.text.slice(m.end, subject.start))));
  return n?.value;
}

/** A verb after "to": what is wanted, planned or expected ("urged it to raise"), not what was done. */
const infinitive = (tokens: readonly Token[], t: Token) => tokens[tokens.indexOf(t) - 1]?.lower === "to";


/** The names in a predicate's clause, before and after it: what or where it is said of ("the iPhone's price", "in China"). */
function namesAround(tokens: readonly Token[], t: Token): Set<string> {
  const out = new Set<string>();
  const i = tokens.indexOf(t);
  for (const step of [-1, 1]) {
    for (let k = i + step; k >= 0 && k < tokens.length; k += step) {
      const x = tokens[k] as Token;
      if (/^[.;:!?,]$/.test(x.text)) break;
      // (Not the subject's own name before the verb: "Apple raised" / "Apple cut" is one subject, compared apart.)
      if (step === -1 && x.pos === "VERB") break;
      // (A name as brands write it counts: "iPhone".)
      const named = x.pos === "PROPN" && /\p{Lu}/u.test(x.text);
      if (named && k > i) out.add(x.lower);
      if (step === -1 && named && tokens[k + 1]?.lower === "'s") out.add(x.lower);
    }
  }
  return out;
}

/** Opposite moves of a figure (not a thing left as it was), one side read during a market's trading day (`TRADING`). */
function marketMoves(a: Side, x: Token, saidX: string, b: Side, y: Token, saidY: string): boolean {
  const moved = (said: string, t: Token) => (MOVEMENTS.has(said) || MOVEMENTS.has(t.lower)) && !UNCHANGED.includes(said) && !UNCHANGED.includes(t.lower);
  return moved(saidX, x) && moved(saidY, y) && (TRADING.test(sentenceAt(a.features, x).text) || TRADING.test(sentenceAt(b.features, y).text));
}


/** The period `PAST_PERIOD` finds in a text, lower case, or "". */
function pastPeriod(text: string): string {
  return PAST_PERIOD.exec(text)?.[0].toLowerCase().replace(/\s+/g, " ") ?? "";
}

/** Particles that make a verb another verb ("come off", "come away", "fall back", "give up"): WordNet's opposites of the bare verb are not its opposites. */
const PARTICLES = new Set(["off", "away", "out", "up", "down", "back", "over", "apart"]);

function phrasal(tokens: readonly Token[], verb: Token): boolean {
  const next = tokens[tokens.indexOf(verb) + 1];
  return verb.pos === "VERB" && next !== undefined && PARTICLES.has(next.lower) && next.pos !== "NOUN";
}

/** Verbs of taking a side: "voted against", "ruled in favor of", "argued for". */
const STANCE_VERBS = new Set(["vote", "rule", "argue", "speak", "testify", "side", "campaign", "lobby", "decide", "find"]);
type Stance = "for" | "against";

/** The sides a sentence takes, by verb lemma: "voted against the bill" -> vote: against; "ruled in favour of" -> rule: for. */
function stancesOf(side: Side): Array<{ verb: Token; stance: Stance; end: number }> {
  const tokens = side.features.tokens;
  return tokens.flatMap((t, i): Array<{ verb: Token; stance: Stance; end: number }> => {
    if (t.pos !== "VERB" || !STANCE_VERBS.has(t.lemma)) return [];
    const [w1, w2, w3] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (w1?.lower === "against") return [{ verb: t, stance: "against", end: w1.end }];
    // "for" after "vote" only: "argued for an hour", "spoke for the family" are no side taken.
    if (w1?.lower === "for" && t.lemma === "vote") return [{ verb: t, stance: "for", end: w1.end }];
    if (w1?.lower === "in" && (w2?.lower === "favor" || w2?.lower === "favour" || w2?.lower === "support") && w3?.lower === "of") return [{ verb: t, stance: "for", end: w3.end }];
    return [];
  });
}

/**
 * One subject taking opposite sides of one thing: "Pruitt voted against the budget" / "Pruitt voted
 * in favor of the budget", "ruled for the landlord" / "ruled against the landlord"; not when a side
 * also takes the other stance ("against the bill and for the amendment"), nor of two subjects.
 */
function opposedStances(a: Side, b: Side): Finding | null {
  if (similarity(a.features, b.features) < NEGATION_RULE.thresholds.sameStatement) return null;
  const [sa, sb] = [stancesOf(a), stancesOf(b)];
  for (const x of sa) {
    for (const y of sb) {
      if (x.stance === y.stance || x.verb.lemma !== y.verb.lemma) continue;
      if (sa.some((o) => o.verb.lemma === x.verb.lemma && o.stance === y.stance) || sb.some((o) => o.verb.lemma === y.verb.lemma && o.stance === x.stance)) continue;
      const [px, py] = [subjectBefore(a.features.tokens, x.verb.start), subjectBefore(b.features.tokens, y.verb.start)];
      if (!px || !py || !(px.lemma === py.lemma || synonymous(px.lemma, py.lemma))) continue;
      return {
        type: NEGATION_RULE.type,
        severity: NEGATION_RULE.severity.sameStatement,
        spans: [span(0, { start: x.verb.start, end: x.end }), span(1, { start: y.verb.start, end: y.end })],
        explanation: `${a.label} says ${q(textOf(a, { start: x.verb.start, end: x.end }))}; ${b.label} says the opposite, ${q(textOf(b, { start: y.verb.start, end: y.end }))}.`,
      };
    }
  }
  return null;
}

/** Classes of speech verbs that state what follows them (`vocabulary.SPEECH_VERB_CLASS`): "said", "insisted", "confirmed", "admitted". */
const STATING = new Set(["neutral", "assertive", "confirm", "concede"]);
/** Words after a verb of saying that deny what it says: "said it had not", "said the report was false". */
const DENYING = new Set(["not", "n't", "never", "no", "false", "untrue", "baseless", "wrong", "deny", "reject"]);

/** Modal verbs: "said it would cut jobs" is no "had cut jobs" denied. */
const MODALS = new Set([...FIRM_MODALS, ...OPEN_MODALS, "'ll", "wo"]);
/** Words that open a clause after a verb of denying: "denied that", "denied it had", "denied they were". */
const DENIED_CLAUSE_OPENERS = new Set(["that", "it", "he", "she", "they", "we", "i", "there", "having"]);

/** The tokens after a character offset up to the end of its sentence. */
function clauseAfter(tokens: readonly Token[], from: number): Token[] {
  const rest = tokens.filter((t) => t.start >= from);
  const end = rest.findIndex((t) => /^[.!?]$/.test(t.text));
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * One speaker denying a claim on one side and stating it on the other: "Iran denied it had increased
 * exports" / "Iran said it had increased exports", "The club denied it had received a bid" / "The
 * club confirmed it had received a bid". The outlets contradict each other on what the speaker said;
 * only of one subject, the same clause word for word (its date aside), and not when the stating
 * side's words deny it too ("said it had not").
 */
function denialAgainstStatement(a: Side, b: Side): Finding | null {
  if (similarity(a.features, b.features) < NEGATION_RULE.thresholds.sameStatement) return null;
  for (const [self, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const denial = self.features.speechVerbs.find((m) => m.key === "deny" && !insideQuotation(self.features, m));
    if (!denial || other.features.speechVerbs.some((m) => m.key === "deny")) continue;
    // (The verb itself, whatever follows it: "said officers had used tear gas" states a clause.)
    const verb = other.features.tokens.find((t) => t.pos === "VERB" && STATING.has(SPEECH_VERB_CLASS[t.lemma] ?? "") && !insideQuotation(other.features, t));
    if (!verb) continue;
    const statement = { start: verb.start, end: verb.end };
    const [px, py] = [subjectBefore(self.features.tokens, denial.start), subjectBefore(other.features.tokens, statement.start)];
    if (!px || !py || !(px.lemma === py.lemma || synonymous(px.lemma, py.lemma))) continue;
    const [denied, stated] = [clauseAfter(self.features.tokens, denial.end), clauseAfter(other.features.tokens, statement.end)];
    if (stated.some((t) => DENYING.has(t.lemma) || DENYING.has(t.lower))) continue;
    // A denial of a deed told as a clause ("denied it had increased exports", "denied that officers
    // used tear gas", "denied taking the money"), not of a thing named ("denied the allegations",
    // "denied the motion"): a thing denied and a remark about it are no claim and its contrary.
    const opening = denied[0];
    if (!opening || !(DENIED_CLAUSE_OPENERS.has(opening.lower) || (opening.pos === "VERB" && /ing$/.test(opening.lower)))) continue;
    // The same claim denied and stated, word for word after each verb ("denied it had increased
    // exports" / "said it had increased exports"): not a denial in other words ("denied wrongdoing" /
    // "said he acted lawfully"), nor a clause narrower or wider by a word ("without consent" / "with
    // their consent", "the manager" / "the manager's assistant", "had cut" / "would cut jobs next year").
    // (In their order, with their prepositions: "the army had fired on protesters" / "protesters had
    // fired on the army", "asked for the investigation" / "asked about the investigation" are two claims.)
    // (Its date aside, wherever each outlet puts it: "on Thursday".)
    const dated = (side: Side, t: Token) => side.features.dates.some((d) => d.start <= t.start && t.end <= d.end);
    const content = (side: Side, ts: readonly Token[]) =>
      ts.filter((t) => (["NOUN", "PROPN", "VERB", "NUM", "ADJ", "ADV", "ADP"].includes(t.pos) || MODALS.has(t.lower)) && !dated(side, t)).map((t) => t.lemma).join(" ");
    const [deniedWords, statedWords] = [content(self, denied), content(other, stated)];
    if (deniedWords === "" || deniedWords !== statedWords) continue;
    const [x, y] = self === a ? [denial, statement] : [statement, denial];
    return {
      type: NEGATION_RULE.type,
      severity: NEGATION_RULE.severity.sameStatement,
      spans: [span(0, x), span(1, y)],
      explanation: `${a.label} says ${q(textOf(a, x))}; ${b.label} says ${q(textOf(b, y))}: ${self === a ? a.label : b.label} has the claim denied, ${self === a ? b.label : a.label} has it stated.`,
    };
  }
  return null;
}

/** Verbs of a person dismissed, and of one leaving of their own accord (verb lemmas). */
const DISMISSED = new Set(["fire", "sack", "dismiss", "oust", "axe", "ax", "remove"]);
const LEFT = new Set(["resign", "quit", "retire"]);
/** Words before "resigned" that make it a dismissal: "was forced to resign", "asked to step down". */
const PUSHED = /\b(?:forced|pressed|pressured|pushed|asked|told|made)\s+(?:him|her|them)?\s*to\s+$/i;

/** The names and role words ("executive", "manager") of the noun phrase after a verb (its object) or before it (its subject), lower-case lemmas: whom a departure is of. */
function phraseWords(tokens: readonly Token[], verb: Token, direction: 1 | -1): Set<string> {
  const out = new Set<string>();
  for (let k = tokens.indexOf(verb) + direction; k >= 0 && k < tokens.length; k += direction) {
    const t = tokens[k] as Token;
    if (t.pos === "VERB" || t.pos === "ADP" || /^[.;:!?]$/.test(t.text)) break;
    if (t.pos === "AUX") {
      if (direction === -1) continue;
      break;
    }
    if ((t.pos === "PROPN" && /^\p{Lu}/u.test(t.text)) || (t.pos === "NOUN" && ROLE_WORDS.has(t.lemma))) out.add(t.lemma);
  }
  return out;
}

/**
 * One person dismissed on one side and leaving of their own accord on the other: "The company fired
 * its chief executive, Andrea Kessler" / "Andrea Kessler resigned", "was sacked" / "quit". Medium:
 * a departure is often told as a resignation that was a dismissal; "was forced to resign" agrees.
 */
function departures(a: Side, b: Side): Finding | null {
  if (similarity(a.features, b.features) < NEGATION_RULE.thresholds.sameStatement) return null;
  for (const [x, y, flip] of [[a, b, false], [b, a, true]] as const) {
    for (const d of x.features.tokens) {
      if (d.pos !== "VERB" || !DISMISSED.has(d.lemma)) continue;
      const passive = x.features.tokens.slice(Math.max(0, x.features.tokens.indexOf(d) - 2), x.features.tokens.indexOf(d)).some((t) => t.lemma === "be");
      const person = phraseWords(x.features.tokens, d, passive ? -1 : 1);
      for (const l of y.features.tokens) {
        if (l.pos !== "VERB" || !LEFT.has(l.lemma) || PUSHED.test(y.features.text.slice(Math.max(0, l.start - 30), l.start))) continue;
        const leaver = phraseWords(y.features.tokens, l, -1);
        if (![...person].some((w) => leaver.has(w))) continue;
        const [first, second] = flip ? [l, d] : [d, l];
        return {
          type: NEGATION_RULE.type,
          severity: NEGATION_RULE.severity.departure,
          spans: [span(0, first), span(1, second)],
          explanation: `${a.label} says ${q(first.text)}; ${b.label} says ${q(second.text)}: dismissed and leaving of one's own accord are two different departures.`,
        };
      }
    }
  }
  return null;
}

/** The figures and ordinals of a clause ("two counts" -> "2", "a third count" -> "3th", an ordinal marked apart from a figure): which of several things it is about. */
function countsIn(tokens: readonly Token[], range: { start: number; end: number }): Set<string> {
  const out = new Set<string>();
  for (const [k, t] of tokens.entries()) {
    if (t.start < range.start || t.end > range.end) continue;
    // "No one" counts no one: the denial itself, not a count of one.
    if (t.lower === "one" && tokens[k - 1]?.lower === "no") continue;
    const ordinal = ORDINAL_WORDS[t.lower] ?? /^(\d+)(?:st|nd|rd|th)$/i.exec(t.text)?.[1];
    if (ordinal !== undefined) out.add(`${ordinal}th`);
    else if (t.pos === "NUM") out.add(NUMBER_WORDS[t.lower] ?? t.text.replace(/,/g, ""));
  }
  return out;
}

/** Words within which a passive verb's "by" names who did it. */
const AGENT_REACH = 6;

/**
 * Who does what a verb says and to whom: in the active, the subject before it and the first noun
 * after it ("the jury acquitted the officer"); in the passive (a form of "be" before it), the noun
 * after "by" and the subject before it ("the officer was convicted by the jury").
 */
function roles(tokens: readonly Token[], verb: Token): { passive: boolean; agent?: Token; patient?: Token } {
  const i = tokens.indexOf(verb);
  const passive = tokens.slice(Math.max(0, i - 2), i).some((t) => t.lemma === "be");
  const after = tokens.slice(i + 1, i + 1 + AGENT_REACH);
  const noun = (list: readonly Token[]) => list.find((t) => t.pos === "NOUN" || t.pos === "PROPN");
  const subject = subjectBefore(tokens, verb.start);
  if (!passive) {
    const stop = after.findIndex((t) => t.pos === "PUNCT");
    return { passive, agent: subject, patient: noun(stop < 0 ? after : after.slice(0, stop)) };
  }
  const by = after.findIndex((t) => t.lower === "by");
  return { passive, agent: by >= 0 ? noun(after.slice(by + 1)) : undefined, patient: subject };
}

const PRESENT_AUX = new Set(["do", "does", "is", "are", "am", "has", "have", "can", "will"]);
const PAST_AUX = new Set(["did", "was", "were", "had", "could"]);
const PERFECT_OR_PASSIVE = new Set(["has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would"]);

/**
 * A negation in the present against the same verb in the simple past ("don't require" / "required"),
 * or in the past against the present ("did not require" / "requires"): two times.
 */
function otherTimes(tokens: readonly Token[], negation: Mention, otherTokens: readonly Token[], verb: Token): boolean {
  const i = tokens.findIndex((t) => t.start >= negation.start);
  // "don't": the auxiliary is the token before "n't"; "does not": the token before "not".
  const aux = tokens[i - 1]?.lower ?? "";
  // "has not conceded" reaches up to now, past included: it denies "conceded", of no other time.
  if (aux === "has" || aux === "have") return false;
  const j = otherTokens.indexOf(verb);
  const before = otherTokens[j - 1]?.lower ?? "";
  if (verb.pos !== "VERB" || PERFECT_OR_PASSIVE.has(before) || before === "to" || before === "n't" || before === "not") return false;
  const past = verb.lower !== verb.lemma && /ed$/.test(verb.lower);
  const present = verb.lower === `${verb.lemma}s` || verb.lower === `${verb.lemma}es`;
  return (PRESENT_AUX.has(aux) && past) || (PAST_AUX.has(aux) && present);
}

/** Verbs that deny what follows them as "not" does: "failed to pass" is "did not pass". */
const REFUSALS = new Set(["fail", "refuse", "decline"]);

/** "failed to", "refused to", "declined to" before a verb, as negations of that verb ("The measure failed to pass" / "The measure passed"). */
function refusals(tokens: readonly Token[]): Mention[] {
  return tokens.flatMap((t, i) =>
    REFUSALS.has(t.lemma) && t.pos === "VERB" && tokens[i + 1]?.lower === "to" && tokens[i + 2]?.pos === "VERB" ? [{ key: t.lemma, text: `${t.text} to`, start: t.start, end: tokens[i + 1]?.end ?? t.end }] : [],
  );
}

/** A place word and its opposite: "not on" is "off", "not in" is "out". */
const OPPOSITE_PARTICLES: ReadonlyMap<string, string> = new Map([
  ["on", "off"],
  ["in", "out"],
  ["inside", "outside"],
]);

/** The negation is "not on" before the word it negates and the other side says "off" just before the same word ("not on a leash" / "off its leash"). */
function oppositeParticle(tokens: readonly Token[], negation: Mention, head: Token, otherTokens: readonly Token[], stated: Token): boolean {
  const between = tokens.filter((t) => t.start > negation.start && t.start < head.start);
  const j = otherTokens.indexOf(stated);
  const before = otherTokens.slice(Math.max(0, j - 3), j);
  return between.some((t) => {
    const opposite = OPPOSITE_PARTICLES.get(t.lower);
    return opposite !== undefined && before.some((x) => x.lower === opposite);
  });
}

/** Tokens after a negation within which "until" makes it a statement of when ("didn't take the lead until ..."). */
const UNTIL_REACH = 12;

/**
 * A negation that denies nothing the other side asserts: "not until" says when it happened ("It
 * wasn't until May 30 that the family revealed"; not against the other's "until": `other`), so does "not since" ("has not been seen since"), "would not have" and "if not for" what would have
 * happened ("then he wouldn't have placed Bush on IR"), "if not" raises a figure ("dozens, if not
 * hundreds"), and "none of the other" / "no other" speaks of others.
 */
function deniesNothing(tokens: readonly Token[], negation: Mention, other: readonly Token[]): boolean {
  const i = tokens.findIndex((t) => t.start >= negation.start);
  if (i < 0) return false;
  // Against the same predicate before "until" ("is safe until repairs are made" / "is not safe until
  // repairs are made"), "not ... until" denies what the other side asserts; not against another's
  // ("waited until the final lap to take the lead").
  const until = (t: Token | undefined) => t?.lower === "until" || t?.lower === "till";
  const head = negatedHead(tokens, negation);
  const otherUntil =
    head !== undefined &&
    other.some((t, k) => {
      if (!until(t)) return false;
      for (let j = k - 1; j >= 0 && !/^[.;:!?,]$/.test(other[j]?.text ?? "."); j -= 1) if (other[j]?.lemma === head.lemma) return true;
      return false;
    });
  for (let k = i + 1; k < tokens.length && k <= i + UNTIL_REACH; k += 1) {
    const t = tokens[k];
    if (!t || /^[.;!?]$/.test(t.text)) break;
    if (until(t) && !otherUntil) return true;
    // "has not been seen since Friday" says when it last happened ("was last seen Friday"); not a
    // "since" of cause ("did not go, since he was ill").
    if (t.lower === "since" && tokens[k + 1] !== undefined && tokens[k + 1]?.pos !== "PRON") return true;
  }
  const before = tokens[i - 1]?.lower ?? "";
  const after = tokens.slice(i + 1, i + 3).map((t) => t.lower);
  if (/^(would|could|should|might|wo|ca)$/.test(before) && after[0] === "have") return true;
  // "if not for the guards" says what would have happened without them; "dozens, if not hundreds" raises a figure.
  if (before === "if") return true;
  if (/^(none|no)$/.test(tokens[i]?.lower ?? "") && (after[0] === "other" || (after[0] === "of" && after[1] === "the" && tokens[i + 3]?.lower === "other"))) return true;
  // "babies born to parents who aren't citizens": a negation in a clause that says which parents
  // describes them ("non-citizen parents"), it denies nothing of the claim; unless the other side
  // says which of the same things it means the same way ("parents who are citizens").
  const described = describedBy(tokens, i);
  if (described !== undefined && !other.some((t, k) => t.lemma === described.lemma && RESTRICTIVE.has(other[k + 1]?.lower ?? ""))) return true;
  // "No one else was hurt", "nobody else": others than the one the other side names.
  if ((tokens[i]?.lower === "no" && after[0] === "one" && after[1] === "else") || (/^(nobody|none|nothing)$/.test(tokens[i]?.lower ?? "") && after[0] === "else")) return true;
  return false;
}

/** Words that open a clause saying which of a noun's things are meant: "parents who are", "cars that were". */
const RESTRICTIVE = new Set(["who", "that", "which"]);

/**
 * The noun a negation at `i` describes from inside a clause that says which of its things are meant,
 * with no comma before it ("parents who aren't citizens", "drivers that did not stop"): a relative
 * word right after the noun, then at most an auxiliary ("are", "did", "would") before the negation. Not
 * a clause between commas ("The man, who was not armed, was shot"): that one states a fact of him.
 */
function describedBy(tokens: readonly Token[], i: number): Token | undefined {
  let k = i - 1;
  if (tokens[k]?.pos === "AUX") k -= 1;
  const noun = tokens[k - 1];
  if (!RESTRICTIVE.has(tokens[k]?.lower ?? "") || (noun?.pos !== "NOUN" && noun?.pos !== "PROPN")) return undefined;
  return noun;
}

/** Someone is said to say it: a verb of saying outside the quotations ("he said", "Weiner said he did not"). */
const reported = (f: SentenceFeatures) => f.tokens.some((t) => t.pos === "VERB" && SPEECH_VERB_CLASS[t.lemma] !== undefined && !insideQuotation(f, t));

/** The names in a predicate's clause after it ("cut jobs in Germany": "germany"). */
function namesAfter(tokens: readonly Token[], t: Token): Set<string> {
  const out = new Set<string>();
  for (let k = tokens.indexOf(t) + 1; k < tokens.length; k += 1) {
    const x = tokens[k] as Token;
    if (/^[.;:!?,]$/.test(x.text)) break;
    if (x.pos === "PROPN" && /^\p{Lu}/u.test(x.text)) out.add(x.lower);
  }
  return out;
}

/** Verbs news uses for one event (`vocabulary.EVENT_VERBS`: "cut" / "reduce" / "slash"). */
/** Nouns news counts an event by, as its verb: "no injuries were reported" / "two people were injured". */
const EVENT_NOUNS: ReadonlyMap<string, string> = new Map([["injury", "injure"], ["death", "die"], ["fatality", "die"], ["casualty", "injure"]]);
const eventOf = (lemma: string) => EVENT_VERBS.get(EVENT_NOUNS.get(lemma) ?? lemma);
const oneEvent = (x: string, y: string) => eventOf(x) !== undefined && eventOf(x) === eventOf(y);

/** A verb in the passive: a form of "be" just before it, an adverb between ("would also be reduced"). */
function passive(tokens: readonly Token[], verb: Token): boolean {
  let k = tokens.indexOf(verb) - 1;
  while (tokens[k]?.pos === "ADV") k -= 1;
  return tokens[k]?.lemma === "be" && verb.pos === "VERB";
}

/** The agent of a passive verb: the noun or name after its "by" ("signed by both sides": "sides"). */
function agentAfter(tokens: readonly Token[], verb: Token): Token | undefined {
  const i = tokens.indexOf(verb);
  if (tokens[i + 1]?.lower !== "by") return undefined;
  const phrase = tokens.slice(i + 2, i + 6);
  const agent = phrase.find((t) => t.pos === "NOUN" || t.pos === "PROPN");
  // Not a time ("by Friday's deadline"), a manner ("by hand"), a part denied ("by all members": some may have),
  // nor a denial of how ("not passed by the Senate as quickly as expected").
  if (!agent || CALENDAR_OR_MANNER.test(agent.text) || phrase.slice(0, phrase.indexOf(agent)).some((w) => /^(?:all|every|each|any|anyone)$/i.test(w.lower))) return undefined;
  const rest = tokens.slice(tokens.indexOf(agent) + 1, tokens.indexOf(agent) + 5);
  return rest.some((w) => /^(?:as|until|than|before|other)$/i.test(w.lower)) ? undefined : agent;
}

/** Words after "by" that say when or how, not who: "by Friday", "by the deadline", "by hand". */
const CALENDAR_OR_MANNER = /^(?:deadline|hand|mail|post|phone|email|noon|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow|tonight|now|then|end|time|date)$/i;

/** A verb in the passive past its denial: "was not approved", "has not yet been signed". */
function deniedPassive(tokens: readonly Token[], verb: Token): boolean {
  let k = tokens.indexOf(verb) - 1;
  while (k >= 0 && (tokens[k]?.pos === "ADV" || tokens[k]?.pos === "PART" || /^(?:not|n't|never|yet)$/.test(tokens[k]?.lower ?? ""))) k -= 1;
  return verb.pos === "VERB" && tokens[k]?.lemma === "be";
}

/** The content words of a verb's clause before it. */
function wordsBefore(tokens: readonly Token[], verb: Token): Token[] {
  const out: Token[] = [];
  for (let k = tokens.indexOf(verb) - 1; k >= 0; k -= 1) {
    const t = tokens[k] as Token;
    // Past a name or an age in apposition: "Her husband, Gary Kolbeck, was charged", "The driver, 34, was arrested".
    const opening = t.text === "," ? appositionStart(tokens, k) : -1;
    if (opening >= 0) {
      k = opening;
      continue;
    }
    if (/^[.;:!?,]$/.test(t.text)) break;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ") out.push(t);
  }
  return out;
}

/** Words an apposition between two commas holds at most: "Gary Kolbeck", "34", "a former aide". */
const APPOSITION_WORDS = 5;

/** The index of the comma that opens the apposition closed by the comma at `close` (a name, an age: ", Gary Kolbeck,"), or -1. */
function appositionStart(tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k >= 0 && k >= close - APPOSITION_WORDS - 1; k -= 1) {
    const t = tokens[k] as Token;
    if (t.text === ",") return k < close - 1 && tokens.slice(k + 1, close).some((w) => w.pos === "PROPN" || w.pos === "NUM") ? k : -1;
    if (!["PROPN", "NUM", "NOUN", "ADJ", "DET"].includes(t.pos) && !/^[.'’-]$/.test(t.text)) return -1;
  }
  return -1;
}

/** Words before a predicate, in its sentence, within which "whether" or "if" leaves it open. */
const OPEN_REACH = 30;

/** Words from "before" or "until" to the verb of its clause. */
const BEFORE_REACH = 6;

/**
 * The word is the verb of a clause of "before" or "until" ("struck down the law before it took
 * effect", "resigned before he was charged"): what it tells had not happened then, and may never
 * have, or did later.
 */
function notYet(tokens: readonly Token[], t: Token): boolean {
  const i = tokens.indexOf(t);
  if (t.pos !== "VERB") return false;
  for (let k = i - 1; k >= 0 && i - k <= BEFORE_REACH; k -= 1) {
    const x = tokens[k] as Token;
    if (/^[.!?;,]$/.test(x.text) || x.pos === "VERB") return false;
    // (The clause's own verb: its subject between.)
    if (x.lower === "before" || x.lower === "until") return tokens.slice(k + 1, i).some((w) => w.pos === "PRON" || w.pos === "NOUN" || w.pos === "PROPN");
  }
  return false;
}

/** The word sits in a question (its sentence ends in "?") or in an open alternative ("whether ... or"). */
function openOrAsked(tokens: readonly Token[], t: Token): boolean {
  const i = tokens.indexOf(t);
  const end = tokens.slice(i).find((x) => /^[.!?]$/.test(x.text));
  if (end?.text === "?") return true;
  for (let k = i - 1; k >= 0 && k >= i - OPEN_REACH; k -= 1) {
    const x = tokens[k];
    if (!x || /^[.!?;]$/.test(x.text)) break;
    if (x.lower === "whether" || (x.lower === "if" && x.pos === "SCONJ")) return true;
  }
  return false;
}

/**
 * The word a negation negates: the first verb, noun, adjective or name after it in the same clause
 * ("did not send", "not a Republican"); none when the clause ends first ("Absolutely not," Fox said).
 */
function negatedHead(tokens: readonly Token[], negation: Mention): Token | undefined {
  const after = tokens.filter((t) => t.start > negation.start);
  // "None of the injuries required treatment": what is denied is the verb after the noun phrase.
  if (/^none$/i.test(negation.text) && after[0]?.lower === "of") {
    // (After "will", the tagger may read the verb as an adverb or adjective: "None of the schools will close".)
    const verb = after.slice(1, 8).find((t, k) => t.pos === "VERB" || (after[k]?.pos === "AUX" && /^\p{Ll}+$/u.test(t.text) && senses(t.lemma).some((s) => s.startsWith("v"))));
    if (verb && !after.slice(1, after.indexOf(verb)).some((t) => t.pos === "PUNCT")) return verb;
  }
  for (const [k, t] of after.slice(0, 6).entries()) {
    if (t.pos === "PUNCT" && !/^['-]$/.test(t.text)) return undefined;
    // "have" with no verb after it is the predicate ("doesn't have a birth certificate"), not its object.
    if (t.lemma === "have" && !after.slice(k + 1, k + 4).some((x) => x.pos === "VERB" || x.pos === "AUX")) return t;
    // "no plans to legislate", "no intention of resigning": what is denied is the act planned.
    if (INTENT_NOUNS.has(t.lemma) && (after[k + 1]?.lower === "to" || after[k + 1]?.lower === "of") && after[k + 2]?.pos === "VERB") return after[k + 2];
    if (t.pos === "VERB" || t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "PROPN") return t;
  }
  return undefined;
}

/** Nouns of an intention: "no plans to", "no intention of": the denial is of the act after them. */
const INTENT_NOUNS = new Set(["plan", "intention", "intent"]);

/** The verb is the act of an intention ("plans to legislate", "intention of selling"). */
function planned(tokens: readonly Token[], verb: Token): boolean {
  const i = tokens.indexOf(verb);
  return (tokens[i - 1]?.lower === "to" || tokens[i - 1]?.lower === "of") && INTENT_NOUNS.has(tokens[i - 2]?.lemma ?? "");
}

/** Words that open a clause of time, cause or condition after a predicate. */
const CLAUSE_OPENERS = new Set(["when", "while", "after", "before", "because", "since", "until", "if", "as", "although", "though"]);

/** Tokens a list of counts goes on through after its first count: "14 crashes and three injuries". */
const LIST_REACH = 8;

/** The things the later counts of a list count, after its first count: "injuries" of "14 crashes and three injuries". */
function countedAlong(tokens: readonly Token[], first: Token): Token[] {
  const out: Token[] = [];
  const start = tokens.indexOf(first);
  for (let k = start + 1; k < tokens.length && k <= start + LIST_REACH; k += 1) {
    const t = tokens[k] as Token;
    if (/^[.;:!?]$/.test(t.text)) break;
    if (t.pos === "NUM" && k > start + 1 && ["and", ","].includes(tokens[k - 1]?.lower ?? "")) {
      const counted = tokens[k + 1];
      if (counted?.pos === "NOUN") out.push(counted);
    }
  }
  return out;
}

/** Prepositions of the time an act spans, which open no object of the verb before them. */
const SPANS_OF_TIME = new Set(["during", "throughout"]);

/** The next content word after `t` in its clause ("name" -> "Smith" in "did not name Mr. Smith"). */
/** Verbs that tell a thing was counted or came to light, not what it is: "no injuries were reported". */
const RECORDED = new Set(["report", "record", "confirm", "reveal", "disclose", "announce", "note"]);

function contentAfter(tokens: readonly Token[], t: Token): Token | undefined {
  let after = tokens.filter((y) => y.start > t.start);
  // A noun's amount is no object: "a ransom of $5 million had been paid" states the ransom paid.
  if (t.pos === "NOUN" && after[0]?.lower === "of") {
    let k = 1;
    while (k < after.length && (after[k]?.pos === "NUM" || after[k]?.pos === "SYM" || /^(?:[$€£]|several|about|some|nearly|more|than|million|billion|dollars?|euros?|pounds?)$/i.test(after[k]?.text ?? ""))) k += 1;
    if (k > 1 && after.slice(1, k).some((w) => w.pos === "NUM")) after = after.slice(k);
  }
  for (const x of after.slice(0, 4)) {
    // (Nor, after an act planned, what "and" joins after it: "had no plans to legislate and called on both sides".)
    // (Nor what "and" joins after a verb: "has not conceded and said he would wait" denies conceding.)
    if (x.pos === "PUNCT" || (x.pos === "CCONJ" && (planned(tokens, t) || t.pos === "VERB"))) return undefined;
    // A clause of time, cause or condition after a verb is no object: "No one was hurt when a small plane landed" governs nothing.
    if (t.pos === "VERB" && CLAUSE_OPENERS.has(x.lower)) return undefined;
    // Nor is a time the act spans: "did not testify during the trial" denies testifying.
    if (t.pos === "VERB" && SPANS_OF_TIME.has(x.lower)) return undefined;
    // Nor is the verb that only tells the denied thing was counted: "No injuries were reported" denies injuries.
    if (t.pos === "NOUN" && x.pos === "VERB" && RECORDED.has(x.lemma)) return undefined;
    if (["NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"].includes(x.pos)) return x;
  }
  return undefined;
}
