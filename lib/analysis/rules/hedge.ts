import { believerBefore, FEARED_STATES, insideQuotation, type Mention } from "../features";
import { q, span, type Finding, type Side } from "../finding";
import { synonymous } from "../lexicon";
import type { Token } from "../nlp";
import { ATTRIBUTED, CERTAINTY, newsEquivalent, SPEECH_VERB_CLASS } from "../vocabulary";
import { stemOf } from "../words";
import { PAST_PERIOD, subjectBefore } from "./context";
import { changedMentions, type RuleContext, type RuleDescriptor } from "./rule";

/**
 * Hedges, word by word: a hedge ("may", "reportedly") among the changed words that the other side
 * does not have, set against the other side's words of certainty ("will", "confirmed") or plain
 * statement; a word of certainty against a plain statement is none. A real hedge against certainty
 * ("may cut" / "will cut", "is considering closing" / "will close", about the same predicate, or
 * other words for what is done to or by the same things: "confirmed it was caused by a power line" /
 * "may have been sparked by a power line") is medium, and so is what investigators only believe told
 * by the other side as fact ("Investigators believe the fire was set" / "The fire was set"), and what
 * only may be told by the other as done with the same verb ("may reduce the risk" / "reduced the
 * risk"); a forecast worded two ways ("expected to", "likely" / "will") or any
 * other difference is low. Two hedges of two strengths on one predicate ("could become" / "would
 * likely become") leave the claim unsettled on both sides, and a deed "reportedly" done against a
 * source's word ("police said") is two accounts passed on (`relayedAlike`): none. Words inside names ("Theresa May") are not hedges (`features`), and words
 * inside quotations are the speaker's, compared by `quotes`. A hedge on what the other side does not
 * state at all ("a right that could likely be changed only through an amendment" / a sentence with
 * no word of changing; "were reportedly furious" / a sentence with no fury) qualifies a claim of its
 * own, not the shared one: none (`hedgedPredicate`). "Allegedly" against an accusation or a charge
 * ("the indictment accuses them of selling court files") gives the deed as alleged on both sides: none. Where the
 * phrase-level rule (`certainty`) reads the same words, `classify` keeps its finding instead.
 */
export const HEDGE_RULE = {
  type: "hedge",
  detects: "a hedge or a word of certainty on one side only",
  severity: { hedgedAgainstCertain: "medium", otherWords: "low" },
} as const satisfies RuleDescriptor;

/** Words of what is expected or projected to happen: one class of hedge, weak, and forecasts. */
const EXPECTED = ["expected", "expect", "expects", "projected", "forecast", "predicted"];

/** Hedges that say one degree of doubt in other words, by class. */
const HEDGE_CLASSES: ReadonlyMap<string, string> = new Map(
  [
    ["likely", "probably", "probable"],
    ["may", "might", "could", "possibly", "perhaps", "considering", "weighing", "mulling", "contemplating"],
    ["reportedly", "reported", "purportedly"],
    ["allegedly", "alleged"],
    EXPECTED,
    ["believed", "believe", "believes", "suspect", "suspects", "thought", "understood", "presumed", "feared"],
    ["apparently", "apparent", "seemingly"],
  ].flatMap((words) => words.map((w) => [w, `class:${words[0] ?? w}`] as [string, string])),
);

/** Words that frame a deed as a charge or a suspicion (an accusation `ATTRIBUTED` reads already): a sentence with one states no allegation as fact. */
const ACCUSED = /\b(?:charg(?:e|es|ed|ing)|suspects?|suspicion|indict(?:ed|ment)?|arrest(?:s|ed)?)\b/i;

/** Words that give a deed as an accusation or a charge: "accuses them of selling", "charged with", "the indictment". */
const ALLEGING = /^(?:accus(?:e|es|ed|ing|ation|ations)|alleg(?:e|es|ed|ing|ation|ations)|charg(?:e|es|ed|ing)|indict(?:s|ed|ment|ments)?)$/;

/** A side that gives a deed as an accusation or a charge; not one that only names someone by it ("the accused gunman", "an alleged victim"). */
function alleging(side: Side): boolean {
  const tokens = side.features.tokens;
  return tokens.some((t, k) => ALLEGING.test(t.lower) && t.pos !== "ADJ" && !(tokens[k - 1]?.pos === "DET" && ["NOUN", "PROPN"].includes(tokens[k + 1]?.pos ?? "")));
}

/** Forms of "be" before a belief said of no one: "is believed to", "were thought to". */
const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being"]);
/** Words of certainty that say a fact was established: "confirmed", "established", "determined". */
const CONFIRMING = /^(?:confirm|establish|determin)/;

/** Verbs of weighing a step, not taking it: "will consider cutting", "will consult on", "will review". */
const DELIBERATING = new Set(["consider", "consult", "discuss", "review", "examine", "study", "weigh", "explore", "assess", "debate", "decide", "look"]);

const WEAK_HEDGES = new Set([...EXPECTED, "likely", "probably", "believe", "believes", "believed", "suspect", "suspects", "thought", "understood", "presumed", "feared"]);

export function hedge(a: Side, b: Side, context: RuleContext): Finding[] {
  const out: Finding[] = [];
  // A hedge inside a quotation is the speaker's word, not the outlet's: quoted wording is `quotes`' to compare.
  const unquoted = (side: Side, ms: Mention[]) => ms.filter((m) => !side.features.quotes.some((q) => q.start <= m.start && m.end <= q.end));
  const ha = changedMentions(context, 0, unquoted(a, [...a.features.hedges, ...a.features.certainty]));
  const hb = changedMentions(context, 1, unquoted(b, [...b.features.hedges, ...b.features.certainty]));
  // Hedges of one strength agree ("likely" / "probably", "may" / "could", "reportedly" / "a reported").
  const hedgeKeys = (ms: Mention[]) => new Set(ms.flatMap((m) => [m.key, HEDGE_CLASSES.get(m.key) ?? m.key]));
  const ka = hedgeKeys(ha);
  const kb = hedgeKeys(hb);
  // Two hedges of two strengths on one predicate ("could become" / "would likely become", "is believed
  // to have died" / "may have died") both leave the claim unsettled: neither states it as fact, so
  // there is no certainty to set against either.
  const hedgedAlike = (x: Side, m: Mention, y: Side, ys: Mention[]) => {
    if (CERTAINTY.has(m.key)) return false;
    const p = hedgedPredicate(x.features.tokens, m);
    return ys.some((n) => {
      if (CERTAINTY.has(n.key)) return false;
      const r = hedgedPredicate(y.features.tokens, n);
      return p === undefined || r === undefined ? p === r : onePredicate(x.features.tokens, p, y.features.tokens, r);
    });
  };
  // What one side says was "allegedly" done, the other frames as an accusation or a charge ("were
  // indicted for allegedly selling court files" / "the indictment accuses them of selling"): both give it as alleged.
  const allegedAlike = (m: Mention, y: Side) => HEDGE_CLASSES.get(m.key) === "class:allegedly" && alleging(y);
  const diffA = ha.filter((m) => !kb.has(HEDGE_CLASSES.get(m.key) ?? m.key) && !hedgedAlike(a, m, b, hb) && !relayedAlike(a, m, b) && !allegedAlike(m, b) && statedByOther(a, m, b));
  const diffB = hb.filter((m) => !ka.has(HEDGE_CLASSES.get(m.key) ?? m.key) && !hedgedAlike(b, m, a, ha) && !relayedAlike(b, m, a) && !allegedAlike(m, a) && statedByOther(b, m, a));
  // Words of certainty alone are no difference: "will recognize" / "recognizes", "confirmed" / "said"
  // state the claim as surely; only a hedge on one side makes the other's certainty worth a look.
  const hedging = (ms: Mention[]) => ms.some((m) => !CERTAINTY.has(m.key));
  if (hedging(diffA) || hedging(diffB)) {
    // "Expected to" or "likely" against "will" is a forecast worded two ways: only a real hedge
    // ("may", "could", "reportedly") against certainty is a contrast.
    const hedged = (ms: Mention[]) => ms.some((m) => !CERTAINTY.has(m.key) && !WEAK_HEDGES.has(m.key));
    const certain = (ms: Mention[]) => ms.some((m) => CERTAINTY.has(m.key));
    // And only about the same predicate: "may cut" / "will cut", "is considering closing" / "will close",
    // "confirmed the fire was caused by a power line" / "may have been sparked by a power line"; not
    // "could trigger" / "will receive".
    const samePredicate = (xs: Mention[], ys: Mention[], sx: Side, sy: Side) =>
      xs.some((m) =>
        ys.some((n) => {
          const [p, r] = [hedgedPredicate(sx.features.tokens, m), hedgedPredicate(sy.features.tokens, n)];
          // (Not a will to weigh it: "will consider cutting", "will consult on cutting" is no "will cut".)
          if ((p && DELIBERATING.has(p.lemma)) || (r && DELIBERATING.has(r.lemma))) return false;
          return p !== undefined && r !== undefined && onePredicate(sx.features.tokens, p, sy.features.tokens, r);
        }),
      );
    // What investigators only believe, told by the other outlet as fact ("Investigators believe the
    // fire was set" / "The fire was set"): the outlet states what the inquiry has not established.
    const wordBefore = (side: Side, m: Mention) => side.features.tokens[side.features.tokens.findIndex((t) => t.start === m.start) - 1]?.lower ?? "";
    // (Or by no one named, "The man is believed to have died in the fire", against an outlet that
    // states it as its own fact; against a source's word, "died in the fire, officials said", it is
    // the weight of what the source said, worded two ways: low.)
    const ownFact = (y: Side) => y.features.speechVerbs.length === 0 && !ATTRIBUTED.test(y.features.text);
    const believed = (side: Side, ms: Mention[], other: Side) =>
      ms.some((m) => (/^(?:believ|suspect)/.test(m.key) && believerBefore(side.features.tokens, side.features.tokens.findIndex((t) => t.start === m.start))) || (/^(?:believed|suspected|thought|feared|presumed)$/.test(m.key) && BE_FORMS.has(wordBefore(side, m)) && ownFact(other)));
    const stated = (own: Mention[], other: Mention[]) => own.length === 0 && other.length === 0;
    // (A fact confirmed is stated, and more: "Officials confirmed the outbreak was caused by" / "Officials suspect".)
    const confirmed = (own: Mention[]) => own.length > 0 && own.every((m) => CONFIRMING.test(m.key));
    const beliefAsFact = (believed(a, diffA, b) && (stated(diffB, hb) || confirmed(diffB))) || (believed(b, diffB, a) && (stated(diffA, ha) || confirmed(diffA)));
    // So is what is only alleged, told by the other outlet as its own fact with the same verb ("The
    // gunman allegedly killed three people" / "The gunman killed three people"), unless the other frames
    // it as a charge or a suspicion itself ("is charged with killing").
    // Nor when the other gives it as someone's word ("investigators said", "the letter said", "according to"):
    // a source's claim relayed, not the outlet's own (`vocabulary.ATTRIBUTED`).
    // (A verb of saying that is the alleged deed itself, "allegedly threatened staff" / "threatened
    // staff", attributes nothing.)
    const alleged = (x: Side, ms: Mention[], y: Side) =>
      !ACCUSED.test(y.features.text) &&
      !ATTRIBUTED.test(y.features.text) &&
      ms.some((m) => {
        if (HEDGE_CLASSES.get(m.key) !== "class:allegedly") return false;
        const p = hedgedPredicate(x.features.tokens, m);
        // (The other side's word may be read as a noun: "The officer shot the teenager".)
        const deed = p !== undefined && p.pos === "VERB" ? y.features.tokens.filter((t) => (t.pos === "VERB" || t.lower === p.lower) && sameWord(t, p)) : [];
        return deed.length > 0 && y.features.speechVerbs.every((v) => deed.some((t) => t.start === v.start));
      });
    const allegationAsFact = (alleged(a, diffA, b) && stated(diffB, hb)) || (alleged(b, diffB, a) && stated(diffA, ha));
    // And what may be, told by the other as done, with the same verb ("The pill may reduce the risk" /
    // "The pill reduced the risk"), whoever is said to say it: the one claim made at two strengths.
    // (Not a possibility told of another time: "may raise rates again" / "raised rates on Wednesday",
    // "is considering banning the app" / "banned the app in 2020", "may hurt farmers" / "hurt farmers
    // during the last trade war", "may cut rates further" / "cut rates by half a point".)
    const anotherTime = (x: Side, y: Side) =>
      /\b(?:again|further)\b/i.test(x.features.text) || y.features.dates.length > 0 || PAST_PERIOD.test(y.features.text) || /\b(?:previous|previously|earlier|last|before|similar|different|another|other|related|old|former|during)\b/i.test(y.features.text);
    const possible = (x: Side, ms: Mention[], y: Side) =>
      !prospect(y) &&
      !anotherTime(x, y) &&
      ms.some((m) => {
        // ("Could" is also what one was able to do: "Neighbors could hear gunshots" / "heard gunshots".)
        if (HEDGE_CLASSES.get(m.key) !== "class:may" || m.key === "could") return false;
        const p = hedgedPredicate(x.features.tokens, m);
        if (p === undefined || p.pos !== "VERB") return false;
        // (Done to the same thing, not only the same person: "may cut jobs" / "cut its forecast" are two
        // cuts, "could be an asset in helping Clinton" / "accusing her of helping Clinton" two claims.)
        const object = complement(x.features.tokens, p, "NOUN");
        // (Or to the same figure, with no noun for it: "may exceed 1,000" / "has exceeded 1,000".)
        const figure = (tokens: readonly Token[], t: Token) => tokens.filter((w) => w.start > t.start).slice(0, COMPLEMENT_REACH).find((w) => w.pos === "NUM")?.lower;
        const done = (t: Token) => [...complement(y.features.tokens, t, "NOUN")].some((n) => object.has(n)) || (object.size === 0 && figure(x.features.tokens, p) !== undefined && figure(x.features.tokens, p) === figure(y.features.tokens, t));
        // (Nor one of two verbs the other offers: "genes that cause or predispose humans to disease".)
        const offered = (i: number) => y.features.tokens[i - 1]?.lower === "or" || y.features.tokens[i + 1]?.lower === "or";
        // (And by the same subject: "The toll may exceed 1,000" / "Aid deliveries have exceeded 1,000" are two claims.)
        const [sx, sy] = [subjectBefore(x.features.tokens, p.start), (t: Token) => subjectBefore(y.features.tokens, t.start)];
        const sameSubject = (t: Token) => sx === undefined || sy(t) === undefined || sx.lemma === sy(t)?.lemma;
        return y.features.tokens.some((t, i) => t.pos === "VERB" && sameWord(t, p) && !negatedAt(y.features.tokens, i) && !boundAt(y.features.tokens, i) && !offered(i) && done(t) && sameSubject(t));
      });
    const possibilityAsFact = (possible(a, diffA, b) && stated(diffB, hb)) || (possible(b, diffB, a) && stated(diffA, ha));
    const contrast =
      (((hedged(diffA) && certain(diffB)) || (certain(diffA) && hedged(diffB))) && samePredicate(diffA, diffB, a, b)) || beliefAsFact || allegationAsFact || possibilityAsFact;
    const d = (label: string, ms: Mention[]) => (ms.length ? `${label} has ${ms.map((m) => q(m.text)).join(", ")}` : `${label} does not hedge`);
    out.push({
      type: HEDGE_RULE.type,
      severity: contrast ? HEDGE_RULE.severity.hedgedAgainstCertain : HEDGE_RULE.severity.otherWords,
      spans: [...diffA.map((m) => span(0, m)), ...diffB.map((m) => span(1, m))],
      explanation: `Certainty differs: ${d(a.label, diffA)}; ${d(b.label, diffB)}.`,
    });
  }
  return out;
}

/** Hedges that pass on someone's account: "reportedly", "were said to be". */
const REPORTING = new Set(["reportedly", "reported", "purportedly", "said"]);

/**
 * A deed or a state one outlet has "reportedly" or "said to be" ("were reportedly shooting at each
 * other", "were said to be in stable condition") and the other gives as a source's word ("police
 * said", "according to the sheriff's office"): both pass on an account, neither states it as its own.
 * Not a remark reported ("reportedly said", "reportedly posted"): the other attests the remark itself;
 * nor against a source that confirms it.
 */
function relayedAlike(x: Side, m: Mention, y: Side): boolean {
  if (!REPORTING.has(m.key)) return false;
  const p = hedgedPredicate(x.features.tokens, m);
  if (p !== undefined && SPEECH_VERB_CLASS[p.lemma] !== undefined) return false;
  // (A source that confirms it states it as settled: "The ministry confirmed" / "will reportedly resign";
  // a confirmation denied gives it to no one: "has not yet been confirmed, but the deal is worth".)
  if (y.features.speechVerbs.some((v) => v.key === "confirm")) return false;
  // (A verb of saying both sides give is part of the claim they share, no source of the other's:
  // "were reportedly furious that the fines were announced" / "the fines were announced".)
  const own = new Set(x.features.speechVerbs.map((v) => v.key));
  return y.features.speechVerbs.some((v) => !/^confirm/i.test(v.text) && !own.has(v.key)) || ATTRIBUTED.test(y.features.text);
}

/** A prospect or a charge, not a deed: "faces at least 17 years if convicted", "risks being barred", "whether it will", "the possibility that she violated", "accusing her of helping". */
const PROSPECT = /\b(?:if|unless|whether|possibility|possible|accus(?:e|es|ed|ing|ation|ations))\b/i;
const PROSPECT_VERBS = new Set(["face", "risk"]);
const prospect = (side: Side) => PROSPECT.test(side.features.text) || side.features.tokens.some((t) => t.pos === "VERB" && PROSPECT_VERBS.has(t.lemma));

/** Words before a verb that make it other than done: a modal ("should be declassified", "can only be burned") or "to" ("plans to cut"). */
const BINDING = new Set(["will", "would", "shall", "should", "must", "can", "could", "may", "might", "to", "'ll", "'d"]);

/** A verb bound by a modal or "to" just before it. */
function boundAt(tokens: readonly Token[], i: number): boolean {
  return tokens.slice(Math.max(0, i - 3), i).some((t) => BINDING.has(t.lower));
}

/** A verb denied by a word just before it ("did not reduce", "never reduced"). */
function negatedAt(tokens: readonly Token[], i: number): boolean {
  return tokens.slice(Math.max(0, i - 3), i).some((t) => t.lower === "not" || t.lower === "n't" || t.lower === "never" || t.lower === "no");
}

/** Words after a hedge within which the verb it qualifies is read ("could likely be changed", "believe the boy, his mother and the man lived"). */
const PREDICATE_REACH = 10;

/** Words of a death suffered whatever comes before them: "died", "is dead", "the death of". */
const DEATH_STATES = new Set(["die", "dead", "death"]);

/** The state a "feared" or "presumed" hedge qualifies, right after it: "dead" of "are feared dead". */
function fearedState(tokens: readonly Token[], m: Mention): Token | undefined {
  if (m.key !== "feared" && m.key !== "presumed") return undefined;
  const next = tokens[tokens.findIndex((t) => t.start === m.start) + 1];
  return next && FEARED_STATES.has(next.lower) ? next : undefined;
}

/**
 * What a hedge qualifies: the first full verb after it in its clause, else the first adjective or noun
 * ("seems shaky", "may not be winnable", "potentially one of the biggest scams"), or none; after
 * "and" or "or" and before a noun phrase, that phrase's last noun ("and possibly two children").
 */
export function hedgedPredicate(tokens: readonly Token[], m: Mention): Token | undefined {
  // A relative clause between commas describes the subject ("believe the children, who were last seen
  // Friday, are dead"): what is hedged comes after it.
  const following = tokens.filter((t) => t.start >= m.end);
  // A hedge on a noun phrase joined to another ("Five women, and possibly a couple of children, were
  // inside") qualifies that phrase: its last noun.
  const before = tokens.filter((t) => t.end <= m.start).at(-1);
  if (before && /^(?:and|or)$/.test(before.lower) && ["DET", "NUM"].includes(following[0]?.pos ?? "")) {
    const phrase = following.slice(0, PREDICATE_REACH);
    const stop = phrase.findIndex((t) => t.pos === "VERB" || t.pos === "AUX" || /^[,.;:!?"]$/.test(t.text));
    const head = (stop < 0 ? phrase : phrase.slice(0, stop)).filter((t) => t.pos === "NOUN" || t.pos === "PROPN").at(-1);
    if (head) return head;
  }
  const described: Token[] = [];
  let relative = false;
  following.forEach((t, k) => {
    if (t.text === "," && RELATIVE.has(following[k + 1]?.lower ?? "")) relative = true;
    else if (relative && t.text === ",") relative = false;
    else if (!relative) described.push(t);
  });
  const after = described.slice(0, PREDICATE_REACH);
  const end = after.findIndex((t) => /^[.;:!?"]$/.test(t.text));
  const clause = end < 0 ? after : after.slice(0, end);
  // A state right after the hedge is what it qualifies ("were reportedly furious that the fines were
  // announced", "may not be winnable"), not a verb of the clause that explains it; one before "to"
  // carries the verb after it ("seemed certain to open the door").
  const first = clause.findIndex((t) => !["ADV", "AUX", "PART"].includes(t.pos));
  const infinitive = clause[first + 1]?.lower === "to" && ["VERB", "AUX"].includes(clause[first + 2]?.pos ?? "");
  if (clause[first]?.pos === "ADJ" && !infinitive) return clause[first];
  // "believed to have been destroyed": "have" and "been" carry the verb after them.
  const verbs = clause.filter((t) => t.pos === "VERB");
  const full = verbs.find((t) => !AUXILIARIES.has(t.lemma)) ?? verbs[0];
  return full ?? clause.find((t) => t.pos === "ADJ") ?? clause.find((t) => t.pos === "NOUN");
}

/** Words that open a relative clause after a comma: "the children, who were last seen ...,". */
const RELATIVE = new Set(["who", "which", "whose", "whom"]);

/** Verbs that the tagger may call full verbs where they only carry the next one ("to have been destroyed"). */
const AUXILIARIES = new Set(["be", "have", "do"]);

/** A word's base, "-ing" nouns too: the tagger reads "closing" in "is considering closing" as a noun. */
const base = (t: Token) => (t.pos === "NOUN" && /^\p{L}{3,}ing$/u.test(t.lower) ? t.lower.slice(0, -3) : t.lemma);

/** The same word for what is done: one lemma or stem, a synonym, or an "-ing" noun's base inside the other ("clos" / "close"; not "plan" / "plant"). */
function sameWord(x: Token, y: Token): boolean {
  const [bx, by] = [base(x), base(y)];
  const stripped = bx !== x.lemma || by !== y.lemma;
  return bx === by || stemOf(bx) === stemOf(by) || synonymous(bx, by) || (stripped && Math.min(bx.length, by.length) >= 4 && (bx.startsWith(by) || by.startsWith(bx)));
}

/** Words after a predicate within which what it is done to or by is read ("caused by a power line that fell in high winds"). */
const COMPLEMENT_REACH = 8;
/** Nouns in common after two verbs that make them one predicate in other words ("caused by a power line" / "sparked by a power line"). */
const SHARED_COMPLEMENT = 2;

/** Words that open a clause of its own after a predicate: its nouns are that clause's ("could survive even if the states prevail", "told reporters that the states ..."). */
const CLAUSE_OPENERS = new Set(["if", "unless", "because", "although", "though", "while", "whether", "even", "that", "when", "after", "before", "until"]);

/** The nouns after a predicate, in its clause (common nouns only, with `only`). */
function complement(tokens: readonly Token[], predicate: Token, only?: "NOUN"): Set<string> {
  const after = tokens.filter((t) => t.start > predicate.start).slice(0, COMPLEMENT_REACH);
  // ("that" opens another clause as a conjunction, "told reporters that ..."; as a relative pronoun its clause
  // describes the noun before it, and its nouns count: "sparked by a cable that touched the roof".)
  const end = after.findIndex((t) => /^[.;:!?"“”]$/.test(t.text) || (CLAUSE_OPENERS.has(t.lower) && (t.pos === "SCONJ" || t.lower !== "that")));
  return new Set((end < 0 ? after : after.slice(0, end)).filter((t) => t.pos === "NOUN" || (only === undefined && t.pos === "PROPN")).map((t) => t.lemma));
}

/** Two predicates say one thing: the same word, or other words done to or by the same things (`SHARED_COMPLEMENT` nouns after both). */
function onePredicate(tx: readonly Token[], p: Token, ty: readonly Token[], r: Token): boolean {
  if (sameWord(p, r)) return true;
  if (p.pos !== "VERB" || r.pos !== "VERB") return false;
  const cy = complement(ty, r);
  return [...complement(tx, p)].filter((w) => cy.has(w)).length >= SHARED_COMPLEMENT;
}

/**
 * A hedge compares with the other side only when that side states what it qualifies: the verb after
 * it, or a synonym or a word of the same stem ("may cut" / "cuts", "likely relying" / "relied"). A
 * hedge with no verb after it ("reportedly" at a clause's end, "the alleged gunman") is kept. Words
 * of certainty pass: they matter only beside a hedge that does.
 */
function statedByOther(self: Side, m: Mention, other: Side): boolean {
  if (CERTAINTY.has(m.key)) return true;
  // A death feared or presumed ("are feared dead") is stated by a death told in any word for it ("were killed", "died").
  const feared = fearedState(self.features.tokens, m);
  // (A death the subject died, not one it dealt: "were killed", "died", "is dead"; not "killed two hostages".)
  const suffered = (t: Token, k: number) => DEATH_STATES.has(t.lemma) || (newsEquivalent(t.lemma, "die") && other.features.tokens[k - 1]?.pos === "AUX");
  if (feared) return other.features.tokens.some((t, k) => !insideQuotation(other.features, t) && (t.lemma === feared.lemma || suffered(t, k)));
  const verb = hedgedPredicate(self.features.tokens, m);
  if (!verb) return true;
  const stated = other.features.tokens.filter(
    (t) =>
      ((t.pos === "VERB" || t.pos === "NOUN" || t.pos === "ADJ") && (t.lemma === verb.lemma || stemOf(t.lemma) === stemOf(verb.lemma) || synonymous(t.lemma, verb.lemma))) ||
      // In other words about the same things: "may have been sparked by a power line" / "was caused by a power line".
      (t.pos === "VERB" && onePredicate(self.features.tokens, verb, other.features.tokens, t)),
  );
  // A forecast against the thing done ("is expected to plead guilty" / "pleaded guilty"): one outlet
  // wrote before it happened, the other after: a time, not a doubt.
  // (A forecast's verb is in its base form, "expected to plead"; "were likely relying" guesses at the past.)
  if (FORECASTS.has(m.key) && verb.lower === verb.lemma && stated.length > 0 && stated.every((t) => t.pos === "VERB" && pastForm(t))) return false;
  return stated.length > 0;
}

/** Hedges that forecast: what is expected or likely to happen. */
const FORECASTS = new Set([...EXPECTED, "likely", "probably"]);

/** A verb in its past form ("pleaded", "signed"): not its lemma, not "-ing", not the present's "-s". */
const pastForm = (t: Token) => t.lower !== t.lemma && !/ing$/.test(t.lower) && t.lower !== `${t.lemma}s` && t.lower !== `${t.lemma}es`;
