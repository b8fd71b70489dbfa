import { insideQuotation } from "../features";
import { q, type Finding, type Side } from "../finding";
import type { Severity } from "../types";
import type { Token } from "../nlp";
import { overlap } from "../similarity";
import { AGENT_KINDS, ATTRIBUTED, GENERIC_AGENTS, newsEquivalent, POSSESSIVES, SPEECH_VERB_CLASS, WEEKDAY_NAMES } from "../vocabulary";
import { synonymous } from "../lexicon";
import { nameVariant } from "../names";
import { OTHER_CASE, PAST_PERIOD, subjectBefore } from "./context";
import type { RuleDescriptor } from "./rule";

/**
 * Certainty: how firmly each outlet states a fact. Two scales, each read from phrases, never from a
 * name ("Will", "May"):
 *
 * - legal standing: "charged with" / "indicted" / "convicted of" against "on suspicion of" /
 *   "suspected of" / "in connection with" (a person charged is not a person suspected);
 * - whether the person did it: "admitted to" / "confessed" against "allegedly" / "the alleged";
 * - what is known: "confirmed" against "reportedly" / "according to media reports" / "it is not
 *   clear whether" / "has not said whether" / "hinted";
 * - what brought it about: "causes" / "led to" against "is linked to" / "associated with";
 * - whether a count is done: "final results" / "official count" against "provisional" / "partial results";
 * - whether findings were checked: "peer-reviewed" against "a preprint" / "not yet peer reviewed".
 *
 * Different steps on one scale are a `hedge` discrepancy: medium when one side is firm (charged,
 * confirmed) and the other is not, low between two unsure ones (reported / unclear). One side saying
 * nothing on the scale is no finding (silence is not doubt), except that a thing one side calls
 * unclear ("not clear whether officials verified") and the other states in the same word ("will
 * verify") is medium, and so is one thing told as planned on one side and as done on the other
 * ("will open" / "opened", "plans to appeal" / "filed an appeal": `plannedAgainstDone`), and one
 * reported as an allegation on one side and stated as fact on the other ("The lawsuit alleges that
 * ..." / "...": `allegedAgainstStated`).
 */
export const CERTAINTY_RULE = {
  type: "hedge",
  detects: "the same fact stated as charged vs suspected, admitted vs alleged, or confirmed vs reported, unclear or hinted",
  severity: { firmAgainstUnsure: "medium", unsureAgainstUnsure: "low" },
} as const satisfies RuleDescriptor;

/** Words of a vote counted: the results a count scale compares. */
const VOTE_COUNT = /\b(?:votes?|voters?|election|elections|electoral|ballots?|polls?|turnout|seats?|referendum|run-?off|primary|constituenc\w*|precincts?)\b/i;
/** A count not in yet: "are due", "are expected", "will be announced". */
const COUNT_TO_COME = /\b(?:(?:are|is|were|was)\s+(?:due|expected|awaited)|will\s+be\s+(?:announced|released|published|declared))\b/i;

interface Step {
  scale: "legal" | "guilt" | "deal" | "known" | "cause" | "count" | "review";
  level: string;
  firm: boolean;
  pattern: RegExp;
}

const STEPS: readonly Step[] = [
  // "charged Friday with", "was charged late Tuesday in": a day between the verb and its charge.
  {
    scale: "legal",
    level: "charged",
    firm: true,
    pattern: new RegExp(String.raw`\b(?:charged(?:\s+(?:early|late|on))?(?:\s+(?:${WEEKDAY_NAMES.join("|")}|today|yesterday))?\s+(?:with|in)|indicted (?:on|for|in))\b`, "gi"),
  },
  // "Accused of" is how news says charged, and as often suspected ("arrested Saturday ... is accused
  // of"): the level of a charge, firm against neither.
  { scale: "legal", level: "charged", firm: false, pattern: /\baccused of\b/gi },
  // Convicted: a court's finding, past being charged or accused; not one that may come ("if convicted", "could be convicted", "was not convicted").
  {
    scale: "legal",
    level: "convicted",
    firm: true,
    // ("A convicted felon" is the person's past, not this case's standing.)
    pattern: /(?<!\b(?:if|unless|whether|until|once|before|be|not|never)\s+)\b(?:convicted\b(?!\s+(?:felons?|killers?|murderers?|rapists?|criminals?|sex\s+offenders?|drug\s+dealers?|terrorists?))|pleaded guilty\b|found guilty\b|admitted (?:a|an|one|two|three|the) charges? of\b)/gi,
  },
  // "in connection with" only of a person held ("arrested Saturday in connection with"), not "the indictment ... in connection with the hack".
  {
    scale: "legal",
    level: "suspected",
    firm: false,
    // (And under investigation for it: "are under investigation for mishandling ballots", "is being investigated over".)
    pattern: /\b(?:on suspicion of|suspected of|(?:arrested|held|detained|questioned|sought|wanted|booked|jailed)\b[^.;]{0,40}?\bin connection with|a person of interest|questioned (?:over|about)|(?:under investigation|being investigated|investigated) (?:for|over))\b/gi,
  },
  // Whether the person did it: admitted or confessed against alleged ("admitted to police to
  // accidentally shooting" / "for allegedly shooting"); not "admitted to a hospital".
  {
    scale: "guilt",
    level: "admitted",
    firm: true,
    pattern: /\b(?:admitted|confessed)(?:\s+to\s+(?:police|investigators|detectives|officers|authorities))?(?:\s+to)?\s+(?:(?:the\s+)?(?:\w+ly\s+)?\w+ing\b|that\b)/gi,
  },
  { scale: "guilt", level: "alleged", firm: false, pattern: /\b(?:allegedly|the alleged(?=\s+\w))\b/gi },
  // Whether a deal is made: agreed against close to it ("Villa have agreed terms with Ricci" / "Villa
  // are close to agreeing terms"; "has been agreed" / "may take place").
  {
    scale: "deal",
    level: "agreed",
    firm: true,
    // (Or agreed to or signed a thing: "agreed to a ceasefire", "signed a prisoner exchange deal"; not "agreed to pay".)
    // (And a sale agreed: "agreed to buy", "agreed to be acquired by", "struck a deal to acquire".)
    pattern:
      /\b(?:(?:have|has|had)\s+(?:now\s+)?agreed|(?:has|have|had|was|were)\s+been\s+agreed|agreed\s+(?:to|on)\s+(?:a|an|the)(?=\s)|agreed\s+to\s+(?:buy|acquire|purchase|sell|merge|take\s+over|be\s+(?:acquired|bought|sold))\b|(?:struck|reached|signed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:deal|agreement)\s+to\s+(?:buy|acquire|purchase|sell|merge|take\s+over)\b|signed\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:deal|agreement|accord|treaty|truce|pact)\b)/gi,
  },
  {
    scale: "deal",
    level: "close",
    firm: false,
    // (Not "in talks" alone: talks go on after a deal, on another one; but talks to buy or sell a
    // thing, or a sale explored or weighed, are a sale not yet agreed: "is in advanced talks to acquire".)
    pattern:
      /\b(?:close to (?:agreeing|signing|a deal|an agreement)|nearing (?:a |an )?(?:deal|agreement)|on the verge of (?:agreeing|signing|a deal)|(?:may|could|might) take place|in (?:\w+ )?talks (?:to (?:buy|acquire|purchase|sell|merge|take over)|about (?:buying|acquiring|selling|a sale|a merger|a takeover))|(?:exploring|weighing|considering) (?:a|the) (?:possible |potential )?(?:sale|merger|takeover|acquisition|bid)\b)/gi,
  },
  // Whether a count is done: final or official results against provisional or partial ones ("Provisional
  // results showed" / "Final results showed"); "provisional" and "preliminary" are one step.
  // (Of a vote only, `VOTE_COUNT`: "official figures" say who issued them, and a company's "preliminary
  // results" are its full year's.)
  { scale: "count", level: "final", firm: true, pattern: /\b(?:final|certified)\s+(?:results?|count|tally|returns)\b/gi },
  { scale: "count", level: "provisional", firm: false, pattern: /\b(?:provisional|preliminary|partial|early|initial|unofficial)\s+(?:results?|count|tally|returns)\b/gi },
  // Whether findings were checked by peers: published in a peer-reviewed journal against a preprint.
  { scale: "review", level: "reviewed", firm: true, pattern: /\b(?<!not\s(?:yet\s)?(?:been\s)?)peer[- ]reviewed\b/gi },
  { scale: "review", level: "preprint", firm: false, pattern: /\b(?:preprints?|not\s+(?:yet\s+)?(?:been\s+)?peer[- ]reviewed)\b/gi },
  { scale: "known", level: "confirmed", firm: true, pattern: /\b(?:confirmed|officially)\b/gi },
  { scale: "known", level: "reported", firm: false, pattern: /\b(?:reportedly|according to (?:media|news|local|press|unconfirmed) reports|media reports said|it (?:was|is) reported)\b/gi },
  {
    scale: "known",
    level: "unclear",
    firm: false,
    pattern:
      /\b(?:(?:it is|it was|it's|it remains|it remained) (?:not (?:yet )?clear|unclear|unknown|not known)|(?:remains?|remained|is|was|are|were)(?: still)? (?:unclear|unknown|undetermined|under investigation|being investigated|not (?:yet )?(?:clear|known))(?=\s*(?:[.,;:!?]|$|whether\b|if\b|how\b|why\b|what\b|who\b|when\b|where\b))|(?:has|have|had)(?:n't| not)(?: yet)? been (?:determined|established)|(?:unclear|not clear|not known|unknown) (?:whether|if)|(?:to determine|to establish|to find out|investigating|trying to determine) (?:whether|if)|(?:(?:has|have|had)(?:n't| not)(?: yet)?|(?:did|does|do|would|could|will)(?:n't| not)|declined to|refused to) (?:say|said|announce|announced|decide|decided|disclose|disclosed|indicate|indicated|confirm|confirmed) (?:whether|if))\b/gi,
  },
  { scale: "known", level: "hinted", firm: false, pattern: /\b(?:hinted|signall?ed|insinuated)\b/gi },
  // What brought it about: a cause stated against a link found ("Ultra-processed food causes
  // depression" / "is linked to depression", "crashes caused by the defect" / "linked to the defect").
  // (And "cause" after a plural subject: "microplastics cause inflammation"; not "the cause of".)
  { scale: "cause", level: "caused", firm: true, pattern: /\b(?:causes|caused|causing|leads to|led to|results in|resulted in)\b|(?<=\b[a-z]+s\s)cause\b(?!\s+(?:of|for)\b)/gi },
  // (Said of the subject, "is linked to", "has been tied to"; not a group "linked to outages" that did something else.)
  // (Or a study that linked it: "The study linked microplastics to inflammation".)
  {
    scale: "cause",
    level: "linked",
    firm: false,
    pattern: /\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?(?:linked|tied|associated|correlated)\s+(?:to|with)\b|(?<=\b(?:study|studies|research|researchers|scientists|analysis|report|data|findings)\s+(?:has\s+|have\s+)?)(?:linked|tied)\s+(?:[\w-]+\s+){1,3}?to\b/gi,
  },
];

interface Found {
  step: Step;
  start: number;
  end: number;
  text: string;
}

/** Each sentence's steps, read once: a sentence is set against each of its partners in the other outlets. */
const stepsCache = new WeakMap<Side["features"], readonly Found[]>();

function stepsIn(side: Side): readonly Found[] {
  let out = stepsCache.get(side.features);
  if (!out) {
    out = readSteps(side.features.text);
    stepsCache.set(side.features, out);
  }
  return out;
}

function readSteps(text: string): Found[] {
  const out: Found[] = [];
  for (const step of STEPS) {
    step.pattern.lastIndex = 0;
    for (const m of text.matchAll(step.pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (step.scale === "deal" && !dealNow(step, m[0], text.slice(0, start), text.slice(end))) continue;
      // A cause doubted or denied is none asserted: "do not prove microplastics cause", "unclear whether".
      if (step.scale === "cause" && step.firm && CAUSE_DOUBTED.test(text.slice(Math.max(0, start - 60), start))) continue;
      // Nor is a confirmation denied: "the numbers aren't confirmed", "has not yet been officially confirmed".
      if (step.level === "confirmed" && CONFIRMATION_DENIED.test(text.slice(Math.max(0, start - 40), start))) continue;
      out.push({ step, start, end, text: m[0] });
    }
  }
  return out;
}

/** Words before "confirmed" that deny it: "not", "aren't", "never", with "yet", "been", "officially" between. */
const CONFIRMATION_DENIED = /(?:\bnot|n't|\bnever)(?:\s+(?:yet|been|be|officially|independently|immediately))*\s+$/i;

/** Words before a cause that doubt or deny it ("do not prove", "unclear whether", "failed to show"); "the data show that" asserts it. */
const CAUSE_DOUBTED = /\b(?:not|n't|no|never|whether|if|unclear|unknown|fail|fails|failed|debate|debated|doubt|doubts|question)\b[^.;]*$/i;

/** Talks told as over ("was in talks to merge", "had been in talks"). */
const TALKS_BEFORE = /\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?$/i;
/** A deal told as not yet made: "is expected to announce it has agreed", "close to announcing", "if it agreed". */
const NOT_YET = /\b(?:expected|set|poised|likely|close|nearing|plans?|planning|preparing|could|may|might|would|if|whether|unless)\b[^.;,]*$/i;

/** A step on the deal scale that says where the deal stands now: talks still going on, an agreement made. */
function dealNow(step: Step, found: string, before: string, after: string): boolean {
  if (step.firm) return !NOT_YET.test(before.slice(-60));
  // (Talks or a sale explored, told in the past or before what ended them, are over; "were close to
  // agreeing a ceasefire on Tuesday" is still where the deal stood when that outlet wrote.)
  if (!/\b(?:talks|exploring|weighing|considering)\b/i.test(found)) return true;
  return !TALKS_BEFORE.test(before.slice(-40)) && !/\bbefore\b/i.test(after);
}

/**
 * One side calls a thing unclear ("it is not clear whether officials verified", "to determine whether
 * it was accidental") that the other states with no doubt at all ("officials will verify", "was
 * accidentally shot"): the predicate after "whether" is the other side's own word (lemma or stem).
 */
/** Tokens before a stated word within which "would not say what" leaves it untold (a quoted title may stand between). */
const UNTOLD_REACH = 14;

function unclearAgainstStated(a: Side, b: Side, fa: readonly Found[], fb: readonly Found[]): Finding[] {
  const out: Finding[] = [];
  for (const [self, other, found, otherFound, side] of [
    [a, b, fa, fb, 0],
    [b, a, fb, fa, 1],
  ] as const) {
    if (otherFound.some((f) => f.step.scale === "known") || other.features.hedges.length > 0) continue;
    for (const f of found.filter((x) => x.step.level === "unclear")) {
      // The predicate: the first verb or adjective after "whether", in its clause.
      const after = self.features.tokens.filter((t) => t.start >= f.end);
      const end = after.findIndex((t) => t.pos === "PUNCT");
      // (A word after "was" is its predicate even when tagged a noun: "was accidental".)
      const clause = end < 0 ? after : after.slice(0, end);
      // An adjective before its noun describes the subject ("if other neighboring states would take"), it is not the predicate.
      const head = clause.find((t, i) => !t.stop && (t.pos === "VERB" || ((t.pos === "ADJ" || t.pos === "NOUN") && clause[i - 1]?.pos === "AUX")));
      if (!head) continue;
      const stem = (w: string) => (w.length >= 6 ? w.slice(0, 6) : w);
      // Stated by the outlet, not inside someone's quotation.
      const match = other.features.tokens.find((t) => !insideQuotation(other.features, t) && (t.lemma === head.lemma || (head.lemma.length >= 6 && stem(t.lower) === stem(head.lemma))));
      if (!match) continue;
      // The other side must state it, not leave it open itself ("decide whether a project would harm").
      const before = other.features.tokens.filter((t) => t.end <= match.start).slice(-8);
      if (before.some((t) => /^(whether|if|would|could|might|may)$/.test(t.lower))) continue;
      // Nor say it is not told: "would not say what she was being treated for", "declined to explain why".
      const lead = other.features.tokens.filter((t) => t.end <= match.start).slice(-UNTOLD_REACH);
      if (lead.some((t, k) => /^(?:what|why|how|who|when|where)$/.test(t.lower) && /^(?:say|disclose|reveal|explain|specify)$/.test(lead[k - 1]?.lemma ?? ""))) continue;
      const spans = [
        { side: side as 0 | 1, start: f.start, end: f.end },
        { side: (1 - side) as 0 | 1, start: match.start, end: match.end },
      ].sort((x, y) => x.side - y.side);
      out.push({
        type: CERTAINTY_RULE.type,
        severity: CERTAINTY_RULE.severity.firmAgainstUnsure,
        spans,
        explanation: `Certainty differs: ${self.label} has ${q(f.text)}; ${other.label} states ${q(match.text)} as fact.`,
      });
      break;
    }
  }
  return out;
}

/** A step that names a sale, ending where what is sold begins ("agreed to buy", "exploring a sale"). */
const SALE = /(?:buy|acquire|purchase|sell|merge|take over|sale|merger|takeover|acquisition|bid|acquired|bought|sold)$/i;
const SOLD_REACH = 6;

/** The head of what a sale step names as sold: "to buy the chip designer Novi for ..." -> "novi", "a sale of its cloud unit" -> "unit". */
function soldThing(side: Side, f: Found): string | undefined {
  if (!SALE.test(f.text)) return undefined;
  const after = side.features.tokens.filter((t) => t.start >= f.end).slice(0, SOLD_REACH);
  let head: string | undefined;
  for (const [i, t] of after.entries()) {
    if (i === 0 && (t.lower === "of" || t.lower === "for")) continue;
    if (t.pos === "DET" || POSSESSIVES.has(t.lower) || t.pos === "ADJ") continue;
    if (t.pos === "NOUN" || t.pos === "PROPN") head = t.lemma.toLowerCase();
    else break;
  }
  return head;
}


function twoThingsSold(a: Side, fa: readonly Found[], b: Side, fb: readonly Found[]): boolean {
  const [xa, xb] = [fa.map((f) => soldThing(a, f)).filter((x) => x !== undefined), fb.map((f) => soldThing(b, f)).filter((x) => x !== undefined)];
  return xa.length > 0 && xb.length > 0 && !xa.some((x) => xb.includes(x));
}

/** Likeness of two sentences, at least, for a deal made on one side and near on the other to be one statement. */
const DEAL_ALIKE = 0.5;
/** Words that make a deal another, or not made: "a new ceasefire", "not close to agreeing", "no longer in talks", "rejected", "collapsed". */
const OTHER_DEAL = /\b(?:new|another|second|not|never|no longer|rejected|denied|collaps\w*|broke down|ended|pulled out)\b/i;

/** Tokens after a step within which what it ties the subject to is read. */
const AFTER_STEP = 3;

/** The common nouns after a step ("linked to the defect", "caused by the defect": defect). */
function tiedTo(side: Side, f: Found): Set<string> {
  return new Set(side.features.tokens.filter((t) => t.start >= f.end).slice(0, AFTER_STEP).filter((t) => t.pos === "NOUN").map((t) => t.lemma));
}

/**
 * What a cause or a link is said of: the words between "linked" and "to" ("The study linked
 * microplastics to"), else the noun phrase right before the step ("Processed meats cause", "The
 * vaccine has been linked to"), as lemmas.
 */
function causeSubject(side: Side, f: Found): Set<string> {
  const tokens = side.features.tokens;
  const inside = tokens.filter((t) => t.start >= f.start && t.end <= f.end);
  if (/^(?:linked|tied)\s/i.test(f.text)) return new Set(inside.slice(1, -1).filter((t) => t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ").map((t) => t.lemma));
  const before = tokens.filter((t) => t.end <= f.start).reverse();
  const out: string[] = [];
  for (const t of before) {
    if (t.pos === "AUX" || t.pos === "ADV") {
      if (out.length === 0) continue;
      break;
    }
    // (A participle before the noun describes it: "Processed meats cause".)
    const participle = t.pos === "VERB" && /ed$/.test(t.lower) && out.length > 0;
    if (t.pos !== "NOUN" && t.pos !== "PROPN" && t.pos !== "ADJ" && !participle) break;
    out.push(participle ? t.lower : t.lemma);
  }
  return new Set(out);
}

/** Both are said of one thing: one's words within the other's ("microplastics" / "microplastics"; not "red meat" / "processed meats"), or one side does not say. */
function sameCauseSubject(a: Side, x: Found, b: Side, y: Found): boolean {
  const [sx, sy] = [causeSubject(a, x), causeSubject(b, y)];
  if (sx.size === 0 || sy.size === 0) return true;
  return [...sx].every((w) => sy.has(w)) || [...sy].every((w) => sx.has(w));
}

/**
 * A cause and a link of one thing to the same other: a noun in common after both ("causes
 * depression" / "is linked to depression"); not "The crash caused delays" / "The crash was tied to a
 * drunk driver", the crash's effect and its cause.
 */
function tiedAlike(a: Side, x: Found, b: Side, y: Found): boolean {
  const nb = tiedTo(b, y);
  return [...tiedTo(a, x)].some((n) => nb.has(n));
}

export function certainty(a: Side, b: Side): Finding[] {
  const out: Finding[] = [];
  const [fa, fb] = [stepsIn(a), stepsIn(b)];
  for (const scale of ["legal", "guilt", "deal", "known", "cause", "count", "review"] as const) {
    const xa = fa.filter((f) => f.step.scale === scale);
    const xb = fb.filter((f) => f.step.scale === scale);
    if (xa.length === 0 || xb.length === 0) continue;
    const la = new Set(xa.map((f) => f.step.level));
    const lb = new Set(xb.map((f) => f.step.level));
    const onlyA = xa.filter((f) => !lb.has(f.step.level));
    const onlyB = xb.filter((f) => !la.has(f.step.level));
    if (onlyA.length === 0 || onlyB.length === 0) continue;
    // A legal standing or a deal is compared for one party in one case: not "Hale" / "Hale's former partner",
    // nor a case set apart ("in an unrelated case", "in 2015").
    if ((scale === "legal" || scale === "deal") && (otherPeople(a, onlyA, b, onlyB) || OTHER_CASE.test(a.features.text) !== OTHER_CASE.test(b.features.text))) continue;
    if (scale === "cause" && !onlyA.some((x) => onlyB.some((y) => tiedAlike(a, x, b, y) && sameCauseSubject(a, x, b, y)))) continue;
    // A deal told of another time on one side only ("agreed to a ceasefire in January", "last month",
    // "that later collapsed" / "are close to agreeing a ceasefire") is an earlier deal, not this one.
    const told = (side: Side) => side.features.dates.some((d) => !WEEKDAY_NAMES.some((w) => d.text.toLowerCase().includes(w))) || PAST_PERIOD.test(side.features.text) || /\blater\b/i.test(side.features.text);
    if (scale === "deal" && told(a) !== told(b)) continue;
    // A count to come ("The final results are due on Friday") is not the one a side reports.
    if (scale === "count" && (COUNT_TO_COME.test(a.features.text) || COUNT_TO_COME.test(b.features.text) || !VOTE_COUNT.test(a.features.text) || !VOTE_COUNT.test(b.features.text))) continue;
    // And only of one statement ("The two sides agreed to a ceasefire" / "were close to agreeing a
    // ceasefire"), not another deal or party ("a new ceasefire", "a fee with Arsenal"), nor one denied
    // or failed ("not close to agreeing", "before talks collapsed").
    const ownNames = (x: Side, y: Side) => [...x.features.names].some((n) => !y.features.names.has(n));
    if (scale === "deal" && (overlap(a.features, b.features).similarity < DEAL_ALIKE || OTHER_DEAL.test(a.features.text) || OTHER_DEAL.test(b.features.text) || (ownNames(a, b) && ownNames(b, a)))) continue;
    // A sale agreed and one in talks are one sale only of one thing ("agreed to buy Novi" / "in talks to buy a stake in Orbis": two).
    if (scale === "deal" && twoThingsSold(a, onlyA, b, onlyB)) continue;
    const firmVsUnsure = onlyA.some((f) => f.step.firm) !== onlyB.some((f) => f.step.firm);
    // Convicted against charged or accused: a court's finding against a charge, as far apart as firm and unsure.
    const convicted = (list: readonly Found[]) => list.some((f) => f.step.level === "convicted");
    const severity: Severity = firmVsUnsure || convicted(onlyA) !== convicted(onlyB) ? CERTAINTY_RULE.severity.firmAgainstUnsure : CERTAINTY_RULE.severity.unsureAgainstUnsure;
    out.push({
      type: CERTAINTY_RULE.type,
      severity,
      spans: [...onlyA.map((f) => ({ side: 0 as const, start: f.start, end: f.end })), ...onlyB.map((f) => ({ side: 1 as const, start: f.start, end: f.end }))],
      explanation: `Certainty differs: ${a.label} has ${onlyA.map((f) => q(f.text)).join(", ")}; ${b.label} has ${onlyB.map((f) => q(f.text)).join(", ")}.`,
    });
  }
  out.push(...unclearAgainstStated(a, b, fa, fb), ...plannedAgainstDone(a, b), ...allegedAgainstStated(a, b));
  return out;
}

/** The subjects before the two sides' steps ("Hale is under investigation" / "Hale's former partner was charged") are two people or bodies. */
function otherPeople(a: Side, fa: readonly Found[], b: Side, fb: readonly Found[]): boolean {
  const [sx, sy] = [subjectBefore(a.features.tokens, fa[0]?.start ?? 0), subjectBefore(b.features.tokens, fb[0]?.start ?? 0)];
  // (Who arrests or charges is not whom: "Police arrested Lee in connection with" / "Lee was charged with".)
  const agent = (t: { lemma: string; lower: string }) => GENERIC_AGENTS.has(t.lower) || GENERIC_AGENTS.has(`${t.lemma}s`) || ["police", "prosecutors"].includes(AGENT_KINDS.get(t.lemma) ?? "");
  return sx !== undefined && sy !== undefined && !agent(sx) && !agent(sy) && sx.lemma !== sy.lemma && !synonymous(sx.lemma, sy.lemma) && !newsEquivalent(sx.lemma, sy.lemma) && !nameVariant(sx.text, sy.text);
}

/** A claim reported as an allegation: "the lawsuit alleges that", "prosecutors claimed", "alleging that". */
const ALLEGED = /\b(?:(?:the\s+)?(?:lawsuit|suit|complaint|indictment|petition|filing|charges?|prosecutors?|plaintiffs?)\s+(?:also\s+)?(?:alleges?|alleged|claims?|claimed|accuses?|accused)\b(?:\s+that)?|\balleg(?:es|ed|ing)\s+that\b)/i;

/**
 * One side reports a claim as an allegation ("The lawsuit alleges that managers ordered workers to
 * backdate inspection logs") and the other states it as its own fact ("Managers ordered workers to
 * backdate inspection logs"), in sentences that say the rest alike: medium, a claim a desk may not
 * state flatly.
 */
function allegedAgainstStated(a: Side, b: Side): Finding[] {
  if (overlap(a.features, b.features).similarity < SAME_THING) return [];
  for (const [x, y, flip] of [[a, b, false], [b, a, true]] as const) {
    const m = ALLEGED.exec(x.features.text);
    if (!m || ATTRIBUTED.test(y.features.text) || y.features.speechVerbs.length > 0) continue;
    const alleged = { side: (flip ? 1 : 0) as 0 | 1, start: m.index, end: m.index + m[0].trimEnd().length };
    const [la, lb] = flip ? [b.label, a.label] : [a.label, b.label];
    return [
      {
        type: CERTAINTY_RULE.type,
        severity: CERTAINTY_RULE.severity.firmAgainstUnsure,
        spans: [alleged],
        explanation: `${la} reports it as an allegation (${q(m[0].trim())}); ${lb} states it as fact.`,
      },
    ];
  }
  return [];
}

/** Words before a verb that put it in the future: "will open", "is set to open", "plans to open". */
// (And a future in reported speech: "said it would close", "announced they would".)
const PLANNED = /\b(?:will|(?:is|are)\s+(?:set|scheduled|due|expected)\s+to|plans?\s+to|(?:is|are)\s+going\s+to|(?:said|says|announced|announces|added)\s+(?:that\s+)?(?:it|he|she|they|we)\s+would)\s+(?:\w+ly\s+)?$/i;
/** Words before a past verb that keep it from being done: a modal, "to", a condition or a negation. */
const NOT_DONE = /\b(?:will|would|could|should|might|may|must|to|if|not|n't|never|whether|unless)\s+(?:\w+\s+)?$/i;
/** The word before a verb is one thing: a name, or a noun not in the plural ("The company cut"). */
function singularBefore(side: Side, w: { start: number }): boolean {
  const tokens = side.features.tokens;
  const before = tokens[tokens.findIndex((t) => t.start === w.start) - 1];
  return before !== undefined && (before.pos === "PROPN" || (before.pos === "NOUN" && before.lower === before.lemma));
}

/** Words before a plan that deny it: "has no plans to", "is not set to". */
const NO_PLAN = /\b(?:no|not|never|n't)\s+$/i;
/** Words right after a planned verb that make its act another one: "two more plants", "another round", "additional troops". */
const FURTHER = /^\s+(?:(?:the|a|an|\w+)\s+)?(?:more|another|additional|further)\b/i;
const YEAR_GLOBAL = /\b(?:19|20)\d{2}\b/g;

/** Verbs of doing an act named by its noun: "filed an appeal", "lodged a complaint", "launched a bid". */
const DOING = new Set(["file", "lodge", "launch", "submit", "make", "issue", "mount"]);

/**
 * The planned verb's act done on the other side as its noun after a verb of doing in the past
 * ("has already filed an appeal" against "plans to appeal"), not planned or undone there: its span.
 */
function actDone(side: Side, planned: Token): { start: number; end: number } | undefined {
  const tokens = side.features.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const d = tokens[i] as Token;
    if (d.pos !== "VERB" || !DOING.has(d.lemma) || d.lower === d.lemma || /ing$/.test(d.lower) || insideQuotation(side.features, d)) continue;
    const before = side.features.text.slice(Math.max(0, d.start - 30), d.start);
    if (PLANNED.test(before) || NOT_DONE.test(before.slice(-20))) continue;
    const act = tokens.slice(i + 1, i + 4).find((t) => t.pos === "NOUN");
    if (act && act.lemma === planned.lemma) return { start: d.start, end: act.end };
  }
  return undefined;
}

/** An act done with a later date of effect: "effective March 31", "with effect from June", "as of next month", "takes effect Jan. 1" (not "effective immediately"). */
const TAKES_EFFECT_LATER = /\b(?:effective|with effect from|as of|takes?\s+effect)\s+(?!immediately|now|today\b)\S/i;

/** Sentences this alike (similarity) say one thing, planned on one side and done on the other. */
const SAME_THING = 0.5;

/**
 * One thing told as planned on one side and as done on the other ("Cooling centers will open at six
 * libraries" / "Cooling centers opened at six libraries"): the same verb, future against past, in
 * sentences that say the rest alike. Medium: one outlet may have written before it happened.
 */
/** The present of "be" right before a participle: a state now, not an act done ("is owed", "are paid", "is still owed"). */
const PRESENT_PASSIVE = /\b(?:is|are|am)\s+(?:\w+ly\s+|still\s+)?$/i;
/** A sentence told of what is to come: its participles describing a noun are as future as it is. */
const FUTURE_CLAUSE = /\b(?:will|(?:is|are)\s+(?:set|scheduled|due)\s+to)\s+(?:\w+ly\s+)?\w/i;

/**
 * A participle set off by a comma, with its agent after it ("The ceremony, hosted by
 * Jimmy Kimmel, will air on March 10"): a reduced relative clause, which says when as the clause
 * around it does. In a sentence told of the future it does not say the act is done, unless it dates
 * itself ("The suspect, arrested by FBI agents on Tuesday, will appear in court").
 */
function describesNounInFuture(side: Side, w: Token): boolean {
  const tokens = side.features.tokens;
  const at = tokens.indexOf(w);
  if (tokens[at + 1]?.lower !== "by" || tokens[at - 1]?.text !== ",") return false;
  const close = tokens.slice(at + 1).find((t) => t.text === ",");
  const clause = { start: w.start, end: close?.start ?? side.features.text.length };
  if (side.features.dates.some((d) => d.start >= clause.start && d.end <= clause.end)) return false;
  return FUTURE_CLAUSE.test(side.features.text.slice(clause.end));
}

function plannedAgainstDone(a: Side, b: Side): Finding[] {
  if (overlap(a.features, b.features).similarity < SAME_THING) return [];
  for (const [x, y, flip] of [[a, b, false], [b, a, true]] as const) {
    for (const v of x.features.tokens) {
      // (After "will", the tagger may read the verb as an adjective or a noun: "will open".)
      // Not a verb of saying: "the report will say" / "Neil said" is the attribution's verb, not the event's.
      if (!["VERB", "ADJ", "NOUN"].includes(v.pos) || !/^\p{Ll}+$/u.test(v.text) || SPEECH_VERB_CLASS[v.lemma] !== undefined || insideQuotation(x.features, v) || !PLANNED.test(x.features.text.slice(Math.max(0, v.start - 30), v.start))) continue;
      const done = y.features.tokens.find(
        (w) =>
          w.pos === "VERB" &&
          w.lemma === v.lemma &&
          // A past in "-ed" or another form ("opened", "began"), or one like the present after one thing
          // ("The company cut 500 jobs"), not after several, where it is the present ("They cut jobs").
          (w.lower !== w.lemma || singularBefore(y, w)) &&
          // Not the present ("goes", "allows"): a standing fact or a rule, told as the other's future.
          w.lower !== `${w.lemma}s` &&
          w.lower !== `${w.lemma}es` &&
          !/ies$/.test(w.lower) &&
          !/ing$/.test(w.lower) &&
          !insideQuotation(y.features, w) &&
          !PLANNED.test(y.features.text.slice(Math.max(0, w.start - 30), w.start)) &&
          !NOT_DONE.test(y.features.text.slice(Math.max(0, w.start - 20), w.start)) &&
          // Nor a state told in the present passive ("Harlan is owed $2.4 million", "Reed is paid $20 million").
          !PRESENT_PASSIVE.test(y.features.text.slice(Math.max(0, w.start - 16), w.start)) &&
          !describesNounInFuture(y, w) &&
          // The other side does not also plan it.
          !y.features.tokens.some((o) => o !== w && o.lemma === v.lemma && PLANNED.test(y.features.text.slice(Math.max(0, o.start - 30), o.start))),
      );
      // Or done as the act's noun after a verb of doing ("plans to appeal" / "has filed an appeal").
      const filed = done ?? actDone(y, v);
      if (!filed) continue;
      const plannedAt = PLANNED.exec(x.features.text.slice(Math.max(0, v.start - 30), v.start));
      const start = plannedAt ? Math.max(0, v.start - 30) + plannedAt.index : v.start;
      // "No plans to close" plans nothing; a year only the other side gives dates another time it was done
      // ("had no plans to close its embassy" / "closed its embassy in 2014").
      if (NO_PLAN.test(x.features.text.slice(Math.max(0, start - 12), start))) continue;
      // A further act planned ("will close two more plants", "another", "additional") is not the one done.
      if (FURTHER.test(x.features.text.slice(v.end, v.end + 24)) || FURTHER.test(y.features.text.slice(filed.end, filed.end + 24))) continue;
      // Done now, to take effect later ("resigned, effective March 31" / "will step down on March 31"): both true.
      if (TAKES_EFFECT_LATER.test(y.features.text)) continue;
      const years = (f: Side["features"]) => f.text.match(YEAR_GLOBAL) ?? [];
      if (years(y.features).length > 0 && years(x.features).length === 0) continue;
      // So does a past period ("closed a plant in Ohio last year", "two years ago").
      if (PAST_PERIOD.test(y.features.text) && !PAST_PERIOD.test(x.features.text)) continue;
      const spans = [
        { side: (flip ? 1 : 0) as 0 | 1, start, end: v.end },
        { side: (flip ? 0 : 1) as 0 | 1, start: filed.start, end: filed.end },
      ].sort((p, r) => p.side - r.side);
      return [
        {
          type: CERTAINTY_RULE.type,
          severity: CERTAINTY_RULE.severity.firmAgainstUnsure,
          spans,
          explanation: `${x.label} says it is to happen (${q(x.features.text.slice(start, v.end))}); ${y.label} says it happened (${q(y.features.text.slice(filed.start, filed.end))}).`,
        },
      ];
    }
  }
  return [];
}
