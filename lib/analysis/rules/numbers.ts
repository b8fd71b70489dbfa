import { complementary } from "../complement";
import { aliasGroupsOf, nameVariant } from "../names";
import { insideQuotation, isYear, sentenceAt, tokenKey, type NumberMention, type SentenceFeatures } from "../features";
import { q, span, textOf, type Finding, type Side } from "../finding";
import { kindOf, PERSON_DEPTH, senses, synonymous } from "../lexicon";
import { AGENT_KINDS, COUNTED_EQUIVALENTS, COUNTED_PEOPLE, EVENT_VERBS, MEASURE_UNITS as UNITS, MONTH_NAMES, newsEquivalent, ORDINAL_WORDS, SPEECH_VERB_CLASS, TRADING, WEEKDAY_NAMES, YEAR } from "../vocabulary";
import { contextOf, doneAlike, PAST_PERIOD, periodFromNow, sameEvent, sameObject, sameVerb, sharesContext, subjectBefore, verbNear, wordsOnly, type EventWord } from "./context";
import { currencies, currencyOf, isMoney } from "../measures";
import { overlap } from "../similarity";
import type { Token } from "../nlp";
import type { RuleDescriptor } from "./rule";
import { numericValue, roundsAt, significantDigits } from "../figures";
import { stemOf } from "../words";

/**
 * Numbers: figures that differ, or that count different things ("hundreds of organizations" /
 * "hundreds of computers"), read from the figures `features` found with the noun each counts.
 *
 * - one figure counting two unrelated things is high when it is a count in words ("hundreds of
 *   organizations" / "hundreds of computers") or the words around it are the same ("hit 300
 *   hospitals" / "hit 300 schools"); otherwise none ("a two-year inquiry" / "two prosecutors",
 *   "scored 17 points" / "completed 17 passes" are two facts), and so is one naming what it counts
 *   more generally ("infants" / "children"), one sum of money named by two nouns ("$160 million
 *   offers" / "contract") or people counted in general and specifically ("kids" / "stepchildren"):
 *   one figure described two ways;
 * - a measure in two units is compared in one (`inOneUnit`: "72 hours" / "three days", "15 to 25
 *   mph" / "24 to 40 km/h" is one measure; "48 hours" / "three days" medium, conversions being told
 *   loosely), and a share in words with the share in digits it rounds to ("nearly two-thirds" / "65
 *   percent") is one share;
 * - two figures of the same thing that differ are high; none when one is the other rounded ("1.2" /
 *   "1.23", "$13.6 million" / "$13,625,777"); low when they are within `closeGap` of each other (an
 *   update; medium for counts of things written to one precision, neither an estimate: "162" / "168
 *   passengers"), or one side bounds the other ("at least two weeks" / "three weeks", "dozens" / "at
 *   least 50"), or two verbs alone tell their events apart ("injured" / "hurt"); medium for two floors
 *   or two ceilings that differ ("at least 47 dead" / "at least 74 dead": each outlet's count at its
 *   time); medium for one figure of one thing that one side puts above and the other below ("more
 *   than 3,000 people" / "nearly 3,000 people": `aboveAndBelow`); none when they may
 *   well be two facts (readers judged 34 of 37 such lows on BASIL false): neither says what it counts
 *   and no word beside them is shared, they belong to different years (or one year and a span
 *   of years: "last year" / "from 2007 through 2014"), are a rate and a count ("eight rebounds a
 *   game" / "7 rebounds") or a margin and an amount ("soared $5.27" / "$25 a share"), are said of
 *   different subjects or of two different things ("an extension of tax cuts" / "of jobless
 *   benefits") or places ("in the province" / "across Asia"), are ages that may be two people's, or,
 *   in a claim group's member of several sentences, sit in two sentences that share little (below
 *   `ownSentences`); a term in prison is one sentence whatever verb tells it ("sentenced to seven years
 *   in prison" / "will spend six years behind bars", "jailed for four years" / "a five-year sentence"), a death toll counts the dead whatever verb moves
 *   it ("the death toll has risen to 74" / "killed 47 people"), and a share "of its workforce" is one
 *   "of its staff";
 * - one span of time with the same figure in two units ("a three-week delay" / "a three-month delay",
 *   "jailed for three years" / "for three months") is a unit slipped, high (`unitSlips`), of one thing
 *   only (the noun measured, a term in prison, the verb, or two sentences alike);
 * - a sum of a thousand or more that differs from the other by two digits swapped ("$1.2 million" /
 *   "$2.1 million") is said to be a misprint in its explanation (`transposed`);
 * - two figures of two events given the other way round ("killed 12 people and injured 40" / "killed
 *   40 and injured 12") are high (`swapped`); one value counting two things, where each side counts the
 *   other's thing with another figure ("46 homes and 12 businesses" / "64 homes and 46 businesses"),
 *   moved between them: each figure pairs with its own thing's;
 * - figures said of different subjects or beside different verbs are still one figure when they measure
 *   the one thing of the story in a compound ("took the 35-word oath" / "administered the 38-word
 *   oath": `measuredThing`, high), are shares of one noun ("a 4.5% pay rise" / "a 5.4 per cent pay
 *   rise": `sharesOfOneThing`, high), or are the one sum each sentence gives for one thing ("$5 billion in
 *   funding for the wall" / "appropriate $5.7 billion for the wall": `samePurpose`, medium, as two
 *   parties may each pay their own);
 * - the figure a change started from ("up from 61", "to $3.1 billion from $3.4 billion") pairs only
 *   with another such figure (`isPrior`);
 * - a split tally against a vote the other side calls unanimous ("in a 2-1 decision" /
 *   "unanimously") is high (`unanimity`), and so is one thing ranked two ways ("a sixth-floor unit" /
 *   "the ninth floor", "the 88th minute" / "the 84th": `ordinals`; not "the first time" / "the second
 *   time", two occasions, nor two quarters or innings of a game in which different things are done);
 * - a figure only one side gives is no finding: it is a detail one outlet adds (the side-by-side
 *   shows it among the words that differ), not one fact given two ways; a claim only one outlet
 *   carries is an omission.
 */
export const NUMBERS_RULE = {
  type: "number",
  detects: "a figure given two ways, or one figure counting different things",
  thresholds: {
    /** Figures within this share of each other are close (an update), when they are approximate. */
    closeGap: 0.05,
    /** Two round floors or ceilings within this share of each other ("at least 100" / "more than 90") are one count told loosely: low. */
    closeBounds: 0.2,
    /** Relative gap from which one figure rounded to the other is another figure ("0.5" / "1"). */
    roundingGap: 0.25,
    /** Shares (percentages) are close only within this many points as well. */
    closePoints: 1,
    /** From this size, or with decimals, a figure is approximate; below it, a whole count is exact. */
    approximateFrom: 100,
    /** Figures that do not say what they count pair only within this many orders of magnitude. */
    comparableOrders: 1,
    /** A whole count below this, said of two different things, may be two facts: low. */
    distinctiveFrom: 10,
    /** Figures within this share of each other are one figure rounded, paired before any other. */
    sameFigureGap: 0.01,
    /** Figures further apart than this factor measure two things. */
    sameMeasureRatio: 10,
    /** Sentences this alike (similarity) with one figure each give one figure two ways, whatever words stand beside them. */
    sameClaim: 0.55,
    /** In a member of several sentences, figures whose own sentences cover less than this of each other are two facts. */
    ownSentences: 0.3,
  },
  severity: { differentThings: "high", differs: "high", unitSlipped: "high", perOtherSpan: "high", closeCountsAtOnePrecision: "medium", twoFloorsOrCeilings: "medium", aboveAndBelow: "medium", twoUnits: "medium", sumsForOneThing: "medium", twoCurrencies: "medium", twoMarkets: "low", otherSumInAnotherCurrency: "medium", agesOfTheOne: "medium", closeOrUnsure: "low", personRanked: "low", pointsForPercent: "medium", otherBase: "medium" },
} as const satisfies RuleDescriptor;

const { thresholds: T, severity: S } = NUMBERS_RULE;

/**
 * A figure in brackets right after another is that figure converted ("two million euros ($2.6
 * million)", "36 miles (58 km)"): the same figure in another unit, never a second one to compare.
 */
export function conversion(f: { text: string; numbers: readonly NumberMention[] }, n: NumberMention): boolean {
  return f.numbers.some((m) => m.end <= n.start && /^\s*\(\s*(?:about|around|roughly|some|nearly|almost|or)?\s*[$€£¥]?\s*$/i.test(f.text.slice(m.end, n.start)));
}

/** A temperature's scale, when the outlet names it ("20 degrees Celsius", "68 degrees Fahrenheit"). */
function scaleOf(n: NumberMention): "celsius" | "fahrenheit" | null {
  if (n.unit !== "degree") return null;
  return n.nouns.includes("celsius") ? "celsius" : n.nouns.includes("fahrenheit") ? "fahrenheit" : null;
}

/** Kilometres an hour are kilometres in the tagger's reading ("40 km/h"): a speed. */
const PER_HOUR = /^\s*(?:\/\s*h(?:r|our)?\b|(?:an|per)\s+hour\b)/i;

/**
 * A range's first figure counts what its second does ("15 to 25 mph", "between 10 and 15 people",
 * "from 3 to 5 percent"), and so does a part of a whole ("47 of the 88 seats"); kilometres an hour are
 * a speed: each figure with the unit it has.
 */
/** Between a figure and the whole it is a part of, or the other end of its range: "to", "and", "of the", "out of its", "of the train's", "of Acme's". */
const PART_OF = /^\s*(?:to|-|\u2013|and|(?:out\s+)?of(?:\s+(?:the|its|their|his|her|our))?(?:\s+(?:[\p{L}\-]+\s+)?[\p{L}\-]+(?:['\u2019]s|s['\u2019]))?)\s*$/iu;

function withUnits(side: Side, list: readonly NumberMention[]): NumberMention[] {
  const text = side.features.text;
  return list.map((n, k) => {
    if (n.unit === "km" && PER_HOUR.test(text.slice(n.end))) return { ...n, unit: "kph", nouns: ["kph"] };
    // "50 miles per hour" is "50 mph", a speed, not a distance.
    if (n.unit === "mile" && PER_HOUR.test(text.slice(n.end))) return { ...n, unit: "mph", nouns: ["mph"] };
    const next = list[k + 1];
    // ("47 of the 88 seats" counts seats too; so does "three of the train's eight carriages".)
    if (n.unit !== null || !next || next.unit === null || next.unit === "age" || next.unit === "tally" || !PART_OF.test(text.slice(n.end, next.start))) return n;
    const share = next.value.endsWith("%") && !n.value.endsWith("%");
    const unit = next.unit === "km" && PER_HOUR.test(text.slice(next.end)) ? "kph" : next.unit;
    return { ...n, value: share ? `${n.value}%` : n.value, unit, nouns: unit === "kph" ? ["kph"] : next.nouns };
  });
}

/**
 * A measure one side gives in one unit and the other in another ("72 hours" / "three days", "15 mph"
 * / "24 km/h", "3 inches" / "7.6 centimetres", "20 degrees Celsius" / "68 degrees Fahrenheit"), each
 * in one unit of its quantity (the smallest either side uses; temperatures in Celsius), so that the
 * same measure is one figure and two measures are two figures of one quantity. Figures of other
 * units, and measures both sides give in one unit, stay as written.
 */
export function inOneUnit(na: readonly NumberMention[], nb: readonly NumberMention[]): { na: NumberMention[]; nb: NumberMention[]; converted: ReadonlySet<NumberMention> } {
  const converted = new Set<NumberMention>();
  const smallest = new Map<string, { unit: string; size: number }>();
  const units = new Map<string, Set<string>>();
  const scales = new Set<string>();
  for (const n of [...na, ...nb]) {
    if (!Number.isFinite(numericValue(n.value))) continue;
    const scale = scaleOf(n);
    if (scale) scales.add(scale);
    const d = n.unit === null ? undefined : UNITS.get(n.unit);
    if (!d) continue;
    units.set(d.quantity, (units.get(d.quantity) ?? new Set()).add(n.unit as string));
    const known = smallest.get(d.quantity);
    if (!known || d.size < known.size) smallest.set(d.quantity, { unit: n.unit as string, size: d.size });
  }
  const convert = (n: NumberMention): NumberMention => {
    const value = numericValue(n.value);
    if (!Number.isFinite(value)) return n;
    let to: number | undefined;
    let unit = n.unit;
    if (scaleOf(n) === "fahrenheit" && scales.has("celsius")) {
      to = ((value - 32) * 5) / 9;
    } else {
      const d = n.unit === null ? undefined : UNITS.get(n.unit);
      const target = d ? smallest.get(d.quantity) : undefined;
      if (!d || !target || target.unit === n.unit || (units.get(d.quantity)?.size ?? 0) < 2) return n;
      to = (value * d.size) / target.size;
      unit = target.unit;
    }
    const out = { ...n, value: String(Number(to.toPrecision(12))), unit, nouns: n.nouns.map((w) => (w === n.unit ? (unit as string) : w === "fahrenheit" ? "celsius" : w)) };
    converted.add(out);
    return out;
  };
  return { na: na.map(convert), nb: nb.map(convert), converted };
}

export function numbers(a: Side, b: Side): Finding[] {
  const out: Finding[] = [];
  // One count told from its two sides ("two of the five survived" / "three of the five did not"): agreement.
  if (complementary(a.features, b.features)) return out;
  // The other side giving a figure in the unit of one side's bracketed conversion ("50 miles (110 km)"
  // / "110 kilometres") gives that figure: nothing to pair it with.
  // (Of one quantity: "five miles (8 km)" against "8 people" is no conversion given.)
  const convertedIn = (side: Side) => side.features.numbers.filter((n) => conversion(side.features, n));
  const [conversionsA, conversionsB] = [convertedIn(a), convertedIn(b)];
  const quantity = (n: NumberMention) => (n.unit === null ? null : (UNITS.get(n.unit)?.quantity ?? n.unit));
  const givenIn = (conversions: readonly NumberMention[], n: NumberMention) => conversions.some((c) => c.value === n.value && quantity(c) === quantity(n));
  const [givenA, givenB] = [
    withUnits(a, a.features.numbers).filter((n) => !conversion(a.features, n) && !givenIn(conversionsB, n)),
    withUnits(b, b.features.numbers).filter((n) => !conversion(b.features, n) && !givenIn(conversionsA, n)),
  ];
  // One span of time in two units, before conversion makes their figures differ ("three hours" / "three days").
  const slips = unitSlips(a, b, givenA, givenB);
  out.push(...slips.findings);
  const { na, nb, converted } = inOneUnit(
    givenA.filter((n) => !slips.figures.has(n)),
    givenB.filter((n) => !slips.figures.has(n)),
  );
  const swaps = swapped(a, b, na, nb) ?? swappedOwners(a, b, na, nb);
  if (swaps) {
    out.push(swaps.finding);
    na.splice(0, na.length, ...na.filter((n) => !swaps.figures.has(n)));
    nb.splice(0, nb.length, ...nb.filter((n) => !swaps.figures.has(n)));
  }
  const summed = partsOfWhole(a, b, na, nb);
  na.splice(0, na.length, ...na.filter((n) => !summed.has(n)));
  nb.splice(0, nb.length, ...nb.filter((n) => !summed.has(n)));
  const usedB = new Set<number>();
  const unmatchedA: typeof na = [];
  // Jobs cut and the people cut from them are one count ("cut 1,200 jobs" / "laying off 1,500 workers"),
  // not a count of staff and one of jobs beside other verbs ("has 5,000 employees" / "cut 1,200 jobs").
  const cutting = (side: Side, n: NumberMention) => EVENT_VERBS.get(countedEvent(side, n)?.lemma ?? "") === "cut";
  const heldBy = (p: string | null, r: string | null) => JOBS.has(p ?? "") && STAFF.has(r ?? "");
  const jobsCut = (x: NumberMention, y: NumberMention) => (heldBy(x.unit, y.unit) || heldBy(y.unit, x.unit)) && cutting(a, x) && cutting(b, y);
  // One value counting two things, where each side also counts the other's thing with another figure
  // ("46 homes and 12 businesses" / "64 homes and 46 businesses"): the figures moved between the
  // things, each to be paired with the figure of its own thing.
  const rivalIn = (list: readonly NumberMention[], x: NumberMention) => list.some((z) => z.value !== x.value && counted(x, z) === "same");
  const displaced = new Set<NumberMention>();
  // Where both sides give a change's two ends ("to 4.5% from 4.75%"), a value is given alike only in
  // the same role; a side that gives one end alone ("a yield of 4.41 percent", "$1.39 billion in revenue
  // last year") says nothing of which end it is.
  // (Not the same values in turned roles, "rose to 4.3% from 4.1%" / "fell to 4.1% from 4.3%": a
  // direction reversed, which `negation` reads, not figures that differ.)
  const valuesOf = (list: readonly NumberMention[]) => list.map((n) => n.value).sort().join("|");
  const bothEnds = na.some((n) => isPrior(a, n)) && nb.some((n) => isPrior(b, n)) && valuesOf(na) !== valuesOf(nb);
  const sameRole = (x: NumberMention, y: NumberMention) => !bothEnds || isPrior(a, x) === isPrior(b, y);
  // Figures with a mention of their value counting the same thing pair first: "a one-year
  // subscription ... from one to 50,000 CPUs" / "from one to 50,000 CPUs" pairs the CPUs' "one".
  const alike = (x: NumberMention) => nb.some((y) => y.value === x.value && ["same", "kind"].includes(counted(x, y)));
  for (const x of [...na.filter(alike), ...na.filter((n) => !alike(n))]) {
    // Of several mentions of one value, the one that counts the same thing ("two congressmen, two
    // police officers" against "two Capitol Police officers").
    // (In its role, where both sides give a change's two ends: "to 4.5% from 4.75%" / "to 4.25% from 4.5%" gives no 4.5% alike.)
    const sameValue = nb.flatMap((y, k) => (!usedB.has(k) && y.value === x.value && sameRole(x, y) ? [k] : []));
    const j = sameValue.find((k) => ["same", "kind"].includes(counted(x, nb[k] as NumberMention))) ?? sameValue[0] ?? -1;
    const y = nb[j];
    if (j === -1 || !y) {
      unmatchedA.push(x);
      continue;
    }
    if (counted(x, y) === "different" && rivalIn(nb, x) && rivalIn(na, y)) {
      displaced.add(x).add(y);
      unmatchedA.push(x);
      continue;
    }
    // So is one value of two events, where one side gives the other's event another figure ("Twelve
    // people died and 40 were injured" / "Forty people died"): the 40 dead pair with the 12 dead.
    if (eventMoved(a, na, x, b, nb, y)) {
      displaced.add(x).add(y);
      unmatchedA.push(x);
      continue;
    }
    usedB.add(j);
    // A sum of money is named by what it pays for, in any words ("$160 million offers" / "a $160
    // million contract"): the same sum with two nouns is one sum described two ways.
    const money = isMoney(x, a.features.text) && isMoney(y, b.features.text);
    // One sum in two currencies ("2 billion euros" / "$2 billion"): one of them is wrong, or a
    // conversion forgotten (medium); or two prices in two markets ("$20 in New York" / "£20 in London"): worth a look.
    if (money && currencies(x, a.features.text, y, b.features.text, 1, 1) !== null) {
      const [marketX, marketY] = [whereOf(a, x), whereOf(b, y)];
      // A bare "$" is the local dollar in a Canadian or an Australian outlet: against "2 billion Canadian dollars" it may be one sum.
      const [cx, cy] = [currencyOf(x, a.features.text), currencyOf(y, b.features.text)];
      const bareDollar = (code: string | undefined, side: Side, n: NumberMention) => code === "usd" && !/US\$|U\.S\./i.test(side.features.text.slice(Math.max(0, n.start - 5), n.start + 1)) && !/dollar/i.test(side.features.text.slice(n.end, n.end + 12));
      const localDollar = (bareDollar(cx?.code, a, x) && LOCAL_DOLLARS.has(cy?.code ?? "")) || (bareDollar(cy?.code, b, y) && LOCAL_DOLLARS.has(cx?.code ?? ""));
      out.push({
        type: NUMBERS_RULE.type,
        severity: (marketX !== null && marketY !== null && marketX !== marketY) || localDollar ? S.twoMarkets : S.twoCurrencies,
        spans: [span(0, writtenSpan(a, x)), span(1, writtenSpan(b, y))],
        explanation: `${a.label} gives ${q(asWritten(a, x))}; ${b.label} gives ${q(asWritten(b, y))}: the same figure in two currencies.`,
      });
      continue;
    }
    // The same figure per two spans of time ("$45 million a week" / "$45 million a month", "annual
    // savings" / "quarterly savings"): one of them is wrong by the ratio of the spans.
    const [perX, perY] = [rateOf(a, x), rateOf(b, y)];
    if (perX !== null && perY !== null && perX !== perY && TIME_SPANS.has(perX) && TIME_SPANS.has(perY) && !insideQuotation(a.features, x) && !insideQuotation(b.features, y)) {
      out.push({
        type: NUMBERS_RULE.type,
        severity: S.perOtherSpan,
        spans: [span(0, writtenSpan(a, x)), span(1, writtenSpan(b, y))],
        explanation: `${a.label} gives ${q(asWritten(a, x))} a ${perX}; ${b.label} gives it a ${perY}.`,
      });
      continue;
    }
    const relation = counted(x, y);
    // One figure, a floor on one side and a ceiling on the other ("More than 3,000 people attended" /
    // "Nearly 3,000 people attended"): one says the count is above it, the other below.
    if (relation === "same" && aboveAndBelow(a, x, b, y)) {
      out.push({
        type: NUMBERS_RULE.type,
        severity: S.aboveAndBelow,
        spans: [span(0, writtenSpan(a, x)), span(1, writtenSpan(b, y))],
        explanation: `${a.label} gives ${q(asWritten(a, x))}; ${b.label} gives ${q(asWritten(b, y))}: one puts the count above the figure, the other below it.`,
      });
      continue;
    }
    // "544 store managers" / "544 women who serve as store managers": the other's noun beside the figure.
    // After the figure only: "computers in hundreds of organizations" counts organizations, not computers.
    const after = { figures: true, direction: 1 } as const;
    const describedBeside = (x.unit !== null && contextOf(b, y, after).has(x.unit)) || (y.unit !== null && contextOf(a, x, after).has(y.unit));
    // The same figure for two things is a finding only when it is one figure misread: an approximate
    // count in words ("hundreds of organizations" / "hundreds of computers"), or the same words
    // around it ("hit 300 hospitals" / "hit 300 schools", low: see below). One sum named by what it pays for ("$160
    // million offers" / "contract"), people counted in general and specifically ("kids" /
    // "stepchildren"), or an exact count of two facts ("a two-year inquiry" / "two prosecutors") is
    // the same figure, no difference to check.
    // And more than one of anything is plural: "three found" counts no "found" (a verb the tagger took for a noun).
    // How often a thing was done counts the things done ("fired four times" / "fired four shots").
    const often = x.unit === "time" || y.unit === "time";
    if (relation !== "different" || money || describedBeside || often || jobsCut(x, y)) continue;
    const exact = Number.isFinite(numericValue(x.value)) && !(sharesContext(a, x, b, y, { figures: true }) && sameEvent(a, x, b, y) && countsPlural(x) && countsPlural(y));
    if (exact) continue;
    // A count in digits with another noun for its things is as often one count described two ways
    // ("20 league games" / "20 matches", "41,200 fans" / "41,200 spectators") as a misreading: worth a
    // look; a count in words ("hundreds of organizations" / "hundreds of computers") is one misread.
    // Opposite kinds ("two women" / "two men") are two things whatever the figure.
    const inDigits = Number.isFinite(numericValue(x.value)) && !OPPOSITE_KINDS.some(([p, r]) => (x.unit === p && y.unit === r) || (x.unit === r && y.unit === p));
    out.push({
      type: NUMBERS_RULE.type,
      severity: inDigits ? S.closeOrUnsure : S.differentThings,
      spans: [span(0, x), span(1, y)],
      explanation: `${a.label} says ${q(x.text)}; ${b.label} says ${q(y.text)}: the same figure counts different things.`,
    });
  }
  // A figure repeated on one side ("the 16-year-old girl ... the 16-year-old") that the other side also
  // gives is that figure again, not a second one to pair with something else.
  // (In the same role, where both sides give a change's two ends: `sameRole`.)
  const given = (list: readonly NumberMention[], x: NumberMention) => !displaced.has(x) && list.some((y) => y.value === x.value && (na.includes(x) ? sameRole(x, y) : sameRole(y, x)));
  const unmatchedB = nb.filter((y, k) => !usedB.has(k) && !given(na, y));
  unmatchedA.splice(0, unmatchedA.length, ...unmatchedA.filter((x) => !given(nb, x)).sort((p, r) => na.indexOf(p) - na.indexOf(r)));
  // Two unmatched figures conflict when they count the same thing (or neither says what it counts),
  // and a year only with a year.
  // Figures that say nothing of what they count pair only within a factor of ten of each other:
  // "2.5" and "1,672.22" are two different figures, not one figure given two ways.
  const comparable = (x: NumberMention, y: NumberMention) => {
    if (x.unit !== null || y.unit !== null || slippedSum(a, x, b, y)) return true;
    const [p, r] = [numericValue(x.value), numericValue(y.value)];
    return !Number.isFinite(p) || !Number.isFinite(r) || p === 0 || r === 0 || Math.abs(Math.log10(Math.abs(p) / Math.abs(r))) <= T.comparableOrders;
  };
  // A figure that does not say what it counts is of the other's noun when that noun stands beside it
  // ("bond was set at $500,000" / "held on $750,000 bond"), a sum of money only with a sum.
  const namedBeside = (x: NumberMention, xSide: Side, y: NumberMention, ySide: Side) =>
    x.unit === null &&
    y.unit !== null &&
    y.unit !== "age" &&
    isMoney(x, xSide.features.text) === isMoney(y, ySide.features.text) &&
    contextOf(xSide, x, { figures: true, phrase: true }).has(y.unit) &&
    !movedAgainst(xSide, x, y.unit);
  // The one sum of money each of two sentences gives, beside one verb, is one sum whatever noun names
  // it ("faced a $120 million shortfall" / "faced a $210 million gap"), as one value with two nouns
  // is; not beside two ("approved a $12 million budget" / "cut $3 million from the budget").
  const soleSum = (side: Side, list: readonly NumberMention[], n: NumberMention) => isMoney(n, side.features.text) && list.filter((m) => isMoney(m, side.features.text)).length === 1;
  const oneSum = (x: NumberMention, y: NumberMention) => soleSum(a, na, x) && soleSum(b, nb, y) && sameVerb(a, x, b, y, countedEvent);
  // A figure before the change ("78 cases, up from 61 last week") pairs only with another before the change.
  // Sums in two currencies that may be one sum converted, as loosely as the outlet likes ("£55m" /
  // "€64m"): no pair; sums no conversion makes one ("£55m" / "€30m") compare, worth a look.
  const inCurrencies = (x: NumberMention, y: NumberMention) => currencies(x, a.features.text, y, b.features.text, numericValue(x.value), numericValue(y.value));
  const twoCurrencies = (x: NumberMention, y: NumberMention) => inCurrencies(x, y) === "converted";
  // "The 24-year-old has signed" / "The 25-year-old has agreed": an age opening both sentences as
  // "the" someone is the story's one person of that age, the subject of both.
  // "died at age 87" / "died at age 78", "The actress, aged 87," / "aged 78": ages no noun owns pair as
  // one person's, which the words around them must then confirm (`anyone` below).
  const unownedAges = (x: NumberMention, y: NumberMention) => x.unit === "age" && y.unit === "age" && x.nouns.length === 0 && y.nouns.length === 0;
  const opensAsThe = (side: Side, n: NumberMention) => /(?:^|[.!?]["”’']?\s+)["“‘']?the\s+$/i.test(side.features.text.slice(0, n.start));
  const theOneAged = (x: NumberMention, y: NumberMention) => x.unit === "age" && y.unit === "age" && opensAsThe(a, x) && opensAsThe(b, y);
  // One sum of a thousand or more with two digits swapped ("$1.2 million" / "$2.1 million"), which the
  // explanation calls a misprint: not shares, points, prices in cents or counts, which markets, games
  // and tallies give in such pairs by chance ("prices rose 12 percent" / "rents rose 21 percent").
  const misprinted = (x: NumberMention, y: NumberMention) =>
    transposed(x.value, y.value) && isMoney(x, a.features.text) && isMoney(y, b.features.text) && Math.min(numericValue(x.value), numericValue(y.value)) >= SUM_FROM;
  // Ranks on one scale ("a magnitude 5.8" / "a magnitude 6.1 tremor"), whatever noun follows.
  const rankOf = (side: Side, n: NumberMention) => RANK_BEFORE.exec(side.features.text.slice(Math.max(0, n.start - 12), n.start))?.[0].trim().toLowerCase() ?? null;
  const oneScale = (x: NumberMention, y: NumberMention) => rankOf(a, x) !== null && rankOf(a, x) === rankOf(b, y);
  const sameThing = (x: NumberMention, y: NumberMention) =>
    !twoCurrencies(x, y) &&
    !fromTwoPlaces(a, x, b, y) &&
    !twoHonours(a, x, b, y) &&
    isYear(x) === isYear(y) &&
    isPrior(a, x) === isPrior(b, y) &&
    ((x.unit === y.unit && x.unit !== "age") ||
      oneScale(x, y) ||
      theOneAged(x, y) || unownedAges(x, y) || ["same", "kind"].includes(counted(x, y)) || namedBeside(x, a, y, b) || namedBeside(y, b, x, a) || oneSum(x, y) || jobsCut(x, y)) &&
    comparable(x, y);
  // Pair the figures that say the most alike around them first ("paid $44 million in taxes" with
  // "paid $43 million in federal taxes", not "earned $141 million"), then in reading order.
  const shared = (x: NumberMention, y: NumberMention) => {
    const cy = contextOf(b, y, { figures: true });
    return [...contextOf(a, x, { figures: true })].filter((w) => cy.has(w)).length;
  };
  // One figure rounded ("$13.6 million" / "$13,625,777") pairs before any other: it is the same figure.
  const candidates = unmatchedA
    .flatMap((x, i) => unmatchedB.flatMap((y, j) => (sameThing(x, y) ? [{ x, y, i, j, score: shared(x, y), near: sameFigure(x.value, y.value) ? 1 : 0 }] : [])))
    .sort((p, r) => r.near - p.near || r.score - p.score || p.i - r.i || p.j - r.j);
  const pairs: Array<[NumberMention, NumberMention]> = [];
  const takenA = new Set<number>();
  const takenB = new Set<number>();
  for (const c of candidates) {
    if (takenA.has(c.i) || takenB.has(c.j)) continue;
    takenA.add(c.i);
    takenB.add(c.j);
    pairs.push([c.x, c.y]);
  }
  // Figures of two different periods ("in 2014" / "in 2015"; "last year" / "from 2007 through 2014") are two facts.
  const [ya, yb] = [yearsOf(a), yearsOf(b)];
  // Two spans of years are one period only as a whole ("from 2007 to 2014" / "between 2011 and 2014").
  const [pa, pb] = [periodsOf(a.features.text), periodsOf(b.features.text)];
  const otherPeriods = pa.length > 0 && pb.length > 0 && !pa.some((p) => pb.includes(p));
  const otherYears = (ya.size > 0 && yb.size > 0 && ![...ya].some((y) => yb.has(y))) || otherPeriods;
  // Two figures picked from sentences that give several ("earned $141 million and paid $44 million",
  // "a tax rate of 35.7 percent and over 10 percent to charity") need a word beside both to say which
  // is which (an age, or a figure both sides give alike, is not one of them: "set bail for the
  // 41-year-old at $500,000"). Two sentences that say the same in most of their words, with one
  // figure each ("The judge set bail for the 41-year-old at $500,000" / "Bail for the 41-year-old was
  // set at $50,000"), compare it whatever words stand beside it.
  const open = (list: readonly NumberMention[], other: readonly NumberMention[]) => list.filter((n) => n.unit !== "age" && !given(other, n));
  const [openA, openB] = [open(na, nb), open(nb, na)];
  const several = openA.length > 1 || openB.length > 1;
  const oneClaim = openA.length === 1 && openB.length === 1 && overlap(a.features, b.features).similarity >= T.sameClaim;
  // (Their words, figures and the figures' own nouns aside: "a dose of 10 mg" / "a dose of 10 g" differ in nothing else.)
  const wordForWord = (x: NumberMention, y: NumberMention) => {
    const own = new Set([...x.nouns, ...y.nouns]);
    // (And other units of the figures' quantity: "10 mg" / "10 g".)
    const quantity = UNITS.get(x.unit ?? "")?.quantity;
    const words = (f: SentenceFeatures) => ({ ...f, content: new Map([...f.content].filter(([key]) => !/\d/.test(key) && !own.has(key) && !(quantity !== undefined && UNITS.get(key)?.quantity === quantity))) });
    const [ka, kb] = [[...words(a.features).content.keys()], [...words(b.features).content.keys()]];
    // (The same words, not most of them: "200 tonnes of CO2 a day" / "70,000 tonnes a year" are one rate over two periods.)
    return ka.length === kb.length && ka.every((k) => kb.includes(k));
  };
  // The charges each side counts in all, and whether it counts several (read once for every pair of figures).
  const [chargesX, chargesY] = [chargesTotal(a), chargesTotal(b)];
  const severalCharges = (side: Side) => side.features.numbers.filter((n) => ofCharges(side, n)).length > 1;
  const [severalChargesA, severalChargesB] = [severalCharges(a), severalCharges(b)];
  for (const [x, y] of pairs) {
    // One figure rounded from the other (1.23 and 1.2), or figures within 5% ($9.99 and $9.95, 1,500
    // and 1,520: an update), are worth a look, not a conflict; an age, or a small whole count (23 and
    // 24 dead), is exact.
    // (A share is a figure rounded to its last place, whole points too: "64 percent" / "65 percent" may be one 64.5.)
    const approximate = Math.max(Math.abs(numericValue(x.value)), Math.abs(numericValue(y.value))) >= T.approximateFrom || /\./.test(x.value + y.value) || (x.value.endsWith("%") && y.value.endsWith("%"));
    // One figure the other rounded ("$13.6 million" / "$13,625,777", "1.2 percent" / "1.23") is one
    // figure at two precisions: no finding.
    // One value written two ways ("250,000" / "250k") is no difference at all.
    if (numericValue(x.value) === numericValue(y.value)) continue;
    // So is one number with its digits grouped two ways ("0800 555 111" / "0800 555111": a telephone number).
    if (/\s/.test(x.value + y.value) && x.value.replace(/\s/g, "") === y.value.replace(/\s/g, "")) continue;
    // (Rounded to a whole that moves it more than `closeGap`, "$4.5 million" / "$5 million", it is worth a look.)
    // (A "rounding" that moves a figure by a quarter or more, "0.5" / "1 percentage point", is another figure.)
    const roundedOff = x.unit !== "age" && relativeGap(x.value, y.value) < T.roundingGap && (rounded(x.value, y.value) || roundsTo(x.value, y.value) || roundsTo(y.value, x.value));
    if (roundedOff && (relativeGap(x.value, y.value) <= T.closeGap || withinBound(a, x, y, b) || withinBound(b, y, x, a))) continue;
    // A measure converted from another unit is rounded as loosely as the outlet likes ("15 mph" / "25 km/h").
    if ((converted.has(x) || converted.has(y)) && relativeGap(x.value, y.value) <= T.closeGap) continue;
    // A share in words is a share rounded to a fraction ("nearly two-thirds" / "65 percent", "half" / "52%").
    if (fractionNear(x, y) || fractionNear(y, x)) continue;
    // (Shares are close within a point as well: "38.6 per cent" / "36.8 per cent" are not.)
    const share = x.value.endsWith("%") && y.value.endsWith("%");
    const close =
      roundedOff ||
      (x.unit !== "age" && approximate && relativeGap(x.value, y.value) <= T.closeGap && (!share || Math.abs(numericValue(x.value) - numericValue(y.value)) <= T.closePoints) && !(apartInLastPlace(x.value, y.value) && ownPrecision(a, x, b, y)));
    // Figures that do not say what they count are one measure only when a word beside them is the
    // same ("paid $43 million in taxes" / "income of $141 million" are two measures).
    // What the counted thing is of: "a two-year extension of tax cuts" / "a 13-month extension of
    // unemployment insurance" are two extensions.
    const [ofX, ofY] = [ofWhat(a, x), ofWhat(b, y)];
    // And where it holds: "170,000 people in the province" / "230,000 people across Asia" are two tolls.
    const [inX, inY] = [whereOf(a, x), whereOf(b, y)];
    const differ = (p: string | null, r: string | null) => p !== null && r !== null && p !== r && !synonymous(p, r) && !newsEquivalent(p, r) && !kindOf(p, r) && !kindOf(r, p);
    const ofDifferent = differ(ofX, ofY) || differ(inX, inY);
    // Ages compare only for the same person: "a 20-year-old man" (the victim) and "an 18-year-old man"
    // (the accused) may be two people; a name both give ("Perez, 34" / "Perez, 35") makes it one.
    // Without a name, the same words before or after both ("detectives say a 46-year-old man killed")
    // make it one person; "killed a 20-year-old man" / "an 18-year-old man accused of" are two.
    const named = x.nouns.some((n) => y.nouns.includes(n) && !GENERIC_PEOPLE.has(n));
    const samePlace = ([-1, 1] as const).some((direction) => {
      const around = (side: Side, n: NumberMention) => [...contextOf(side, n, { figures: true, direction })].filter((w) => !n.nouns.includes(w));
      const cy = new Set(around(b, y));
      return around(a, x).some((w) => cy.has(w));
    });
    const anyone = x.unit === "age" && !named && !samePlace && !theOneAged(x, y);
    // Said of different subjects ("DiLeo has spent 19 seasons" / "Cheeks ... after one season"): two facts.
    // (A figure whose things a noun belongs to has that noun for no subject: "information belonging to
    // 5.6 million customers" / "the data of 6.5 million customers".)
    // Of things counted only: "revenue of $388.1 million" is revenue's figure, and revenue its subject.
    const owned = (side: Side, n: NumberMention) => n.unit !== null && n.unit !== "%" && !isMoney(n, side.features.text) && OWNERS_BEFORE.test(side.features.text.slice(Math.max(0, n.start - 40), n.start));
    const subjectOf = (side: Side, n: NumberMention) => (owned(side, n) ? undefined : subjectBefore(side.features.tokens, n.start));
    const [subjectX, subjectY] = [subjectOf(a, x), subjectOf(b, y)];
    // A subject the other side names beside its figure is the same one ("Couture's bond was set at
    // $500,000" / "Couture is being held on $750,000 bond").
    const besideOther = (subject: Token, side: Side, n: NumberMention) => n.nouns.includes(subject.lemma) || contextOf(side, n, { figures: true }).has(subject.lemma);
    const otherSubject =
      subjectX !== undefined &&
      subjectY !== undefined &&
      subjectX.lemma !== subjectY.lemma &&
      !synonymous(subjectX.lemma, subjectY.lemma) &&
      // ("the attackers demanded" / "the hackers are demanding": words news uses for one another.)
      !newsEquivalent(subjectX.lemma, subjectY.lemma) &&
      !besideOther(subjectX, b, y) &&
      !besideOther(subjectY, a, x);
    // A bound the other figure keeps ("more than $1 million" / "$1.1 million"), or a count in words
    // it falls in ("dozens" / "at least 50"), is no conflict.
    // A figure inside the other side's range ("between 10 and 12 villages" / "11 villages") agrees with it.
    // (Two ranges compare end with end: "between $4 and $11" / "between $3 and $11" differ.)
    const inRange = (side: Side, r: NumberMention, otherSide: Side, v: NumberMention) => {
      const range = rangeOf(side, r);
      return range !== null && rangeOf(otherSide, v) === null && range.lo <= numericValue(v.value) && numericValue(v.value) <= range.hi;
    };
    if (inRange(a, x, b, y) || inRange(b, y, a, x)) continue;
    const bound = withinBound(a, x, y, b) || withinBound(b, y, x, a) || withinCountWord(x.value, y.value) || withinCountWord(y.value, x.value);
    // Figures more than ten times apart ("900 pages" found among "55,000 pages") measure two things.
    const [vx, vy] = [numericValue(x.value), numericValue(y.value)];
    // Unless one figure is the other with its scale word or its decimal point slipped ("$1.2 million" / "$1.2 billion"): a misprint a desk corrects.
    // (Not a sum one side sets in the past: "agreed to a $5 million fine" / "previously paid a $5 billion fine".)
    const past = (side: Side) => PAST_PERIOD.test(side.features.text) || /\b(?:previously|earlier|formerly|(?:19|20)\d{2})\b/i.test(side.features.text);
    // Not in one claim told in the same words but for its one figure, of one unit ("The study enrolled
    // 2,000 people" / "50 people", "a dose of 10 mg" / "10 g"): however far apart, one figure differs.
    // (Not spans of time, which one claim may give two of: "jailed for three years" / "jailed three
    // months after"; nor sums; nor a part against the whole told in other words: "88 abortions performed
    // on girls age 14 and younger" / "11,844 abortions were performed in the state".)
    const timeUnit = ["clock", "calendar"].includes(UNITS.get(x.unit ?? "")?.quantity ?? "");
    const sameClaimSameUnit = oneClaim && x.unit !== null && x.unit === y.unit && !timeUnit && !isMoney(x, a.features.text) && !isMoney(y, b.features.text) && wordForWord(x, y);
    const farApart = !sameClaimSameUnit && !(slippedSum(a, x, b, y) && past(a) === past(b)) && Number.isFinite(vx) && Number.isFinite(vy) && Math.min(Math.abs(vx), Math.abs(vy)) > 0 && Math.max(Math.abs(vx), Math.abs(vy)) / Math.min(Math.abs(vx), Math.abs(vy)) > T.sameMeasureRatio;
    // "three other women" counts others than the "four women" of the other side.
    // Both counting others ("four other family members" / "three other people") count one set, unless
    // one counts those beyond a list it names ("Egypt, Tunisia and at least three other governments").
    // ("Another 41 people" counts others as "41 other people" does, against it; against "44 people" it
    // may count those beside the dead: "Three died and another 41 were injured".)
    const another = (side: Side, n: NumberMention) => /\b(?:another|an additional|a further)\s+$/i.test(side.features.text.slice(Math.max(0, n.start - 16), n.start));
    const [strictX, strictY] = [OTHER_SET.test(wordAfterNumber(a, x)), OTHER_SET.test(wordAfterNumber(b, y))];
    const [otherX, otherY] = [strictX || (another(a, x) && strictY), strictY || (another(b, y) && strictX)];
    const others = otherX !== otherY || (otherX && afterList(a, x) !== afterList(b, y));
    // A rate ("eight rebounds a game", "$15 an hour") and a count ("7 rebounds in 35 minutes"), or a
    // margin ("13 more than Buford", "rose by 5") and a count, are two measures: which is which needs reading.
    const otherMeasure = rateOf(a, x) !== rateOf(b, y) || isMargin(a, x) !== isMargin(b, y);
    // Counts of one thing beside two verbs done to one other thing ("23 cars jumped the tracks" / "32
    // cars left the tracks") count what one act did, in two words.
    const doneToOneThing = x.unit !== null && x.unit === y.unit && sameObject(a, x, b, y, countedEvent);
    // Two figures that each say what they count, of two different events ("spent seven seasons as an
    // assistant" / "was fired after one season as coach"): two facts of one story.
    // A tally is its vote's or game's whatever verb tells it ("approved in a 7-2 vote" / "voted 6-3 to approve").
    // A term in prison is one sentence whatever verb tells it ("sentenced to seven years in prison" / "will spend six years in prison").
    const otherEvent =
      x.unit !== null && y.unit !== null && x.unit !== "age" && !(x.unit === "tally" && y.unit === "tally") && !(prisonTerm(a, x) && prisonTerm(b, y)) && !sameEvent(a, x, b, y, countedEvent) && !doneToOneThing;
    // Each figure's own sentence (a claim group's member may hold several) says of which period it is.
    const [pa, pb] = [periodOf(sentenceAt(a.features, x).text), periodOf(sentenceAt(b.features, y).text)];
    // So do two periods told from today ("last year" / "this year", "last month" / "next month").
    const [ra, rb] = [periodFromNow(sentenceAt(a.features, x).text), periodFromNow(sentenceAt(b.features, y).text)];
    const otherPeriod = otherYears || (pa !== null && pb !== null && pa !== pb) || (ra !== null && rb !== null && ra !== rb) || twoStretches(sentenceAt(a.features, x).text, sentenceAt(b.features, y).text);
    // In a claim group's member of several sentences, figures from two sentences that share little
    // ("the 15-inch MacBook Pro costs $2,199" / "the 11-inch MacBook Air models were announced")
    // are two facts of the story, not one figure given two ways.
    const [ownX, ownY] = [sentenceAt(a.features, x), sentenceAt(b.features, y)];
    // (Their words, not their figures: "The vote was 52 to 48" is all of "a vote of 51 to 49" but its figures.)
    const own = overlap(wordsOnly(ownX), wordsOnly(ownY));
    const apart = (ownX !== a.features || ownY !== b.features) && Math.max(own.coverA, own.coverB) < T.ownSentences;
    // Two figures that may well be two facts (another period, place or measure, two named subjects:
    // "the ferry" / "islanders" may tell one) are almost never one fact given two ways on real
    // coverage: no finding, unless close. A bound the other keeps ("at least two weeks" / "three
    // weeks"), another subject or two verbs alone ("injured" / "hurt", which WordNet may not tie)
    // may still be one fact told two ways: worth a look.
    // A count of one part of the people a sentence lists ("two men and a woman", "a man and his two
    // kids") is not a count of them all ("three people", "three bodies"): the list's total is. The
    // same total is no finding; another is worth a look (which part is which needs reading).
    // (Not against a count of one part's own noun: "240 passengers and 15 crew" / "255 passengers",
    // "20 men and 3 women" / "23 men" count the part, and differ.)
    const [listX, listY] = x.unit !== null && x.unit === y.unit ? [null, null] : [listTotal(a, x), listTotal(b, y)];
    if (listX !== null || listY !== null) {
      const [tx, ty] = [listX ?? numericValue(x.value), listY ?? numericValue(y.value)];
      if (!Number.isFinite(tx) || !Number.isFinite(ty) || tx === ty) continue;
    }
    // A count that follows an item named without one ("pleaded guilty to conspiracy and two counts of
    // fraud": three charges in all) is a part of a list the other's figure may total.
    // (So are counts of several charges: "one count of conspiracy and two counts of fraud" total three;
    // a total the other side gives is no finding.)
    // (Counts of one named charge compare as they are: "one count of murder and two of assault" / "three counts of murder".)
    const namedBoth = chargeOf(a, x) !== null && chargeOf(b, y) !== null;
    if (!namedBoth && ofCharges(a, x) && ofCharges(b, y) && (chargesX === numericValue(y.value) || chargesY === numericValue(x.value))) continue;
    const listed = listX !== null || listY !== null || (!namedBoth && (afterUncounted(a, x) !== afterUncounted(b, y) || (ofCharges(a, x) && severalChargesA !== severalChargesB)));
    // A measure of the thing itself, one thing of the story ("took the 35-word oath" / "administered the
    // 38-word oath", "a 48-page indictment" / "the 47-page indictment says"): whoever the subjects, one
    // thing described two ways.
    // So is the one sum each sentence gives for one thing ("$5 billion in funding for the wall" /
    // "appropriate $5.7 billion for the wall"), though two parties may each pay their own: worth a look.
    const forOneThing = !measuredThing(a, x, b, y) && soleSum(a, na, x) && soleSum(b, nb, y) && samePurpose(a, x, b, y);
    const oneThing = measuredThing(a, x, b, y) || forOneThing || sharesOfOneThing(a, x, b, y);
    const namedSubjects = otherSubject && subjectX?.pos === "PROPN" && subjectY?.pos === "PROPN" && !oneThing;
    // (Counts of the same things beside one verb each, the same event's, are read whatever else the
    // sentences count: "Forty-two people died ..., and 17 were injured" / "the death toll has risen to
    // 57"; not sums or shares, which a market sentence gives several of: "rose 17.33 points, or 1.07 percent".)
    const sameCount = x.unit !== null && x.unit === y.unit && !share && !isMoney(x, a.features.text) && !isMoney(y, b.features.text) && sameVerb(a, x, b, y, countedEvent);
    const unread = (several || (x.unit === null && y.unit === null)) && !sharesContext(a, x, b, y, { figures: true }) && !oneClaim && !sameCount;
    // One thing counted in two kinds by the word before it ("654,000 long-distance customers" / "111,000 DSL customers").
    const [kindX, kindY] = [modifierOf(a, x), modifierOf(b, y)];
    // (Not one place or people in two words: "U.S. troops" / "American troops".)
    const oneKind = (p: string, r: string) => p === r || synonymous(p, r) || newsEquivalent(p, r) || nameVariant(p, r) || [...aliasGroupsOf([p])].some((g) => aliasGroupsOf([r]).has(g));
    const twoKinds = kindX !== null && kindY !== null && !oneKind(kindX, kindY);
    const twoFacts = apart || farApart || others || otherPeriod || ofDifferent || otherMeasure || anyone || namedSubjects || twoKinds || unread;
    if (twoFacts && !close) continue;
    // Two sentences saying the same in most of their words with one figure each ("The trial enrolled
    // 1,840 adults ..." / "The study enrolled 1,480 adults ..."): a subject in other words is no other
    // subject, unless the other sentence has it elsewhere ("Advancing issues outnumbered decliners" /
    // "Declining issues outnumbered advancers": the roles swapped).
    const reworded = oneClaim && subjectX !== undefined && subjectY !== undefined && !mentions(b, subjectX) && !mentions(a, subjectY);
    // So is a verb in other words there ("reached 109 degrees" / "hit 96 degrees"), for one physical
    // measure; not a share, which moves ("closed down nearly 12 percent" / "dropped as much as 16
    // percent"), nor a span of time or a count, which two events may each have ("spent seven seasons as
    // an assistant" / "was fired after four seasons").
    const physical = (unit: string | null) => unit === "degree" || ["length", "speed", "mass", "area", "volume"].includes(UNITS.get(unit ?? "")?.quantity ?? "");
    const sameMeasure = oneClaim && x.unit === y.unit && physical(x.unit);
    // A count as of two times ("By 9 a.m., 12 deaths" / "By 9 p.m., 27 deaths"), or one side's early
    // count, is one count updated: worth a look, not a conflict.
    const [stampX, stampY] = [stampOf(sentenceAt(a.features, x)), stampOf(sentenceAt(b.features, y))];
    // So is a price's move read during trading ("were up 19 cents at 0335 GMT" / "jumped 20 cents to a
    // record close"): a market moves by the minute.
    const trading = (side: Side, n: NumberMention) => isMargin(side, n) && TRADING.test(sentenceAt(side.features, n).text);
    const traded = trading(a, x) || trading(b, y);
    const updated = (stampX !== null && stampY !== null && stampX !== stampY) || UPDATE_WORDS.test(sentenceAt(a.features, x).text) || UPDATE_WORDS.test(sentenceAt(b.features, y).text) || traded;
    // A total given with a part of it ("cut 1,200 jobs, including 300 through attrition" / "lay off 900
    // workers") may be set against the part or the rest: which is which needs reading.
    // The part a total gives of itself ("14 people, including three teenagers": "3"), or null.
    const partOf = (side: Side, n: NumberMention) =>
      INCLUDING_AFTER.test(side.features.text.slice(n.end, n.end + 40)) ? (side.features.numbers.find((m) => m.start > n.end && m.start <= n.end + 40)?.value ?? "?") : null;
    // (A total with a part of it on one side only, or two totals with two parts: the other's figure may
    // be a part, or another total. Two totals with the same part compare.)
    const unsure = twoFacts || bound || updated || (otherSubject && !reworded && !oneThing) || (otherEvent && !sameMeasure && !oneThing) || listed || partOf(a, x) !== partOf(b, y);
    // Close counts of things written to one precision, neither or both given as an estimate ("162" /
    // "168 passengers"): no rounding makes one the other; an update or a slip. Not prices, rates or index
    // levels, which move by the minute ("$16.93" / "$16.90", "4.46%" / "4.42%").
    const counts = (n: NumberMention, side: Side) => n.unit !== null && n.unit !== "%" && n.unit !== "tally" && /^\d+$/.test(n.value) && !isMoney(n, side.features.text);
    // Both given as estimates at one precision ("about 312,000" / "about 321,000") are no rounding of one figure either.
    // So are two shares more than a step of their last decimal place apart ("4.6 percent" / "4.8 percent"):
    // not prices or moves, which a market changes by the minute ("rose 4.6%" / "rose 4.8%" in trading).
    // (Nor a yield or a bond's price: "a yield of 4.30 percent" / "4.18 percent".)
    const quoted = (side: Side, n: NumberMention) => isMargin(side, n) || TRADING.test(sentenceAt(side.features, n).text) || MARKET.test(sentenceAt(side.features, n).text) || isMoney(n, side.features.text);
    // (Nor one neither side rounds: "killed 430 civilians" / "killed 445", a fee of "62 million euros" / "64
    // million euros", not a price or a move read in a market.)
    // (A sum of thousands or more: a price of cents or a rate is read by the minute.)
    const sum = (n: NumberMention, side: Side) => isMoney(n, side.features.text) && numericValue(n.value) >= SUM_FROM && !isMargin(side, n) && !TRADING.test(sentenceAt(side.features, n).text) && !MARKET.test(sentenceAt(side.features, n).text);
    // (Sums one step apart in their last written digit, "$8.3 billion" / "$8.4 billion", may both round one sum.)
    const roundingOf = roundsAt(x.value, y.value) || roundsAt(y.value, x.value);
    const sums = sum(x, a) && sum(y, b) && !oneStepApart(x.value, y.value) && !roundingOf;
    const onePrecision =
      close &&
      (((counts(x, a) && counts(y, b) && significantDigits(x.value) === significantDigits(y.value)) || sums) && estimated(a, x) === estimated(b, y) ||
        (share && apartInLastPlace(x.value, y.value) && !quoted(a, x) && !quoted(b, y)));
    // One measure of one event by the words that tell it (the same unit beside the same verb, one
    // term in prison, or shares of the same noun): the finding itself shows one fact, whatever else
    // the sentences say.
    const anchored = !unsure && x.unit !== null && x.unit === y.unit && x.unit !== "age" && ((prisonTerm(a, x) && prisonTerm(b, y)) || sameVerb(a, x, b, y, countedEvent) || doneToOneThing || sharesOfOneThing(a, x, b, y));
    out.push({
      type: NUMBERS_RULE.type,
      ...(anchored ? { anchored } : {}),
      severity: unsure
        ? S.closeOrUnsure
        : onePrecision
          ? S.closeCountsAtOnePrecision
          : close
            ? S.closeOrUnsure
            : twoBounds(a, x, b, y)
              ? // (Round floors close together, "at least 100" / "more than 90", "more than a dozen" /
                // "more than 10", are one count told loosely; "at least 23" / "at least 26", "over 5,600" /
                // "over 4,600" are two counts.)
                relativeGap(x.value, y.value) <= T.closeBounds && ([x, y].every((n) => significantDigits(n.value) === 1) || [x, y].some((n) => /\b(?:dozens?|score)\b/i.test(n.text)))
                ? S.closeOrUnsure
                : S.twoFloorsOrCeilings
              : // A measure in two units ("two weeks" / "10 days", "3 inches" / "12 centimetres") is often told loosely.
                converted.has(x) || converted.has(y)
                ? S.twoUnits
                : forOneThing && (otherSubject || otherEvent)
                  ? S.sumsForOneThing
                  : theOneAged(x, y) && !named
                    ? S.agesOfTheOne
                    : inCurrencies(x, y) === "other"
                      ? S.otherSumInAnotherCurrency
                      : S.differs,
      spans: [span(0, writtenSpan(a, x)), span(1, writtenSpan(b, y))],
      explanation: `${a.label} gives ${q(asWritten(a, x))}; ${b.label} gives ${q(asWritten(b, y))}${misprinted(x, y) && !unsure && !close ? " (the same digits in another order: a misprint?)" : onePrecision ? " (close: an update?)" : close ? " (close: rounding or an update?)" : traded ? " (a price's move: read at two times?)" : updated ? " (counted at two times: an update?)" : ""}.`,
    });
  }
  return [...out, ...unanimity(a, b), ...unanimity(b, a, true), ...ordinals(a, b), ...pointsForPercent(a, b), ...otherBases(a, b)];
}

/** A change made by someone, told before its figure: "cut rates by", "raised its rate by". */
const CHANGED_BY =
  /\b(?:cut|cuts|raised|raises|lowered|lowers|hiked|hikes|reduced|reduces|trimmed|trims|boosted|boosts|increased|increases|shr[iau]nks?|narrow(?:s|ed)?|widen(?:s|ed)?|gr[eo]w(?:s|n)?|drop(?:s|ped)?|slip(?:s|ped)?|climb(?:s|ed)?|jump(?:s|ed)?|gain(?:s|ed)?|los(?:es|t)|slid(?:es)?|declin(?:es|ed)|expand(?:s|ed)|contract(?:s|ed))\b[^.;,]{0,30}?\bby\s+$/i;

/**
 * One change given in percentage points and in percent, the same figure ("rose by 12 percentage
 * points" / "rose by 12%"): a rise from 20% to 32% is not a rise of 12% (to 22.4%). Only a change
 * (`isMargin`) a side calls "percentage points" in so many words; a lead in a poll is given either way.
 */
/** The period a change is measured against, as news writes it: a year earlier, the month before, the quarter before, the week before. */
const BASES: ReadonlyArray<readonly [string, RegExp]> = [
  ["a year earlier", /\b(?:year[- ](?:over|on)[- ]year|(?:from|than|compared (?:with|to)|versus|vs\.?) (?:a|one) year (?:earlier|ago|before)|from the same (?:month|quarter|period|week) (?:a|last) year|y\/y)\b/i],
  ["the month before", /\b(?:month[- ](?:over|on)[- ]month|(?:from|than|compared (?:with|to)|versus|vs\.?) (?:the (?:previous|prior|preceding) month|a month (?:earlier|ago|before)|last month)|m\/m)\b/i],
  ["the quarter before", /\b(?:quarter[- ](?:over|on)[- ]quarter|(?:from|than|compared (?:with|to)|versus|vs\.?) (?:the (?:previous|prior|preceding) quarter|a quarter (?:earlier|ago|before))|q\/q|sequentially)\b/i],
  ["the week before", /\b(?:week[- ](?:over|on)[- ]week|(?:from|than|compared (?:with|to)|versus|vs\.?) (?:the (?:previous|prior|preceding) week|a week (?:earlier|ago|before)|last week))\b/i],
];

/**
 * One change measured against two periods ("rose 4.1% from a year earlier" / "rose 4.1% from the
 * previous month", "0.4% month over month" / "0.4% year over year"): a change on the year is not one
 * on the month. Medium, when each sentence names one period and they are not the same.
 */
function otherBases(a: Side, b: Side): Finding[] {
  const baseOf = (side: Side) => {
    const found = BASES.flatMap(([name, pattern]) => {
      const m = pattern.exec(side.features.text);
      return m && !insideQuotation(side.features, { start: m.index, end: m.index + m[0].length }) ? [{ name, start: m.index, end: m.index + m[0].length }] : [];
    });
    return found.length === 1 ? found[0] : undefined;
  };
  const [x, y] = [baseOf(a), baseOf(b)];
  if (!x || !y || x.name === y.name) return [];
  return [
    {
      type: NUMBERS_RULE.type,
      severity: S.otherBase,
      spans: [span(0, x), span(1, y)],
      explanation: `${a.label} measures the change against ${x.name} (${q(textOf(a, x))}); ${b.label} against ${y.name} (${q(textOf(b, y))}).`,
    },
  ];
}

function pointsForPercent(a: Side, b: Side): Finding[] {
  const changed = (side: Side, n: NumberMention) => isMargin(side, n) || CHANGED_BY.test(side.features.text.slice(Math.max(0, n.start - 50), n.start));
  const changes = (side: Side, unit: string) => side.features.numbers.filter((n) => n.unit === unit && changed(side, n) && !insideQuotation(side.features, n));
  // (Of one thing, when both say what changed: "mortgage rates" / "mortgage payments" are two.)
  const sameSubject = (x: NumberMention, y: NumberMention, first: Side, second: Side) => {
    const [sx, sy] = [subjectBefore(first.features.tokens, x.start), subjectBefore(second.features.tokens, y.start)];
    return sx === undefined || sy === undefined || sx.lemma === sy.lemma;
  };
  for (const [first, second, flip] of [
    [a, b, false],
    [b, a, true],
  ] as const) {
    for (const x of changes(first, "point").filter((n) => /\bpercentage\s+points?\b/i.test(n.text))) {
      const y = changes(second, "%").find((n) => numericValue(n.value) === numericValue(x.value) && sameSubject(x, n, first, second));
      if (!y) continue;
      const [sx, sy] = flip ? [y, x] : [x, y];
      return [
        {
          type: NUMBERS_RULE.type,
          severity: S.pointsForPercent,
          spans: [span(0, sx), span(1, sy)],
          explanation: `${a.label} gives ${q(a.features.text.slice(sx.start, sx.end))}; ${b.label} gives ${q(b.features.text.slice(sy.start, sy.end))}: a change in percentage points is not a change in percent.`,
        },
      ];
    }
  }
  return [];
}

/** Charges, which a list totals whatever each is of: "conspiracy and two counts of fraud" are three charges. */
const CHARGES = new Set(["count", "charge", "felony", "misdemeanor", "offense", "offence"]);

/** A figure counts charges: by its noun, or the word after it the tagger read otherwise ("pleaded guilty to three counts."). */
function ofCharges(side: Side, n: NumberMention): boolean {
  const after = wordAfterNumber(side, n);
  return CHARGES.has(n.unit ?? "") || CHARGES.has(after) || CHARGES.has(after.replace(/s$/, ""));
}

/** The charge a count of charges names ("two counts of assault": assault; "three counts of first-degree murder": murder), or null. */
function chargeOf(side: Side, n: NumberMention): string | null {
  if (!ofCharges(side, n)) return null;
  const after = side.features.tokens.filter((t) => t.start >= n.end).slice(0, 7);
  const of = after.findIndex((t) => t.lower === "of");
  if (of < 0 || of > 1) return null;
  const noun = after.slice(of + 1).find((t) => t.pos === "NOUN" && !CHARGES.has(t.lemma));
  return noun?.lemma ?? null;
}

/** The charges a sentence counts in all: its counts of charges, and one for each charge it lists without a figure ("conspiracy and two counts": 3). */
function chargesTotal(side: Side): number {
  const counts = side.features.numbers.filter((n) => ofCharges(side, n));
  return counts.reduce((sum, n) => sum + numericValue(n.value) + (afterUncounted(side, n) ? 1 : 0), 0);
}

/** A count of charges follows "and" or a comma after a charge with no figure of its own ("conspiracy and two counts", "murder, two counts"). */
function afterUncounted(side: Side, n: NumberMention): boolean {
  if (!ofCharges(side, n)) return false;
  const tokens = side.features.tokens;
  const k = tokens.findIndex((t) => t.start >= n.start);
  const joint = tokens[k - 1];
  const item = tokens[k - 2];
  if (!joint || !item || (joint.lower !== "and" && joint.text !== ",") || item.pos !== "NOUN") return false;
  return !tokens.slice(Math.max(0, k - 5), k - 2).some((t) => t.pos === "NUM" || t.lower === "a" || t.lower === "an" || t.lower === "one");
}

/** "the 35-word oath", "its 48-page report": a figure measuring a thing in a compound before it, after "the" or a possessive. */
const DEFINITE_BEFORE = /\b(?:the|its|his|her|their)\s+$/i;

/**
 * Both figures measure one thing in one unit, each in a compound before the thing's noun ("35-word
 * oath" / "38-word oath", "48-page indictment" / "47-page indictment"), at least one side naming it
 * as the one thing of the story ("the", a possessive); not "a 10-year sentence" against "a 5-year
 * sentence", which may be two people's.
 */
function measuredThing(a: Side, x: NumberMention, b: Side, y: NumberMention): boolean {
  const compound = (n: NumberMention) => n.nouns.length === 2 && /^\S+-\p{L}+\s+\p{L}+$/u.test(n.text);
  const definite = (side: Side, n: NumberMention) => DEFINITE_BEFORE.test(side.features.text.slice(Math.max(0, n.start - 8), n.start));
  return compound(x) && compound(y) && x.nouns.join(" ") === y.nouns.join(" ") && (definite(a, x) || definite(b, y));
}

/**
 * The one share each sentence gives, written before the same noun ("a 4.5% pay rise" / "a 5.4 per
 * cent pay rise", "a 25% tariff" / "a 20 percent tariff"), of the same thing and for the same group:
 * one thing's share.
 */
function sharesOfOneThing(a: Side, x: NumberMention, b: Side, y: NumberMention): boolean {
  // (The one share each sentence gives: "now has a 30% stake after buying a further 10%" tells a change.)
  const sole = (side: Side) => side.features.numbers.filter((n) => n.unit === "%").length === 1;
  if (x.unit !== "%" || y.unit !== "%" || !sole(a) || !sole(b)) return false;
  // The noun run after the share, its last noun the head ("pay rise": "pay" may be read as a verb).
  const thing = (side: Side, n: NumberMention) => {
    const after = side.features.tokens.filter((t) => t.start >= n.end);
    let head: Token | undefined;
    for (const [k, t] of after.slice(0, 4).entries()) {
      if (t.pos === "NOUN") head = t;
      else if (head !== undefined || !(t.pos === "ADJ" || (t.pos === "VERB" && after[k + 1]?.pos === "NOUN"))) break;
    }
    return head;
  };
  const [tx, ty] = [thing(a, x), thing(b, y)];
  if (tx === undefined || ty === undefined || !(tx.lemma === ty.lemma || synonymous(tx.lemma, ty.lemma))) return false;
  // Of what or in what, when both say: "a 5% stake in the bank" / "a 7% stake in the insurer" are two stakes.
  const inWhat = (side: Side, head: Token) => {
    const after = side.features.tokens.filter((t) => t.start > head.start).slice(0, 5);
    if (!/^(?:in|of|on)$/.test(after[0]?.lower ?? "")) return undefined;
    return after.slice(1).find((t) => t.pos === "NOUN" || t.pos === "PROPN");
  };
  const [wx, wy] = [inWhat(a, tx), inWhat(b, ty)];
  if (wx !== undefined && wy !== undefined && wx.lemma !== wy.lemma && !synonymous(wx.lemma, wy.lemma)) return false;
  // Nor two groups' ("Nurses were offered a 4% pay rise" / "Doctors were offered a 6% pay rise").
  const [sx, sy] = [subjectBefore(a.features.tokens, x.start), subjectBefore(b.features.tokens, y.start)];
  return sx === undefined || sy === undefined || sx.lemma === sy.lemma || synonymous(sx.lemma, sy.lemma) || newsEquivalent(sx.lemma, sy.lemma);
}

/** What a sum is for, right after it: "$5 billion in funding for the wall", "$5.7 billion for the border wall" -> "wall". */
const FOR_WHAT = /^\s*(?:(?:in|of)\s+(?:[\p{L}-]+\s+){1,2})?for\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?=\s*(?:[.,;:!?]|$|\s+(?:is|was|are|were|and|but|that|which|on|in|at|by|from|to)\b))/iu;

/** Two sums each said to be for the same thing: one sum, whoever asks for or gives it. */
function samePurpose(a: Side, x: NumberMention, b: Side, y: NumberMention): boolean {
  const purpose = (side: Side, n: NumberMention) => FOR_WHAT.exec(side.features.text.slice(n.end, n.end + 60))?.[1]?.toLowerCase();
  const [px, py] = [purpose(a, x), purpose(b, y)];
  return px !== undefined && px === py && !/^(?:him|her|them|it|us|me|you|that|this)$/.test(px);
}

/** The class of what happened to a figure's things: "killed" and "died" one, "injured" and "hurt" another. */
function eventClass(side: Side, n: NumberMention): string | undefined {
  const verb = countedEvent(side, n);
  return verb ? (EVENT_VERBS.get(verb.lemma) ?? verb.lemma) : undefined;
}

/**
 * Both figures in one clause of one sentence, told of one time: not "killed 12; a similar attack last
 * year injured 40", nor "he was jailed for four years; his co-defendant got five".
 */
function oneTelling(side: Side, p: NumberMention, r: NumberMention): boolean {
  const between = side.features.text.slice(Math.min(p.end, r.end), Math.max(p.start, r.start));
  return sentenceAt(side.features, p) === sentenceAt(side.features, r) && !/[;:]/.test(between) && periodFromNow(sentenceAt(side.features, p).text) === null && !/\b(?:previous|earlier|similar|other|co-defendants?|accomplices?)\b/i.test(sentenceAt(side.features, p).text);
}

/**
 * One value told of two events ("40 were injured" / "Forty people died"), where one side gives the
 * other's event another figure of its own in the same telling ("Twelve people died"): the value
 * moved between the events, each figure to be paired with its own event's.
 */
function eventMoved(a: Side, na: readonly NumberMention[], x: NumberMention, b: Side, nb: readonly NumberMention[], y: NumberMention): boolean {
  const [ex, ey] = [eventClass(a, x), eventClass(b, y)];
  if (ex === undefined || ey === undefined || ex === ey) return false;
  const other = (side: Side, list: readonly NumberMention[], n: NumberMention, event: string) => list.some((z) => z !== n && z.value !== n.value && eventClass(side, z) === event && oneTelling(side, n, z));
  return other(a, na, x, ey) || other(b, nb, y, ex);
}

/** A figure with the verb that tells what happened to its things, as written ("killed 12 people", "40 injured"). */
function withVerb(side: Side, n: NumberMention): string {
  const verb = countedEvent(side, n);
  const text = side.features.text;
  if (!verb || verb.start > n.end + 12 || n.start > verb.end + 12) return n.text;
  return text.slice(Math.min(verb.start, n.start), Math.max(verb.end, n.end));
}

/**
 * Two figures one side gives for two events that the other gives the other way round ("killed 12
 * people and injured 40" / "killed 40 people and injured 12"): each value is there, each on the
 * wrong event: high. Each figure's event is the verb it belongs to, of the same class on both sides.
 */
/**
 * A sum one side gives whole and the other in two parts that add up to it ("a £100m fee including
 * add-ons" / "£85m plus £15m in add-ons", "$1.5 million" / "$1.2 million and a further $300,000"):
 * one sum, none of its figures to compare.
 */
function partsOfWhole(a: Side, b: Side, na: readonly NumberMention[], nb: readonly NumberMention[]): Set<NumberMention> {
  const summed = new Set<NumberMention>();
  for (const [self, other, mine, theirs] of [
    [a, b, na, nb],
    [b, a, nb, na],
  ] as const) {
    for (let k = 0; k + 1 < mine.length; k += 1) {
      const [x, y] = [mine[k] as NumberMention, mine[k + 1] as NumberMention];
      if (x.unit !== y.unit || !ADDED.test(self.features.text.slice(x.end, y.start))) continue;
      // (Only against a whole the other side calls one: "£100m including add-ons", "a $1.5 million
      // package"; not "a base salary of $1.5 million", which may be one part told bigger.)
      if (!WHOLE.test(other.features.text)) continue;
      const total = numericValue(x.value) + numericValue(y.value);
      const whole = theirs.find((z) => z.unit === x.unit && !summed.has(z) && Math.abs(numericValue(z.value) - total) <= 1e-9 * total);
      if (whole) [x, y, whole].forEach((n) => summed.add(n));
    }
    // The dead and the injured against both told as one count ("killed two people and injured 14
    // others" / "16 people were hurt, two of them fatally", "42 killed or wounded"): one casualty toll.
    if (!CASUALTY_WHOLE.test(other.features.text)) continue;
    for (let k = 0; k + 1 < mine.length; k += 1) {
      const [x, y] = [mine[k] as NumberMention, mine[k + 1] as NumberMention];
      // (The second part may leave its noun to the first: "three people were killed and 12 injured".)
      const people = (n: NumberMention) =>
        (n.unit !== null && COUNTED_PEOPLE.has(n.unit)) || (n.unit === null && (/\bothers$/i.test(n.text) || (n === y && HARMED_AFTER.test(self.features.text.slice(n.end)))));
      if (!people(x) || !people(y)) continue;
      const total = numericValue(x.value) + numericValue(y.value);
      const whole = theirs.find((z) => z.unit !== null && COUNTED_PEOPLE.has(z.unit) && !summed.has(z) && numericValue(z.value) === total);
      if (!whole) continue;
      // (Not when the other side also counts a part its own way: "15 killed or injured, including five
      // dead" gives the dead as five, against three.)
      if (theirs.some((z) => z !== whole && z.value !== x.value && z.value !== y.value && (z.unit === null || COUNTED_PEOPLE.has(z.unit)) && !isYear(z))) continue;
      // (And the part the other side gives "of them": "two of them fatally".)
      const part = theirs.find((z) => z !== whole && (z.value === x.value || z.value === y.value));
      [x, y, whole, ...(part ? [part] : [])].forEach((n) => summed.add(n));
    }
  }
  return summed;
}
/** A casualty word right after a count that leaves its noun to the one before: "and 12 injured". */
const HARMED_AFTER = /^\s+(?:were\s+|others?\s+)?(?:injured|wounded|hurt)\b/i;
/** A toll of the dead and injured told as one count: "16 hurt, two of them fatally", "42 people killed or wounded". */
const CASUALTY_WHOLE = /\b(?:of\s+them\s+(?:fatally|mortally)|(?:killed|dead)\s+or\s+(?:wounded|injured|hurt)|(?:wounded|injured|hurt)\s+or\s+(?:killed|dead))\b/i;
/** Words that make a sum a whole of parts: "including add-ons", "in total", "a pay package", "worth". */
const WHOLE = /\b(?:including|includes|in\s+total|total|totall?ing|all\s+told|altogether|combined|overall|package|worth)\b/i;
/** Between two figures of one sum's parts: "plus", "and a further", "and another", "with an additional". */
const ADDED = /^\s*,?\s*(?:plus|(?:and|with)\s+(?:a\s+further|another|an\s+additional|an\s+extra))\s+[$€£¥]?$/i;

/** Where a clause ends before a figure, for its subject: a mark, or a word that opens another clause. */
const CLAUSE_MARK = /^[,;:.!?()\u2012-\u2015-]$/;
const CLAUSE_OPENERS = new Set(["while", "whereas", "and", "but", "as", "although", "though"]);

/**
 * Whose a figure is: a capitalised word inside it before its noun ("40 Ukrainian soldiers"), else
 * its clause's subject, the first noun or name of the clause, before its verb ("Police estimated the
 * crowd at 20,000", "while organisers put it at 100,000"); null when none is read.
 */
function ownerOf(side: Side, n: NumberMention): Token | null {
  const tokens = side.features.tokens;
  const inside = tokens.filter((t) => t.start >= n.start && t.end <= n.end);
  const kind = inside.find((t) => /^\p{Lu}/u.test(t.text) && (t.pos === "ADJ" || t.pos === "PROPN"));
  if (kind) return kind;
  // (A sentence that reports who says or charges what ("Russia lost 400 soldiers, Ukraine said", "was
  // accused by the US of 40 violations") has its speakers for subjects too: whose figure is whose needs reading.)
  if (reportsClaims(side)) return null;
  const first = tokens.findIndex((t) => t.start >= n.start);
  let k = first - 1;
  while (k >= 0 && !CLAUSE_MARK.test(tokens[k]?.text ?? "") && !CLAUSE_OPENERS.has(tokens[k]?.lower ?? "")) k -= 1;
  for (let j = k + 1; j < first; j += 1) {
    const t = tokens[j] as Token;
    if (t.pos === "NOUN" || t.pos === "PROPN") return t;
    if (t.pos === "VERB" || t.pos === "AUX") return null;
  }
  return null;
}

/** A verb of saying ("said", "claimed"; not "added", a gain as often), "according to", a charge or a passive's agent ("accused by"). */
function reportsClaims(side: Side): boolean {
  return side.features.tokens.some((t) => t.pos === "VERB" && SPEECH_VERB_CLASS[t.lemma] !== undefined && t.lemma !== "add") || REPORTED.test(side.features.text);
}
const REPORTED = /\b(?:according to|accus\w*|(?:was|were|been|being|is|are)\s+\w+ed\s+by)\b/i;

/**
 * Two figures each side gives to two owners, the other side the other way round ("Police estimated
 * the crowd at 20,000, while organisers put it at 100,000" / "Organisers estimated the crowd at
 * 20,000, while police put it at 100,000"; "40 Ukrainian soldiers and 15 Russian troops" / "15
 * Ukrainian soldiers and 40 Russian troops"): each value is there, each given to the wrong owner: high.
 */
function swappedOwners(a: Side, b: Side, na: readonly NumberMention[], nb: readonly NumberMention[]): { finding: Finding; figures: Set<NumberMention> } | null {
  const owned = (side: Side, list: readonly NumberMention[]) =>
    list.filter((n) => !isYear(n) && n.unit !== "age").flatMap((n) => {
      const owner = ownerOf(side, n);
      return owner ? [{ n, owner }] : [];
    });
  const [oa, ob] = [owned(a, na), owned(b, nb)];
  const one = (x: Token, y: Token) => x.lemma === y.lemma || x.lower === y.lower || synonymous(x.lemma, y.lemma);
  for (const x1 of oa) {
    for (const x2 of oa) {
      if (x1.n.value === x2.n.value || one(x1.owner, x2.owner)) continue;
      const y1 = ob.find((y) => y.n.value === x1.n.value && one(y.owner, x2.owner) && counted(x1.n, y.n) !== "different");
      const y2 = ob.find((y) => y.n.value === x2.n.value && one(y.owner, x1.owner) && counted(x2.n, y.n) !== "different");
      if (!y1 || !y2 || y1 === y2) continue;
      // The other side does not also give a figure to its own owner.
      if ([x1, x2].some((x) => ob.some((y) => y.n.value === x.n.value && one(y.owner, x.owner)))) continue;
      const [first, second] = x1.n.start < x2.n.start ? [x1, x2] : [x2, x1];
      const [o1, o2] = first === x1 ? [y1, y2] : [y2, y1];
      const given = (p: { n: NumberMention; owner: Token }) => `${p.n.text.match(/[$€£¥]?\d[\d,.]*%?/u)?.[0] ?? p.n.text} to ${q(p.owner.text)}`;
      return {
        figures: new Set([x1.n, x2.n, y1.n, y2.n]),
        finding: {
          type: NUMBERS_RULE.type,
          severity: S.differs,
          spans: [span(0, first.n), span(0, second.n), span(1, o1.n), span(1, o2.n)],
          explanation: `${a.label} gives ${given(first)} and ${given(second)}; ${b.label} gives ${given(o1)} and ${given(o2)}: the figures are swapped.`,
        },
      };
    }
  }
  return null;
}

function swapped(a: Side, b: Side, na: readonly NumberMention[], nb: readonly NumberMention[]): { finding: Finding; figures: Set<NumberMention> } | null {
  const counts = (side: Side, list: readonly NumberMention[]) => list.filter((n) => !isYear(n) && n.unit !== "age" && !isPrior(side, n) && eventClass(side, n) !== undefined);
  const [ca, cb] = [counts(a, na), counts(b, nb)];
  // Two events, not one told in two verbs ("released 40 prisoners and freed 12 hostages").
  const twoVerbs = (x: string | undefined, y: string | undefined) => x !== undefined && y !== undefined && x !== y && !synonymous(x, y) && !newsEquivalent(x, y);
  for (const x1 of ca) {
    for (const x2 of ca) {
      if (x1 === x2 || x1.value === x2.value || !twoVerbs(eventClass(a, x1), eventClass(a, x2)) || !oneTelling(a, x1, x2)) continue;
      // Each figure of the other side is of the event and of the thing counted on this side: the value moved, not the thing.
      const y1 = cb.find((y) => y.value === x2.value && eventClass(b, y) === eventClass(a, x1) && counted(x1, y) !== "different");
      const y2 = cb.find((y) => y.value === x1.value && eventClass(b, y) === eventClass(a, x2) && counted(x2, y) !== "different");
      if (!y1 || !y2 || y1 === y2 || !oneTelling(b, y1, y2)) continue;
      // The other side does not also give a figure's own value for its event ("killed 12 ... 12 dead").
      if ([x1, x2].some((x) => cb.some((y) => y.value === x.value && eventClass(b, y) === eventClass(a, x)))) continue;
      const [first, second] = x1.start < x2.start ? [x1, x2] : [x2, x1];
      const [o1, o2] = first === x1 ? [y1, y2] : [y2, y1];
      return {
        figures: new Set([x1, x2, y1, y2]),
        finding: {
          type: NUMBERS_RULE.type,
          severity: S.differs,
          spans: [span(0, first), span(0, second), span(1, o1), span(1, o2)],
          explanation: `${a.label} says ${q(withVerb(a, first))} and ${q(withVerb(a, second))}; ${b.label} says ${q(withVerb(b, o1))} and ${q(withVerb(b, o2))}: the figures are swapped.`,
        },
      };
    }
  }
  return null;
}

/** Units of a span of time: a figure's own ("three weeks") or, hyphenated to what it measures, its compound's ("a three-week delay"). */
const TIME_QUANTITIES = new Set(["clock", "calendar"]);

function timeUnitOf(n: NumberMention): string | null {
  if (n.unit === null || n.unit === "age") return null;
  if (TIME_QUANTITIES.has(UNITS.get(n.unit)?.quantity ?? "")) return n.unit;
  const compound = /^\S+?\s?-\s?(\p{L}+)\s/u.exec(n.text)?.[1]?.toLowerCase().replace(/s$/, "");
  return compound !== undefined && n.nouns[0] === compound && TIME_QUANTITIES.has(UNITS.get(compound)?.quantity ?? "") ? compound : null;
}

/** What a span of time in a compound measures ("a three-week delay": "delay"), or null for a bare span ("three weeks"). */
function measuredBy(n: NumberMention): string | null {
  return n.unit !== null && timeUnitOf(n) !== n.unit ? n.unit : null;
}

/** After a span: time elapsed ("two weeks ago", "three months after the attack") or a record's baseline ("a two-week high"), no length of a thing. */
const ELAPSED_AFTER = /^\s*(?:ago|later|earlier|before|after|since|on|into|high|low|highs|lows)\b/i;
/** Before a span: a length ("for three years", "lasted three hours", "a three-week delay" needs none). */
const LENGTH_BEFORE = /\b(?:for|of|lasted|lasting|lasts|last|spent|spend|spends|took|take|takes|over)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+|another\s+|the\s+(?:past|last|next)\s+)?$/i;

/**
 * A span that is a length of something: a compound ("a three-week delay"), a term in prison, or one
 * told as lasting ("for three years", "lasted three hours"); not time elapsed ("two weeks ago", "three
 * months after the attack"), a baseline ("the fastest pace in 12 years", "a two-week high") or a
 * reporting period ("in the 12 months to March").
 */
function aLength(side: Side, n: NumberMention): boolean {
  const text = side.features.text;
  if (ELAPSED_AFTER.test(text.slice(n.end, n.end + 12))) return false;
  return measuredBy(n) !== null || prisonTerm(side, n) || LENGTH_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start));
}

/**
 * One span of time given with the same figure in two units ("a three-week delay" / "a three-month
 * delay", "jailed for three years" / "jailed for three months", "lasted three hours" / "lasted three
 * days"): a unit slipped, as a scale word slips ("$1.2 million" / "$1.2 billion"), high. Only two
 * lengths (`aLength`) of one thing: the same noun measured, one term in prison, or the same verb;
 * and not when a side also gives the other's span ("three weeks ... three months").
 */
function unitSlips(a: Side, b: Side, na: readonly NumberMention[], nb: readonly NumberMention[]): { findings: Finding[]; figures: Set<NumberMention> } {
  const findings: Finding[] = [];
  const figures = new Set<NumberMention>();
  const spanOf = (n: NumberMention) => {
    const unit = timeUnitOf(n);
    return unit === null ? null : `${numericValue(n.value)} ${unit}`;
  };
  const gives = (list: readonly NumberMention[], key: string) => list.some((n) => spanOf(n) === key);
  for (const x of na) {
    const ux = timeUnitOf(x);
    if (ux === null || figures.has(x) || !Number.isFinite(numericValue(x.value)) || !aLength(a, x)) continue;
    for (const y of nb) {
      const uy = timeUnitOf(y);
      if (uy === null || uy === ux || figures.has(y) || numericValue(x.value) !== numericValue(y.value) || !aLength(b, y)) continue;
      if (gives(nb, spanOf(x) ?? "") || gives(na, spanOf(y) ?? "")) continue;
      const [tx, ty] = [measuredBy(x), measuredBy(y)];
      // ("spent three days in hospital" / "three weeks in rehabilitation": two stays; "the two-day
      // summit" / "two weeks of talks": two things measured.)
      const differ = (p: string | null, r: string | null) => p !== null && r !== null && p !== r && !synonymous(p, r) && !newsEquivalent(p, r);
      const [thingX, thingY] = [tx ?? ofWhat(a, x), ty ?? ofWhat(b, y)];
      if (differ(thingX, thingY) || differ(whereOf(a, x), whereOf(b, y))) continue;
      const oneThing =
        (thingX !== null && thingX === thingY) ||
        (tx !== null && ty !== null && (synonymous(tx, ty) || newsEquivalent(tx, ty))) ||
        (prisonTerm(a, x) && prisonTerm(b, y)) ||
        sameVerb(a, x, b, y, countedEvent);
      if (!oneThing) continue;
      figures.add(x).add(y);
      findings.push({
        type: NUMBERS_RULE.type,
        severity: S.unitSlipped,
        spans: [span(0, writtenSpan(a, x)), span(1, writtenSpan(b, y))],
        explanation: `${a.label} gives ${q(asWritten(a, x))}; ${b.label} gives ${q(asWritten(b, y))}.`,
      });
      break;
    }
  }
  return { findings, figures };
}

/** "unanimously", "a unanimous vote": no one voted against, not negated ("not unanimous"). */
const UNANIMOUS = /\b(?<!not\s)unanimous(?:ly)?\b/i;

/**
 * A split tally against a vote one side calls unanimous ("In a 2-1 decision" / "unanimously upheld"):
 * one vote told two ways. `swapped`: `self` is the second side.
 */
function unanimity(self: Side, other: Side, swapped = false): Finding[] {
  const split = self.features.numbers.find((n) => n.unit === "tally" && !insideQuotation(self.features, n) && Number(n.value.split("-")[1]) > 0);
  if (!split || other.features.numbers.some((n) => n.unit === "tally")) return [];
  const said = UNANIMOUS.exec(other.features.text);
  if (!said) return [];
  const word = { start: said.index, end: said.index + said[0].length };
  if (insideQuotation(other.features, word)) return [];
  const [first, second] = swapped ? [other, self] : [self, other];
  const [x, y] = swapped ? [word, split] : [split, word];
  return [
    {
      type: NUMBERS_RULE.type,
      severity: S.differs,
      spans: [span(0, x), span(1, y)],
      explanation: `${first.label} gives ${q(first.features.text.slice(x.start, x.end))}; ${second.label} gives ${q(second.features.text.slice(y.start, y.end))}.`,
    },
  ];
}

/**
 * What an "N-time" figure counts the times of, past the names before it: "a four-time NBA all-star"
 * -> "star", "a five-time NBA All-Defensive Team honoree" -> "honoree"; null when no lower-case word follows.
 */
function honourOf(side: Side, n: NumberMention): string | null {
  if (n.unit !== "time") return null;
  const after = side.features.tokens.filter((t) => t.start >= n.end).slice(0, 8);
  let head: Token | undefined;
  // (A title in capitals is its own last word: "a four-time All-Star" -> "star".)
  let capital: Token | undefined;
  for (const [k, t] of after.entries()) {
    if (t.text === "-") continue;
    if (/^\p{Lu}/u.test(t.text)) {
      if (head === undefined && (after[k - 1]?.text === "-" || after[k + 1]?.text === "-" || capital === undefined)) capital = t;
      continue;
    }
    // A word of a hyphenated compound ("all-star"), or a noun or adjective of the phrase.
    const joined = after[k + 1]?.text === "-" || after[k - 1]?.text === "-";
    if (!/^\p{Ll}/u.test(t.text) || (!joined && t.pos !== "NOUN" && t.pos !== "ADJ")) break;
    head = t;
  }
  return head?.lemma ?? capital?.lower ?? null;
}

/** Two "N-time" figures of two honours ("a four-time all-star" / "a five-time All-Defensive Team honoree"): two counts. */
function twoHonours(a: Side, x: NumberMention, b: Side, y: NumberMention): boolean {
  const [hx, hy] = [honourOf(a, x), honourOf(b, y)];
  return hx !== null && hy !== null && hx !== hy && !synonymous(hx, hy);
}

/** An ordinal and the noun it ranks ("sixth floor", "sixth-floor unit", "9th round"), outside quotations. */
interface Ranked {
  rank: number;
  noun: string;
  start: number;
  end: number;
  /** It ranks a person ("the first suspect", "the 21st head coach"). */
  person: boolean;
  /** It is said of the subject ("She became the third woman", "was named the 21st coach", "Smith, the first suspect,"), not the subject itself. */
  predicate: boolean;
  /** The two words after the noun phrase ("to lead" of "the third woman to lead the agency"), lower-case. */
  after: string;
}

/** Parts of a year an ordinal ranks, and the year that makes them a date ("of 2025"). */
const YEAR_PARTS = new Set(["quarter", "half"]);
const PART_OF_YEAR = /^\s+of\s+(?:19|20)\d{2}\b/;

/** Words of a name at most between a rank and the noun it ranks ("24th Grand Slam title"). */
const NAMED_RANK_WORDS = 3;

/** Words after a ranked noun that narrow it to one opponent ("victory over Thompson", "win against Spain"). */
const AGAINST = /^(?:over|against|versus|vs)\b/;

/** Long parts of a game or a race, each holding many plays ("the first quarter", "the third inning"; not "the 88th minute"). */
const GAME_PARTS = new Set(["quarter", "half", "period", "inning", "innings", "round", "set", "lap", "frame", "stage", "leg"]);

/** Places on a field an ordinal names, each its own ("first base", "third base"). */
const FIELD_PLACES = new Set(["base", "baseman"]);

/** Words before a rank said of the subject: "is the third", "became the first", "named the 21st", "as the fourth". */
const PREDICATE_BEFORE = new Set(["be", "become", "name", "appoint", "elect", "as"]);

function ordinalsOf(side: Side): Ranked[] {
  const tokens = side.features.tokens;
  const out: Ranked[] = [];
  tokens.forEach((t, i) => {
    const rank = ORDINAL_WORDS[t.lower] ?? (/^\d{1,3}(?:st|nd|rd|th)$/.test(t.lower) ? Number.parseInt(t.lower, 10) : undefined);
    if (rank === undefined || !/^[\p{Ll}\d]/u.test(t.text) || insideQuotation(side.features, t)) return;
    let k = tokens[i + 1]?.text === "-" ? i + 2 : i + 1;
    // A rank by size: "the second-largest shareholder", "the third biggest city".
    if (tokens[k]?.pos === "ADJ" && /est$/.test(tokens[k]?.lower ?? "")) k += 1;
    // A name between the rank and its noun is part of what is ranked: "his 24th Grand Slam title" ranks
    // Grand Slam titles, not Wimbledon ones.
    const named: string[] = [];
    while (named.length < NAMED_RANK_WORDS && tokens[k]?.pos === "PROPN" && /^\p{Lu}/u.test(tokens[k]?.text ?? "")) named.push(tokens[k++]?.lower ?? "");
    const noun = tokens[k];
    // Not "the first time" / "the second time": each is its own occasion, not one thing ranked two ways.
    // Nor "first base" / "third base": each a place on the field (a player moves from one to the other).
    if (!noun || noun.pos !== "NOUN" || !/^\p{Ll}/u.test(noun.text) || noun.lemma === "time" || FIELD_PLACES.has(noun.lemma)) return;
    // Nor a part of a year given with its year ("the second quarter of 2025"): a date, which `dates` compares
    // ("the first half of the year" is not one it reads, and stays a rank here).
    if (YEAR_PARTS.has(noun.lemma) && PART_OF_YEAR.test(side.features.text.slice(noun.end))) return;
    // A person ranked ("the first suspect", "the 21st head coach"): the head of the noun, a compound's last word.
    const head = tokens[k + 1]?.pos === "NOUN" && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? "") ? (tokens[k + 1] as Token) : noun;
    const person = AGENT_KINDS.has(head.lemma) || kindOf(head.lemma, "person", PERSON_DEPTH);
    const before = tokens.slice(Math.max(0, i - 4), i).map((w) => w.lemma);
    // (Or in apposition to a name: "Smith, the first suspect, was arrested".)
    const apposed = tokens[i - 1]?.lower === "the" && tokens[i - 2]?.text === "," && tokens[i - 3]?.pos === "PROPN";
    const predicate = apposed || before.some((w) => PREDICATE_BEFORE.has(w));
    const rest = tokens.slice(tokens.indexOf(head) + 1).filter((w) => /[\p{L}\p{N}]/u.test(w.text)).slice(0, 2);
    out.push({ rank, noun: [...named, noun.lemma].join(" "), start: t.start, end: noun.end, person, predicate, after: rest.map((w) => w.lower).join(" ") });
  });
  return out;
}

/** Every rank a side writes in figures, with its noun or without ("in the 81st", "the 23rd and 81st minutes"). */
function ranksOf(side: Side): Set<number> {
  return new Set(side.features.tokens.filter((t) => /^\d{1,3}(?:st|nd|rd|th)$/.test(t.lower) && !insideQuotation(side.features, t)).map((t) => Number.parseInt(t.lower, 10)));
}

/**
 * One thing ranked two ways: "a sixth-floor unit" / "the ninth floor", "the 88th minute" / "the 84th
 * minute"; not a rank the other side also gives, with its noun or without ("in the 23rd minute and
 * ... in the 81st" / "in the 23rd and 81st minutes": two goals, both given). A person ranked two
 * ways is high only when both say it of the subject in one frame ("She became the third woman to
 * lead the agency" / "the fourth woman to lead the agency"); otherwise low: "the first suspect" /
 * "the second suspect" are most often two people, and "named the 21st head coach" / "the fourth
 * head coach since 2010" two counts.
 */
function ordinals(a: Side, b: Side): Finding[] {
  const [oa, ob] = [ordinalsOf(a), ordinalsOf(b)];
  const [ra, rb] = [ranksOf(a), ranksOf(b)];
  const out: Finding[] = [];
  // (A rank the other side gives in the same words, as a date it does not compare here: "in its first
  // quarter survey" / "in the first quarter of 2003".)
  const writes = (side: Side, r: Ranked, other: Side) => other.features.text.toLowerCase().includes(side.features.text.slice(r.start, r.end).toLowerCase());
  for (const x of oa) {
    if (ob.some((y) => y.noun === x.noun && y.rank === x.rank) || oa.some((o) => o !== x && o.noun === x.noun) || rb.has(x.rank) || writes(a, x, b)) continue;
    const others = ob.filter((y) => y.noun === x.noun);
    const y = others[0];
    if (!y || others.length > 1 || oa.some((o) => o.noun === x.noun && o.rank === y.rank) || ra.has(y.rank) || writes(b, y, a)) continue;
    // A rank against one opponent and one over a career are two counts: "his second victory over
    // Thompson" / "his 58th victory".
    if (AGAINST.test(x.after) !== AGAINST.test(y.after)) continue;
    // A long part of a game holds many plays: "returned an interception early in the first quarter" /
    // "fumbled later in the second quarter" are two plays, unless the same thing is done in them.
    if (GAME_PARTS.has(x.noun) && !doneAlike(a, b)) continue;
    out.push({
      type: NUMBERS_RULE.type,
      severity: (x.person || y.person) && !(x.predicate && y.predicate && x.after === y.after) ? S.personRanked : S.differs,
      spans: [span(0, x), span(1, y)],
      explanation: `${a.label} gives ${q(a.features.text.slice(x.start, x.end))}; ${b.label} gives ${q(b.features.text.slice(y.start, y.end))}.`,
    });
  }
  return out;
}

/** Words that count one person: "a man", "one woman". */
const ONE = new Set(["a", "an", "one"]);
/** Words between "and" and the next part of a list of people: "a man and his two kids". */
const LIST_DETERMINERS = new Set(["his", "her", "their", "its", "the"]);
/** Adjectives a listed part may carry before its noun: "two young children". */
const LIST_ADJECTIVES = 2;

/** The count a token gives ("two" 2, "a" 1), or NaN. */
function countOf(t: Token | undefined): number {
  if (!t) return NaN;
  if (ONE.has(t.lower)) return 1;
  return t.pos === "NUM" ? numericValue(tokenKey(t)) : NaN;
}

/** One part of a list of people at token k ("two men", "a young woman"): its count and the token after its noun, or null. */
function listedPart(tokens: readonly Token[], k: number): { count: number; next: number } | null {
  const count = countOf(tokens[k]);
  if (!Number.isFinite(count)) return null;
  let m = k + 1;
  while (tokens[m]?.pos === "ADJ" && m - k <= LIST_ADJECTIVES) m += 1;
  const noun = tokens[m];
  if (!noun || noun.pos !== "NOUN") return null;
  // A body of people counted by its members: "15 crew", "15 crew members", "30 staff"; not a thing
  // named for it ("40 staff parking spaces", "12 armored personnel carriers", "15 crew cabins").
  if (PEOPLE_BODIES.has(noun.lemma)) {
    const after = tokens[m + 1];
    if (after?.lemma === "member") return { count, next: m + 2 };
    return after?.pos === "NOUN" ? null : { count, next: m + 1 };
  }
  if (!(AGENT_KINDS.has(noun.lemma) || kindOf(noun.lemma, "person", PERSON_DEPTH))) return null;
  return { count, next: m + 1 };
}

/** Bodies of people a count counts the members of ("15 crew", "30 staff"): WordNet files them as groups, not persons. */
const PEOPLE_BODIES = new Set(["crew", "staff", "personnel"]);

/**
 * The number of people a list counts when the figure is one of its parts ("two men and a woman": 3;
 * "a man and his two kids": 3; "three men, two women and a child": 6), or null when the figure is
 * not part of such a list.
 */
export function listTotal(side: Side, n: NumberMention): number | null {
  const tokens = side.features.tokens;
  const at = tokens.findIndex((t) => t.start === n.start);
  if (at === -1) return null;
  // The list may start up to a few parts before the figure: try each start that reaches it.
  for (let from = Math.max(0, at - 12); from <= at; from += 1) {
    let part = listedPart(tokens, from);
    if (!part) continue;
    let total = part.count;
    let parts = 1;
    let joined = false;
    let covers = from === at;
    for (;;) {
      let k = part.next;
      const sep = tokens[k]?.lower;
      if (sep !== "," && sep !== "and") break;
      if (sep === "and") joined = true;
      k += 1;
      if (sep === "," && tokens[k]?.lower === "and") {
        joined = true;
        k += 1;
      }
      if (LIST_DETERMINERS.has(tokens[k]?.lower ?? "")) k += 1;
      const next = listedPart(tokens, k);
      if (!next) break;
      covers ||= k === at;
      total += next.count;
      parts += 1;
      part = next;
    }
    if (parts >= 2 && joined && covers) return total;
  }
  return null;
}


/** Words between a count and its noun that make it a count of another set ("three other women"). */
const OTHER_SET = /^(other|more|additional|another|further)$/i;
/** The words before a figure that close a list it adds to: "Egypt, Mongolia, Tunisia and at least ". */
const LIST_BEFORE = /,[^,.;]{1,40},?\s+and\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|almost\s+)?$/i;

/** The figure counts what a list before it leaves out ("Egypt, Mongolia and three other governments"). */
function afterList(side: Side, n: NumberMention): boolean {
  return LIST_BEFORE.test(side.features.text.slice(Math.max(0, n.start - 120), n.start));
}

/** The first word after a figure's number ("three other women" -> "other"; "18 other injured passengers", whose noun the figure's mention may not reach). */
function wordAfterNumber(side: Side, n: NumberMention): string {
  const tokens = side.features.tokens;
  const k = tokens.findIndex((t) => t.start > n.start && t.pos !== "NUM");
  const after = tokens[k];
  const before = tokens[k - 1];
  return after && (after.start <= n.end || (before !== undefined && before.end === n.end)) ? after.lower : "";
}

/**
 * A rate: "a", "per", "each" or "every" and a unit of time or measure right after the figure and its
 * noun ("12 people a day", "$15 an hour"), or after a plural the tagger left out of the figure ("7
 * rebounds a game"); not a time ("a year earlier", "a day after the election", "a week ago").
 */
const RATE = /^\s*(\p{Ll}+s\s+)?(?:a|an|per|each|every)\s+(\p{L}+)(?:\s+(\p{L}+))?/u;
/** Spans of time a rate is per: the same figure per two of them is one figure wrong. */
const TIME_SPANS = new Set(["year", "quarter", "month", "week", "day", "night", "hour", "minute"]);
/** Nouns a rate is per. */
const RATE_NOUNS = new Set("game match season year quarter month week day hour minute night person capita mile kilometre kilometer gallon litre liter barrel pound kilo kilogram ton tonne".split(" "));
/** Words after "a day", "a year" that make it a time, not a rate. */
const NOT_A_RATE = new Set(["ago", "earlier", "later", "before", "after", "prior", "when", "since", "from", "into", "or"]);

/** What a figure is a rate per ("eight rebounds a game": "game"), or null for a count. */
const RATE_ADVERBS: ReadonlyMap<string, string> = new Map([["annually", "year"], ["yearly", "year"], ["quarterly", "quarter"], ["monthly", "month"], ["weekly", "week"], ["daily", "day"], ["nightly", "night"], ["hourly", "hour"]]);
const RATE_ADVERB = /^\s*(annually|yearly|quarterly|monthly|weekly|daily|nightly|hourly)\b/i;
const RATE_ADJECTIVE = /\b(annual|yearly|quarterly|monthly|weekly|daily|nightly|hourly)\s+(?:[\p{L}-]+\s+){0,3}(?:(?:of|to|at|was|is|reached|rose\s+to|fell\s+to)\s+)?[$€£]?\s*$/iu;

export function rateOf(side: Side, n: NumberMention): string | null {
  // A speed's "per hour" is its unit ("50 miles per hour" is "50 mph"), not a rate of a count.
  if (n.unit === "mph" || n.unit === "kph") return null;
  const after = side.features.text.slice(n.end, n.end + 40);
  // A rate in one word: "$2.1 million annually" is "$2.1 million a year".
  const adverb = RATE_ADVERB.exec(after)?.[1]?.toLowerCase();
  if (adverb) return RATE_ADVERBS.get(adverb) ?? null;
  // Or before it, as an adjective of what it measures: "annual tuition to $4,794".
  const adjective = RATE_ADJECTIVE.exec(side.features.text.slice(Math.max(0, n.start - 40), n.start))?.[1]?.toLowerCase();
  if (adjective) return RATE_ADVERBS.get(adjective === "annual" ? "annually" : adjective) ?? null;
  const m = RATE.exec(after);
  if (!m || (m[1] !== undefined && n.unit !== null)) return null;
  const per = (m[2] ?? "").toLowerCase().replace(/s$/, "");
  return RATE_NOUNS.has(per) && !NOT_A_RATE.has((m[3] ?? "").toLowerCase()) ? per : null;
}

/** A figure that is a difference, not an amount: "13 more than Buford", "five fewer than last year", "rose by 5". */
export function isMargin(side: Side, n: NumberMention): boolean {
  const text = side.features.text;
  // ("The ferry went down 3 hours later": a time after an event, not a fall of three hours.)
  if (LATER.test(text.slice(n.start, n.end + 24))) return false;
  return MARGIN_AFTER.test(text.slice(n.end, n.end + 24)) || MARGIN_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start));
}
/** A span of time told from an event: "3 hours later", "two days after", "a week earlier". */
const LATER = /^\S+(?:\s+\S+)?\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:later|after|earlier|before|ago)\b/i;
/** "13 more than", "five fewer deaths than". */
const MARGIN_AFTER = /^\s*(?:more|fewer|less|higher|lower|greater|smaller|bigger|larger|longer|shorter)\s+(?:\p{L}+\s+)?than\b/iu;
/** "rose by 5", "soared $5.27", "fell 3 percent", "was down 2.1 percent": a change, after a verb (or "up", "down") of change and an optional "by"; not "voted down by 68%", "turned down by". */
const MARGIN_BEFORE = /\b(?:rose|risen|rises|rising|fell|fallen|falls|falling|grew|grown|grows|dropped|drops|climbed|climbs|jumped|jumps|increased|increases|decreased|decreases|declined|declines|gained|gains|soared|soars|slipped|slips|slumped|slumps|plunged|plunges|surged|surges|(?<!\b(?:voted|vote|votes|turned|turn|shot|struck|knocked|brought|pulled|backed|signed)\s)(?:up|down))\s+(?:by\s+)?[$€£]?\s*$/i;

/** Words after a figure that set it against a noun it moves from or to: "cut $3 million from the police budget". */
const MOVED = /^\s*(?:from|to|into|out\s+of|toward|towards|against|off)\b/i;

/** Words after a figure that say where the counted things are, in a noun after them: "tens of thousands more in countries around the Indian Ocean". */
const LOCATED = /^\s*(?:(?:more|others?)\s+)?(?:in|at|across|around|throughout|inside|outside)\b/i;

/**
 * The noun comes after the figure, beyond a word it moves from or to ("$3 million from the budget"),
 * or one that says where the figure's things are ("tens of thousands more in countries around the
 * Indian Ocean"): the figure is not the noun's.
 */
function movedAgainst(side: Side, n: NumberMention, noun: string): boolean {
  const after = side.features.tokens.filter((t) => t.start >= n.end);
  const at = after.findIndex((t) => t.lemma === noun);
  const between = side.features.text.slice(n.end, after[at]?.start ?? n.end);
  return at >= 0 && (MOVED.test(between) || LOCATED.test(between));
}

/** Words before a figure that make the noun before them the counted things' own: "the data of", "information belonging to". */
const OWNERS_BEFORE = /\b(?:of|belonging\s+to|owned\s+by|held\s+by)\s+(?:(?:the|some|about|nearly|almost|roughly|more\s+than|at\s+least|an\s+estimated)\s+)*[$€£]?\s*$/i;

/** Verbs that tell who gave a count, not what happened: "reported 78 cases", "recorded 312 cases", "confirmed 12 deaths". */
const TELLING = new Set(["report", "record", "confirm", "count", "announce", "say", "tally", "estimate", "accord", "publish"]);
/** Verbs that tie the counted things to another noun, not an event: "information belonging to 5.6 million customers", "a crowd numbering 3,000". */
const RELATING = new Set(["belong", "comprise", "number", "total"]);

/**
 * What a figure counts happened: the verb nearest it, unless that verb only tells who counted
 * ("reported 78 cases" / "has grown to 87 cases" is one count) or ties the counted things to another
 * noun ("data belonging to 5.6 million customers" / "the data of 6.5 million customers was stolen").
 */
const countedEvent: EventWord = (side, m) => {
  // A death toll counts deaths, whatever verb moves it ("the death toll has risen to 74" / "killed 47 people").
  const toll = side.features.numbers.find((n) => n.start === m.start && n.nouns.includes("toll"));
  if (toll) return { text: "died", lower: "died", lemma: "die", pos: "VERB", stop: false, start: toll.start, end: toll.end };
  // "Five people are dead", "14 injured": a state the counted things are in tells what happened to them.
  const tokens = side.features.tokens;
  const next = tokens.findIndex((t) => t.start >= m.end);
  const state = [tokens[next], tokens[next]?.lemma === "be" ? tokens[next + 1] : undefined].find((t) => t?.pos === "ADJ" && EVENT_VERBS.has(t.lemma));
  if (state) return { ...state, pos: "VERB" };
  const verb = verbNear(side, m);
  return verb && (TELLING.has(verb.lemma) || RELATING.has(verb.lemma)) ? undefined : verb;
};

/** "up from 61", "down from $3.1 billion", "compared with 40", "versus 12": the figure the change started from. */
const PRIOR_BEFORE = /\b(?:(?:up|down|increased?|increasing|rose|risen|rising|fell|fallen|falling|dropped|declined|climbed|jumped)\s+from|compared\s+(?:with|to)|versus|vs\.?)\s+[$€£]?\s*$/i;
/** "from 61 to 78": the first figure is where the change started. */
const FROM_BEFORE = /\bfrom\s+[$€£]?\s*$/i;
const TO_AFTER = /^[^.;,]{0,20}?\bto\s+[$€£]?\s*\d/i;
/** "fell to $3.1 billion from $3.4 billion", "to 25 cents a share from 12 cents": a figure, then "from" and the figure it came from. */
const FIGURE_FROM = /\d(?:[\d.,]*\d)?%?(?:\s+\p{L}+){0,3}\s+from\s+[$€£]?\s*$/iu;

/** The figure a change started from, set against the figure it came to: "up from 61", "from 61 to 78", "to $3.1 billion from $3.4 billion". */
export function isPrior(side: Side, n: NumberMention): boolean {
  const text = side.features.text;
  const before = text.slice(Math.max(0, n.start - 32), n.start);
  return PRIOR_BEFORE.test(before) || FIGURE_FROM.test(before) || (FROM_BEFORE.test(before) && TO_AFTER.test(text.slice(n.end, n.end + 32)));
}

const BOUNDS: Array<[RegExp, (bound: number, value: number) => boolean]> = [
  // ("More than a dozen", "nearly a hundred": a count word after "a".)
  [/\b(?:more than|over|at least|upwards of|in excess of)\s*(?:a\s+)?$/i, (bound, value) => value >= bound],
  [/\b(?:less than|under|fewer than|up to|at most|nearly|almost)\s*(?:a\s+)?$/i, (bound, value) => value <= bound],
  [/\b(?:about|around|roughly|approximately|some|an estimated)\s*$/i, (bound, value) => Math.abs(value - bound) / Math.max(Math.abs(bound), 1e-9) <= 0.1],
];
/** The index in `BOUNDS` from which a bound is an estimate, not a floor or a ceiling. */
const ESTIMATE_BOUND = 2;
/** Significant digits from which an estimate is a precise figure ("about 312,000"), not a range. */
const PRECISE_DIGITS = 3;

/** Words that give a figure as an estimate or a bound: "about 30", "nearly 500", "more than $1 million", "an estimated 2,000". */
const ESTIMATE_WORDS = "more than|over|at least|upwards of|in excess of|less than|under|fewer than|up to|at most|nearly|almost|about|around|roughly|approximately|some|an estimated|close to|just over|just under";
const ESTIMATE = new RegExp(String.raw`\b(?:${ESTIMATE_WORDS})\s*[$€£]?\s*$`, "i");
/** A figure's estimate or bound and its currency, as written before it. */
const WRITTEN_BEFORE = new RegExp(String.raw`(?:\b(?:${ESTIMATE_WORDS})\s+(?:a\s+)?)?(?:\b(?:minus|negative)\s+)?[$€£]?\s*$`, "i");

/** The figure is given as an estimate or a bound, not as a count. */
function estimated(side: Side, n: NumberMention): boolean {
  return ESTIMATE.test(side.features.text.slice(Math.max(0, n.start - 24), n.start));
}

/** A figure as the outlet wrote it, with its estimate or bound and its currency: "More than 300 firefighters", "$3.1 billion". */
function asWritten(side: Side, n: NumberMention): string {
  return textOf(side, writtenSpan(side, n));
}

/** Where the figure stands as written: with its currency, estimate or bound, or as the whole range it ends. */
function writtenSpan(side: Side, n: NumberMention): { start: number; end: number } {
  const text = side.features.text;
  // A range's end is shown with the range ("between 10 and 12 villages", "20 to 25 villages").
  const range = rangeOf(side, n);
  let start = n.start;
  let end = n.end;
  if (range) {
    const last = side.features.numbers.find((m) => m.end === range.end) ?? n;
    [start, end] = [range.start, Math.max(range.end, last.end)];
  } else {
    const before = text.slice(Math.max(0, n.start - 24), n.start);
    start = n.start - (WRITTEN_BEFORE.exec(before)?.[0] ?? "").length;
  }
  while (start < end && /\s/.test(text[start] ?? "")) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end -= 1;
  return { start, end };
}

/** `x` is given as a bound ("more than $1 million", "about 30") that `y` keeps. */
function withinBound(side: Side, x: NumberMention, y: NumberMention, other?: Side): boolean {
  const [bound, value] = [numericValue(x.value), numericValue(y.value)];
  if (!Number.isFinite(bound) || !Number.isFinite(value)) return false;
  // A range holds every figure between its ends ("between 10 and 12 villages" / "11 villages").
  const range = rangeOf(side, x);
  if (range && !(other && rangeOf(other, y))) return range.lo <= value && value <= range.hi;
  const kind = boundKind(side, x);
  if (other && twoBounds(side, x, other, y)) return false;
  // Two estimates written to three or more digits ("about 312,000" / "about 321,000") are two precise
  // figures politely rounded, not a range that holds both.
  if (other && kind >= ESTIMATE_BOUND && estimated(other, y) && significantDigits(x.value) >= PRECISE_DIGITS && significantDigits(x.value) === significantDigits(y.value)) return false;
  // An estimate written with decimals says its precision ("about $12.6 billion"): it does not hold "$13.2 billion".
  if (kind >= ESTIMATE_BOUND && apartInLastPlace(x.value, y.value)) return false;
  return kind >= 0 && (BOUNDS[kind] as (typeof BOUNDS)[number])[1](bound, value);
}

/** Words before a date that make it the time a count is told as of: "By 9 a.m.", "as of Tuesday night", "by late Tuesday". */
const STAMP_BEFORE = /\b(?:by|as of|as at)\s+(?:late\s+|early\s+)?$/i;

/** The date (as `features` reads dates) a sentence's count is told as of, or null. */
function stampOf(f: SentenceFeatures): string | null {
  return f.dates.find((m) => STAMP_BEFORE.test(f.text.slice(Math.max(0, m.start - 16), m.start)))?.key ?? null;
}

/** Things of opposite kinds: a figure of one is never a figure of the other. */
const OPPOSITE_KINDS: ReadonlyArray<readonly [string, string]> = [
  ["man", "woman"], ["boy", "girl"], ["male", "female"], ["adult", "child"], ["father", "mother"], ["son", "daughter"], ["husband", "wife"], ["brother", "sister"],
  // People against animals in a trial: "2,000 patients" / "2,000 mice".
  ...["patient", "participant", "volunteer", "people", "person", "adult", "subject"].flatMap((human) => ["mouse", "rat", "monkey", "animal", "pig", "dog"].map((animal) => [human, animal] as const)),
  // An outbreak's counts: the ill, the hospitalised and the dead are three tallies ("1,200 new cases" / "1,200 new deaths").
  ...["case", "infection"].flatMap((ill) => ["death", "fatality", "hospitalization", "hospitalisation"].map((worse) => [ill, worse] as const)),
  ["hospitalization", "death"], ["hospitalisation", "death"], ["injury", "death"], ["injury", "fatality"],
  // The two sides of a clash: security forces and those they face ("12 police officers were injured" / "12 protesters").
  ...["officer", "police", "policeman", "soldier", "troop"].flatMap((force) => ["protester", "demonstrator", "civilian", "militant", "rioter"].map((faced) => [force, faced] as const)),
  ["civilian", "militant"], ["civilian", "combatant"], ["civilian", "fighter"],
];


/** A rank on a scale before a figure: "magnitude 7.1", "a Category 4", "level 3". */
/**
 * A distance and the place it is measured from ("13 miles east of Cloverdale", "40 km from Kabul",
 * "two miles outside Tulsa", "2 miles from the victim's home"): the words before the place, then the
 * place's words up to a clause's end or the next phrase.
 */
const DISTANCE_FROM = /^\s+(?:away\s+)?((?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northeast|northwest|southeast|southwest|upstream|downstream|offshore|inland)\s+of|from|outside|off)\s+(?:(?:the|a|an|his|her|their|its)\s+)?((?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+?)(?=\s*(?:[,.;:()]|$|\s(?:and|at|in|on|near|where|after|before|when|while|was|is|were|are|said|says)\b))/u;

/**
 * The place a distance is measured from, by its words (lower case, "'s" dropped), and whether the
 * words say it is a position ("13 miles east of Cloverdale", "off the coast", "outside Tulsa") rather
 * than where a movement began ("falling about 200 feet from a ridge"); null for another figure or a
 * distance from nowhere said.
 */
function placeMeasuredFrom(side: Side, n: NumberMention): { words: Set<string>; position: boolean } | null {
  if (UNITS.get(n.unit ?? "")?.quantity !== "length") return null;
  const m = DISTANCE_FROM.exec(side.features.text.slice(n.end));
  if (!m?.[1] || !m[2]) return null;
  return { words: new Set(m[2].toLowerCase().replace(/['’]s\b/g, "").split(/\s+/)), position: !/^from$/i.test(m[1]) || /\baway\s*$/i.test(m[0].slice(0, m[0].indexOf(m[1]))) };
}

/**
 * Two distances measured from two places ("13 miles east of Cloverdale" / "23 miles north of Santa
 * Rosa", "2 miles from the victim's home" / "5 miles from the school"), or a position against a
 * distance from no place ("13 miles east of Cloverdale" / "at a depth of 8 miles"): two measures, not one.
 */
function fromTwoPlaces(a: Side, x: NumberMention, b: Side, y: NumberMention): boolean {
  const [px, py] = [placeMeasuredFrom(a, x), placeMeasuredFrom(b, y)];
  if (px !== null && py !== null) return ![...px.words].some((w) => py.words.has(w));
  return (px?.position ?? false) || (py?.position ?? false);
}

const RANK_BEFORE = /\b(?:magnitude|category|level|stage|phase|grade|tier|force)\s*$/i;

/**
 * Figures that say their own precision and are read once: a rank on a scale ("magnitude 7.1"). Not a
 * price, a rate or an index level ("$9.99", "4.46 percent", "1,766.60"), which two outlets may read at
 * two times, nor a sum ("revenue of $17.9 billion" / "analysts expected revenue of $17.7 billion"),
 * which an earnings story gives for the quarter, the year before and the forecast.
 */
function ownPrecision(a: Side, x: NumberMention, b: Side, y: NumberMention): boolean {
  const ranked = (side: Side, n: NumberMention) => RANK_BEFORE.test(side.features.text.slice(Math.max(0, n.start - 16), n.start));
  return ranked(a, x) && ranked(b, y);
}

/**
 * Two figures written with decimals, of one scale, more than one unit of their last decimal place
 * apart ("magnitude 7.1" / "6.8", "about $12.6 billion" / "$13.2 billion"): each says its precision,
 * and neither is the other rounded or nudged; "$2.5 billion" / "$2.6 billion" is.
 */
function apartInLastPlace(x: string, y: string): boolean {
  const parts = (v: string) => {
    const [mantissa = "", scale = ""] = v.replace(/%$/, "").split(" ");
    return { value: Number.parseFloat(mantissa.replace(/[^\d.-]/g, "")), places: /\.(\d+)/.exec(mantissa)?.[1]?.length ?? 0, scale };
  };
  const [px, py] = [parts(x), parts(y)];
  if (px.places === 0 || py.places === 0 || px.scale !== py.scale || !Number.isFinite(px.value) || !Number.isFinite(py.value)) return false;
  const step = 10 ** -Math.min(px.places, py.places);
  return Math.abs(px.value - py.value) > step * (1 + 1e-9);
}


/** Right after a figure, a part of it: ", including 300 through attrition", "(including the gunman)". */
const INCLUDING_AFTER = /^[^.;]{0,20}?[,(]\s*(?:including|among them|of whom|of which)\b/i;

/** Counts of posts (`COUNTED_EQUIVALENTS`' "job": jobs, positions, posts), and of the people who hold them. */
const JOBS = new Set([...COUNTED_EQUIVALENTS].filter(([, kind]) => kind === "job").map(([word]) => word));
const STAFF = new Set(["worker", "employee", "staffer", "staff"]);

/** Words of a market's quotes: a share given with them moves by the minute ("the 10-year note yield", "shares of", "the index"). */
const MARKET = /\b(?:yields?|bonds?|notes?|treasur(?:y|ies)|shares?|stocks?|index|indices|futures|currenc(?:y|ies)|exchange rate|mortgage rates?)\b/i;

/** A count labelled as an early one ("an early count", "initial reports", "preliminary figures"; a side's "latest" count may still be the older one), or one said to have grown since ("the death toll from the crash has risen to 57"). */
const UPDATE_WORDS = /\b(?:(?:early|earlier|initial|preliminary)\s+(?:count|tally|toll|figures?|estimates?|reports?|update)|(?:toll|count|tally)\s+(?:\p{L}+\s+){0,6}?(?:has|had|have)\s+(?:now\s+)?(?:risen|climbed|grown|increased|jumped|reached)\s+to)\b/iu;

/** Words before a figure that make "X to Y" a change, not a range: "fell $1.17 to $42.51", "up 34 points to 9,107". */
const MOVED_BEFORE = /\b(?:from|up|down|rise|rose|risen|rising|fall|fell|fallen|falling|drop|dropped|decline|declined|climb|climbed|gain|gained|lose|lost|jump|jumped|slip|slipped|slid|add|added|shed|cut|raise|raised|lower|lowered|increase|increased|decrease|decreased|grow|grew|grown|shrink|shrank|was|were|is|are)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?[$€£]?\s*$/i;

interface NumberRange {
  lo: number;
  hi: number;
  /** The range's words in the sentence ("between 10 and 12", "20 to 25"). */
  start: number;
  end: number;
}

/**
 * The range a figure opens or closes: "between 10 and 12", "20 to 25", "20-25", or null. "And" joins
 * a range only after "between"; "to" not after a verb of change ("fell $1.17 to $42.51" is a change,
 * "up 34 points to 9,107" a level reached), nor after "from".
 */
function rangeOf(side: Side, n: NumberMention): NumberRange | null {
  const text = side.features.text;
  const others = side.features.numbers;
  // (By place: the rule reads copies of the sentence's figures, with their units.)
  const at = others.findIndex((m) => m.start === n.start);
  if (at < 0) return null;
  const pair = (first: NumberMention | undefined, second: NumberMention | undefined): NumberRange | null => {
    if (!first || !second) return null;
    const joint = text.slice(first.end, second.start);
    const [lo, hi] = [numericValue(first.value), numericValue(second.value)];
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo >= hi) return null;
    // Both ends of one kind: "grew 2.9 percent to $15.7 billion" is a change and a level, not a range.
    if (first.value.endsWith("%") !== second.value.endsWith("%")) return null;
    const before = text.slice(Math.max(0, first.start - 40), first.start);
    // (The currency sign before the first figure is the range's: "$760 million to $790 million".)
    const sign = /[$€£]\s*$/.exec(before)?.[0].length ?? 0;
    const between = /\bbetween\s+[$€£]?\s*$/i.exec(before);
    if (/^\s*and\s*[$€£]?\s*$/i.test(joint) && between) return { lo, hi, start: first.start - between[0].length, end: second.end };
    if (/^\s*(?:to|[-–])\s*[$€£]?\s*$/i.test(joint) && !MOVED_BEFORE.test(before) && !between) return { lo, hi, start: first.start - sign, end: second.end };
    return null;
  };
  return pair(n, others[at + 1]) ?? pair(others[at - 1], n);
}

/**
 * Two floors ("at least 47" / "at least 74") or two ceilings: each outlet's least or most, two
 * counts that differ as figures do, not one bounding the other. (Two estimates, "about 150" /
 * "about 160", keep each other.)
 */
function twoBounds(a: Side, x: NumberMention, b: Side, y: NumberMention): boolean {
  const kind = boundKind(a, x);
  return kind >= 0 && kind < ESTIMATE_BOUND && boundKind(b, y) === kind;
}

/**
 * One figure bounded from above on one side and from below on the other, so that no count meets both:
 * "more than" (in excess of, just over) against "nearly" (almost, less than, fewer than, just under),
 * or either against "at most" / "at least"; "at least 40" / "up to 40" both hold 40. Not "over" and
 * "under" alone, as often where and how long as how many ("buried under 3 feet of snow", "repaid over
 * 10 years"), nor a bound denied ("no more than 50", "not fewer than 12").
 */
function aboveAndBelow(a: Side, x: NumberMention, b: Side, y: NumberMention): boolean {
  const before = (side: Side, n: NumberMention) => side.features.text.slice(Math.max(0, n.start - 24), n.start).replace(/[$€£]\s*$/, "");
  const bound = (side: Side, n: NumberMention) => {
    const words = before(side, n);
    return DENIED_BOUND.test(words) ? undefined : SIDED_BOUNDS.find((b) => b.pattern.test(words));
  };
  const [p, r] = [bound(a, x), bound(b, y)];
  if (p === undefined || r === undefined || p.above === r.above || !(p.strict || r.strict)) return false;
  // Of one event: not two verbs ("Nearly 200 people were injured" / "More than 200 people were
  // evacuated"); nor two times; nor a range's end ("between nearly 10 and more than 20 percent").
  const [doneX, doneY] = [countedEvent(a, x), countedEvent(b, y)];
  if (overlap(a.features, b.features).similarity < ONE_CLAIM || (doneX !== undefined && doneY !== undefined && !sameVerb(a, x, b, y, countedEvent))) return false;
  // Nor of two doers or places: "Republicans won" / "Democrats won", "died in Texas" / "died in Houston".
  // (A subject apart from the figure's own words: of "Fewer than 40 people were injured", the people;
  // with no verb read, the noun before the figure: "The suspect is more than 6 feet tall".)
  const doer = (side: Side, n: NumberMention, verb: Token | undefined) => {
    const t = subjectBefore(side.features.tokens, verb?.start ?? n.start);
    const bound = side.features.text.slice(0, n.start).search(BOUND_BEFORE);
    return t && (t.end <= (bound < 0 ? n.start : bound) || t.start >= n.end) ? t : undefined;
  };
  const [sx, sy] = [doer(a, x, doneX), doer(b, y, doneY)];
  if (sx && sy && sx.lemma !== sy.lemma && !synonymous(sx.lemma, sy.lemma) && !newsEquivalent(sx.lemma, sy.lemma)) return false;
  // (And told of one kind of them: "Republican candidates" / "Democratic candidates".)
  const kindOfDoer = (side: Side, t: Token) => {
    const tokens = side.features.tokens;
    const words: string[] = [];
    for (let k = tokens.indexOf(t) - 1; k >= 0 && ["ADJ", "PROPN", "NOUN"].includes(tokens[k]?.pos ?? ""); k -= 1) words.push(tokens[k]?.lemma ?? "");
    return words.sort().join(" ");
  };
  if (sx && sy && kindOfDoer(a, sx) !== kindOfDoer(b, sy)) return false;
  const [na, nb] = [a.features.names, b.features.names];
  if ([...na].some((n) => !nb.has(n)) && [...nb].some((n) => !na.has(n))) return false;
  const inARange = (side: Side, n: NumberMention) => rangeOf(side, n) !== null || /\b(?:between|from|range)\b/i.test(side.features.text.slice(Math.max(0, n.start - 40), n.start));
  return !twoTimes(a, b) && !inARange(a, x) && !inARange(b, y);
}

/** How alike two sentences must be, at least, for one figure bounded two ways to be one claim told two ways. */
const ONE_CLAIM = 0.75;

/** Bounds that put a count above a figure or below it, strictly or not, as `aboveAndBelow` reads them. */
const SIDED_BOUND_WORDS = [
  { words: "more than|in excess of|upwards of|just over", above: true, strict: true },
  { words: "at least", above: true, strict: false },
  { words: "less than|fewer than|nearly|almost|just under", above: false, strict: true },
  { words: "up to|at most", above: false, strict: false },
] as const;
const SIDED_BOUNDS = SIDED_BOUND_WORDS.map((b) => ({ ...b, pattern: new RegExp(String.raw`\b(?:${b.words})\s*(?:a\s+)?$`, "i") }));
/** A bound denied: "no more than 50", "not fewer than 12". */
const DENIED_BOUND = /\b(?:no|not)\s+(?:more|less|fewer)\s+than\s*(?:a\s+)?$/i;
/** Those bound words right before a figure, denied or not, and its currency. */
const BOUND_BEFORE = new RegExp(String.raw`\b(?:(?:no|not)\s+)?(?:${SIDED_BOUND_WORDS.map((b) => b.words).join("|")})\s*(?:a\s+)?[$€£]?\s*$`, "i");

/** One side tells its sentence of a year or a past period the other does not ("employed nearly 5,000 in 2020" / "now employs more than 5,000"). */
function twoTimes(a: Side, b: Side): boolean {
  // (Not its days: "on Monday" / "on Tuesday" of one event are the `dates` rule's to flag.)
  const when = (side: Side) =>
    [...side.features.text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => m[0]).sort().join(" ") +
    (PAST_PERIOD.test(side.features.text) ? " past" : "") +
    (/\b(?:now|currently|today)\b/i.test(side.features.text) ? " now" : "");
  return when(a) !== when(b);
}

/** Which of `BOUNDS` stands before a figure, or -1. */
function boundKind(side: Side, n: NumberMention): number {
  const before = side.features.text.slice(Math.max(0, n.start - 20), n.start).replace(/[$€£]\s*$/, "");
  return BOUNDS.findIndex(([pattern]) => pattern.test(before));
}

/** Nouns that count things without saying which kind. */
const ANY_THING = new Set("unit item piece thing part".split(" "));
/** Nouns that count people without saying which kind. */
const PEOPLE_IN_GENERAL = new Set("people person kid child individual resident adult".split(" "));
/** People in general of any age, of whom children are a kind. */
const PEOPLE_OF_ANY_AGE = new Set("people person individual resident".split(" "));
/** Of the people in general, the young: a kind only of young people ("two kids" / "two stepchildren"), not of any ("two leaders"). */
const CHILDREN = new Set(["kid", "child"]);
/** Nouns for young people by their age alone: a youth or a teenager may be called a man, a woman, a boy or a girl. */
const YOUNG_PEOPLE = new Set("youth teen teenager juvenile minor adolescent".split(" "));
/** Nouns for people by their sex alone. */
const PEOPLE_BY_SEX = new Set("man woman boy girl male female guy".split(" "));
/** Nouns that say who, not which person: an age of "a man" may be anyone's. */
const GENERIC_PEOPLE = new Set("man woman boy girl person child kid teen teenager victim baby infant toddler adult youth".split(" "));

/** The noun after "of" right after a figure's counted noun ("extension of tax cuts" -> "tax"), or null (also for a part of a whole). */
function ofWhat(side: Side, n: NumberMention): string | null {
  // A part of a whole counted beside it ("three of the train's eight carriages") is of what the whole counts, not of "train".
  const whole = side.features.numbers.find((m) => m.start >= n.end);
  if (whole && PART_OF.test(side.features.text.slice(n.end, whole.start))) return null;
  const after = side.features.tokens.filter((t) => t.start >= n.end).slice(0, 4);
  if (after[0]?.lower !== "of") return null;
  return after.slice(1).find((t) => t.pos === "NOUN" || t.pos === "PROPN")?.lemma ?? null;
}

/** The words after a span of time that make it a term in custody: "years in prison", "months in federal prison", "years behind bars". */
const IN_CUSTODY = /^\s*(?:\p{L}+\s+){0,2}?(?:in\s+(?:(?:a\s+)?(?:federal|state|county|maximum-security)\s+)?(?:prison|jail|custody)|behind\s+bars)\b/iu;

/** A term's own words after its span of time: "a five-year sentence", "a 10-year prison term". */
const TERM_AFTER = /^\s*(?:(?:prison|jail|custodial)\s+(?:sentence|term)|sentence)\b/i;
/** A verb of custody just before its span of time: "jailed for four years", "sentenced to 18 months", "imprisoned for life". */
const CUSTODY_BEFORE = /\b(?:jailed|imprisoned|incarcerated|locked\s+up|sentenced\s+to|put\s+behind\s+bars)\s+(?:for\s+)?(?:about\s+|nearly\s+|almost\s+|up\s+to\s+)?$/i;

/** Words before a term that make it one possible or asked for, not served: "a maximum", "up to", "faces", "sought", "recommended". */
const MAY_GET_BEFORE = /\b(?:maximum|minimum|max|up\s+to|faces?|facing|could|would|may|might|sought|seeks?|seeking|recommend(?:s|ed|ing)?|asked\s+for|request(?:s|ed|ing)?|demand(?:s|ed|ing)?|suspended)\b[^.;,]{0,20}$/i;

/** A span of time in custody: "seven years in prison", "18 months behind bars", "jailed for four years", "a five-year sentence". */
function prisonTerm(side: Side, n: NumberMention): boolean {
  if (n.unit === null || ![n.unit, ...n.nouns].some((u) => /^(?:day|week|month|year|decade)s?$/.test(u))) return false;
  const text = side.features.text;
  if (IN_CUSTODY.test(text.slice(n.end, n.end + 48))) return true;
  // A term the law allows or someone asks for is not one served ("carries a maximum five-year sentence",
  // "prosecutors sought a five-year sentence").
  if (MAY_GET_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start))) return false;
  // (The term's noun may be the figure's own: "five-year sentence".)
  const own = /\bsentence$/i.test(n.text) || /\b(?:prison|jail)\s+term$/i.test(n.text);
  return own || TERM_AFTER.test(text.slice(n.end, n.end + 24)) || CUSTODY_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start));
}

/** Where a figure's count is said to hold: the noun after "in", "across" or "throughout" just after it ("170,000 people in the province" -> "province"), or null. */
function whereOf(side: Side, n: NumberMention): string | null {
  const after = side.features.tokens.filter((t) => t.start >= n.end).slice(0, 5);
  // "17,000 jobs worldwide" / "2,200 workers in Washington state": the world's count and a state's.
  const everywhere = /^(worldwide|globally|nationwide|countrywide|statewide)$/.exec(after[0]?.lower ?? "");
  if (everywhere) return everywhere[1] ?? null;
  if (!/^(in|across|throughout)$/.test(after[0]?.lower ?? "")) return null;
  return after.slice(1).find((t) => t.pos === "NOUN" || t.pos === "PROPN")?.lemma ?? null;
}

/** A span of years: "from 2007 through 2014", "2007-2014", "between 2001 and 2008", "over those three decades", "in the past 10 years". */
const SPAN_OF_YEARS = /\b(?:(?:from|between)\s+(?:1[89]|20)\d{2}\s+(?:to|through|until|and)\s+(?:1[89]|20)\d{2}|(?:1[89]|20)\d{2}\s*[-\u2013]\s*(?:(?:1[89]|20)\d{2}|\d{2})\b|(?:over|in|during|for)\s+(?:the|those|these)\s+(?:past\s+|last\s+|previous\s+)?(?:\w+\s+)?(?:years|decades))/i;
/** One year: "last year", "this year", "in 2014", "for 2014". */
const ONE_YEAR = /\b(?:last|this|next|that)\s+year\b|\b(?:in|for|during)\s+(?:1[89]|20)\d{2}\b/i;

/** Whether a sentence speaks of one year or of a span of years, or null when it says neither (or both). */
function periodOf(text: string): "year" | "span" | null {
  const span = SPAN_OF_YEARS.test(text);
  const year = ONE_YEAR.test(text.replace(SPAN_OF_YEARS, ""));
  return span === year ? null : span ? "span" : "year";
}

/** A stretch of time up to now: "since 2005", "in the past 1½ years", "over the last 18 months". */
const SINCE_YEAR = /\bsince\s+((?:1[89]|20)\d{2})\b/i;
const PAST_STRETCH = /\b(?:in|over|during|for)\s+the\s+(?:past|last|previous)\s+(?:([^\s]+)\s+)?(years?|months?|weeks?|decades?)\b/i;
/** All the time there is: "in its history", "ever", "all-time". */
const WHOLE_HISTORY = /\b(?:in\s+(?:its|their|his|her|the\s+club's|the\s+team's)\s+history|all-time)\b/i;

/**
 * Counts of two stretches of time up to now ("14 cases since 2005" / "close to a dozen cases in the
 * past 1½ years"; "since 2005" / "since 2010") are two counts, not one told two ways.
 */
function twoStretches(x: string, y: string): boolean {
  const stretch = (text: string) => {
    const since = SINCE_YEAR.exec(text);
    if (since) return `since ${since[1] ?? ""}`;
    const past = PAST_STRETCH.exec(text);
    if (past) return `past ${(past[1] ?? "one").toLowerCase()} ${(past[2] ?? "").toLowerCase().replace(/s$/, "")}`;
    return WHOLE_HISTORY.test(text) ? "history" : null;
  };
  const [sx, sy] = [stretch(x), stretch(y)];
  if (sx !== null || sy !== null) return sx !== sy;
  // A count since a month or a day, or a year, on one side only ("arrested three times since October" /
  // "arrested four times") is a count of part of the time the other may count whole.
  return SINCE_MONTH.test(x) !== SINCE_MONTH.test(y);
}

/** "since October", "since Jan. 1", "since Monday": a stretch that starts this year. */
const SINCE_MONTH = new RegExp(String.raw`\bsince\s+(?:early\s+|late\s+|mid-?)?(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].join("|")}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.)(?![\p{L}])`, "iu");

/** The spans of years a sentence names, each as its years ("from 2007 to 2014" -> "2007 2014"). */
function periodsOf(text: string): string[] {
  const spans = new RegExp(SPAN_OF_YEARS.source, "gi");
  return [...text.matchAll(spans)].map((m) => (m[0].match(/(?:1[89]|20)\d{2}|\b\d{2}\b/g) ?? []).join(" ")).filter((years) => years.includes(" "));
}

/** The years a sentence names, ranges included ("2007-2014"). */
function yearsOf(side: Side): Set<string> {
  return new Set(side.features.tokens.flatMap((t) => t.text.match(/\b(?:1[89]|20)\d{2}\b/g) ?? []));
}


/**
 * How the things two figures count relate: the same (one word, synonyms, a noun the two compounds
 * share, a word and its shortening: "chipset"/"chip", "web site"/"website"), one a kind of the
 * other ("infants"/"children"), different, or unknown when either does not say.
 */
function counted(x: NumberMention, y: NumberMention): "same" | "kind" | "different" | "unknown" {
  if (!x.unit || !y.unit) return "unknown";
  // Ages compare only for the same person: "a 4-year-old boy" and "a 1-year-old brother" are two children.
  if (x.unit === "age" || y.unit === "age") return x.unit === y.unit && x.nouns.some((n) => y.nouns.includes(n)) ? "same" : "unknown";
  if (x.unit === y.unit || synonymous(x.unit, y.unit)) return "same";
  // "12 units", "five items": a word that counts whatever the story is about ("12 apartments"), of which anything is a kind.
  if (ANY_THING.has(x.unit) || ANY_THING.has(y.unit)) return "kind";
  // A word WordNet does not know may be a kind of the other: not a conflict.
  if (senses(x.unit).length === 0 || senses(y.unit).length === 0) return "unknown";
  // People counted in general on one side and specifically on the other ("two other kids" / "two other
  // stepchildren", "two people" / "two brothers"); not two kinds of people ("men" / "women").
  // A workforce counted as such ("1,900 personnel", "600 temporary staff") is people in general too.
  const workforce = (u: string) => newsEquivalent(u, "staff");
  const general = (u: string) => PEOPLE_IN_GENERAL.has(u) || workforce(u);
  // Sources, witnesses and officials are people, whatever WordNet's first senses say.
  const person = (u: string) => AGENT_KINDS.has(u) || workforce(u) || kindOf(u, "person", PERSON_DEPTH);
  // Children in general are young people only: "dozens of children" are no "two leaders".
  const ofAge = (u: string, other: string) => !CHILDREN.has(u) || PEOPLE_OF_ANY_AGE.has(other) || CHILDREN.has(other) || YOUNG_PEOPLE.has(other) || other === "boy" || other === "girl" || kindOf(other, "child");
  if (((general(x.unit) && ofAge(x.unit, y.unit)) || (general(y.unit) && ofAge(y.unit, x.unit))) && person(x.unit) && person(y.unit)) return "kind";
  // Young people by their age on one side and by their sex on the other ("two youths" / "two men").
  if ((YOUNG_PEOPLE.has(x.unit) && PEOPLE_BY_SEX.has(y.unit)) || (YOUNG_PEOPLE.has(y.unit) && PEOPLE_BY_SEX.has(x.unit))) return "kind";
  // Newsroom equivalents of any noun of the compound ("90 professors" / "90 faculty members").
  const equivalent = (u: string) => COUNTED_EQUIVALENTS.get(u) ?? u;
  if (equivalent(x.unit) === equivalent(y.unit)) return "same";
  if (x.nouns.some((n) => y.nouns.some((m) => equivalent(n) === equivalent(m)))) return "same";
  if (x.nouns.some((n) => y.nouns.includes(n))) return "same";
  if (x.nouns.join("") === y.nouns.join("")) return "same";
  const [short, long] = x.unit.length <= y.unit.length ? [x.unit, y.unit] : [y.unit, x.unit];
  if (short.length >= 4 && long.startsWith(short)) return "same";
  return kindOf(x.unit, y.unit) ? "kind" : "different";
}

/**
 * The word right before what a figure counts, inside the figure's words, that says which kind of it:
 * "DSL" of "111,000 DSL customers", "distance" of "654,000 net long-distance customers"; null for
 * "5,000 troops" or a figure that counts nothing named.
 */
function modifierOf(side: Side, n: NumberMention): string | null {
  if (n.unit === null || n.unit === "age") return null;
  const inside = side.features.tokens.filter((t) => t.start >= n.start && t.end <= n.end);
  const head = inside.findLastIndex((t) => t.pos === "NOUN" || t.pos === "PROPN");
  const before = inside[head - 1];
  // (A mention's own words of its unit say its unit, not a kind: "basis points" are percentage points in hundredths, `features`.)
  return before && head > 0 && (before.pos === "NOUN" || before.pos === "PROPN") && !/\d/.test(before.text) && !UNIT_WORDS.has(before.lemma) ? before.lemma : null;
}
/** Words of a unit's name before its noun: "basis points", "percentage points". */
const UNIT_WORDS = new Set(["basis", "percentage"]);

/** The side has the word, or a word of its stem ("advancers" / "Advancing"), anywhere. */
function mentions(side: Side, t: Token): boolean {
  return side.features.tokens.some((o) => o.lemma === t.lemma || stemOf(o.lower) === stemOf(t.lower));
}

/** A figure that identifies a fact: not a small whole count ("two days", "one of"), not a year. */
export function distinctiveFigure(value: string): boolean {
  const v = numericValue(value);
  if (!Number.isFinite(v) || YEAR.test(value)) return false;
  return !Number.isInteger(v) || Math.abs(v) >= T.distinctiveFrom;
}

/** People, children, police: plurals that are not their lemma plus "s" but are still plural. */
const UNMARKED_PLURALS = new Set(["people", "police", "personnel", "staff", "cattle", "livestock", "sheep", "deer", "fish", "aircraft"]);

/** A figure above one counts a plural noun ("three people", "300 hospitals"); "three found" does not. */
function countsPlural(n: NumberMention): boolean {
  const v = numericValue(n.value);
  if (!Number.isFinite(v) || v <= 1 || !Number.isInteger(v)) return true;
  const word = (n.text.toLowerCase().match(/[\p{L}]+$/u) ?? [""])[0];
  return word !== (n.unit ?? "") || UNMARKED_PLURALS.has(word) || /s$/.test(word);
}

/** The range a count in words stands for: "dozens" 24 to 199, "hundreds" 200 to 1,999 ... */
const COUNT_WORD_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  dozens: [24, 199],
  hundreds: [200, 1999],
  thousands: [2000, 999_999],
  // (From ten of them to a hundred, both told so: "tens of thousands" / "at least 10,000", "nearly 100,000".)
  "tens of thousands": [10_000, 100_000],
  "hundreds of thousands": [100_000, 1e6],
  millions: [2e6, 999e6],
  "tens of millions": [10e6, 100e6],
  "hundreds of millions": [100e6, 1e9],
  billions: [2e9, 999e9],
  "tens of billions": [10e9, 100e9],
  "hundreds of billions": [100e9, 1e12],
};

/**
 * A figure inside the range of a count in words ("dozens" / "60"), or a count in words whose range
 * lies inside the other's ("tens of thousands" / "thousands": the vaguer one holds the other).
 */
function withinCountWord(word: string, figure: string): boolean {
  const range = COUNT_WORD_RANGES[word];
  const inner = COUNT_WORD_RANGES[figure];
  if (range !== undefined && inner !== undefined) return word !== figure && range[0] <= inner[0] && inner[1] <= range[1];
  const v = numericValue(figure);
  return range !== undefined && Number.isFinite(v) && v >= range[0] && v <= range[1];
}

/**
 * One figure misprinted as the other: its scale word slipped ("$1.2 million" / "$1.2 billion", "1.2
 * 1e6" / "1.2 1e9") or its decimal point moved with a scale word on either side ("$45 million" /
 * "$4.5 billion"): the same digits in another magnitude.
 */
function slipped(x: string, y: string): boolean {
  const [mx = "", sx = ""] = x.split(" ");
  const [my = "", sy = ""] = y.split(" ");
  if (x === y || !/^\d+(?:\.\d+)?$/.test(mx) || !/^\d+(?:\.\d+)?$/.test(my)) return false;
  if (mx === my) return sx !== "" && sy !== "" && sx !== sy;
  const digits = (m: string) => m.replace(".", "").replace(/^0+/, "");
  return (sx !== "" || sy !== "") && digits(mx).length >= 2 && digits(mx) === digits(my);
}

/**
 * One figure with two of its digits swapped ("$1.2 million" / "$2.1 million", "$1,850" / "$1,580",
 * "12 percent" / "21 percent"): the same digits in another order, at the same scale and point. Chance
 * gives two facts of aligned sentences such figures rarely; a misprint gives them often.
 */
export function transposed(x: string, y: string): boolean {
  const [mx = "", sx = ""] = x.replace(/%$/, " %").split(" ");
  const [my = "", sy = ""] = y.replace(/%$/, " %").split(" ");
  if (mx === my || sx !== sy || !/^\d+(?:\.\d+)?$/.test(mx) || !/^\d+(?:\.\d+)?$/.test(my)) return false;
  // The point at the same place: "1.2" / "2.1", not "1.2" / "21".
  if (mx.indexOf(".") !== my.indexOf(".") || mx.length !== my.length) return false;
  const digits = (m: string) => [...m.replace(".", "")].sort().join("");
  // At least two digits that are not zeros, so that "100" / "010" and "20" / "02" are no figures swapped.
  return digits(mx) === digits(my) && mx.replace(/[.0]/g, "").length >= 2;
}

/** Words before a figure (other figures and symbols aside) within which the word that says what the sum is ("a loss of", "fined", "revenue of") is looked for. */
const SUM_WORD_REACH = 4;

/**
 * The word that says what a figure is: the nearest noun, verb or adjective before it ("loss" of
 * "posted a loss of $45 million", "fine" of "was fined $45 million"); a change's size between them is
 * no word of it ("rose" of "Profit rose 12% to $4.1 billion").
 */
function sumWord(side: Side, n: NumberMention): Token | undefined {
  const tokens = side.features.tokens;
  const first = tokens.findIndex((t) => t.start >= n.start);
  let words = 0;
  for (let k = first - 1; k >= 0 && words < SUM_WORD_REACH; k -= 1) {
    const t = tokens[k] as Token;
    if (t.pos === "NUM" || t.pos === "SYM") continue;
    words += 1;
    if (/^[.;:!?,]$/.test(t.text)) return undefined;
    if (["NOUN", "VERB", "ADJ", "PROPN"].includes(t.pos) && !/^(?:about|nearly|almost|roughly|around|some|over|under|more|less|than)$/i.test(t.lower)) return t;
  }
  return undefined;
}

/** One sum misprinted (`slipped`), said of the same thing on both sides ("a loss of $45 million" / "a loss of $4.5 billion"), not two sums ("revenue of $4.5 billion" / "a profit of $45 million"). */
function slippedSum(a: Side, x: NumberMention, b: Side, y: NumberMention): boolean {
  if (!slipped(x.value, y.value)) return false;
  // What each sum is: the word before it, or the noun after it ("paid a $1.2 million fine" / "was fined $1.2 billion").
  // (The tagger may read the noun after it as an adjective: "a $1.2 million fine".)
  const after = (side: Side, n: NumberMention) => {
    const next = side.features.tokens.find((t) => t.start >= n.end);
    return next && (next.pos === "NOUN" || next.pos === "ADJ") ? next : undefined;
  };
  const words = (side: Side, n: NumberMention) => [sumWord(side, n)?.lemma, n.unit, after(side, n)?.lemma].filter((w): w is string => w !== undefined && w !== null);
  const [wx, wy] = [words(a, x), words(b, y)];
  return wx.some((p) => wy.some((r) => p === r || synonymous(p, r) || newsEquivalent(p, r)));
}


/** Two figures one unit apart in the last significant digit of the coarser ("8.3 1e9" / "8.4 1e9", "62" / "63"). */
function oneStepApart(x: string, y: string): boolean {
  const [p, r] = [numericValue(x), numericValue(y)];
  if (!Number.isFinite(p) || !Number.isFinite(r) || p === r) return false;
  const digits = Math.min(significantDigits(x), significantDigits(y));
  const step = 10 ** (Math.floor(Math.log10(Math.max(Math.abs(p), Math.abs(r)))) - digits + 1);
  return Math.abs(p - r) <= step * (1 + 1e-9);
}

/** Dollars that a bare "$" stands for in their own country's outlets. */
const LOCAL_DOLLARS = new Set(["cad", "aud", "nzd", "hkd"]);

/** Sums from which a figure is a fee, a fine or a budget rather than a price read by the minute. */
const SUM_FROM = 1000;



/** `coarse`, written with a scale word, is `fine` rounded to its significant digits: "13.6 1e6" of "13625777". */
function roundsTo(coarse: string, fine: string): boolean {
  // Only a figure written rounded, with a scale word ("13.6 million"): "10 years" is no rounded "12".
  return coarse.includes(" ") && roundsAt(coarse, fine);
}

/** Percentage points within which a share in words ("two-thirds", "half") is a share in digits rounded to it. */
const FRACTION_POINTS = 3;

/** `fraction` is a share in words ("two-thirds", "a quarter") that `share`, in digits, rounds to. */
function fractionNear(fraction: NumberMention, share: NumberMention): boolean {
  const inWords = (n: NumberMention) => n.value.endsWith("%") && !/\d|per ?cent/i.test(n.text);
  if (!inWords(fraction) || inWords(share) || !share.value.endsWith("%")) return false;
  const [f, s] = [numericValue(fraction.value), numericValue(share.value)];
  return Number.isFinite(f) && Number.isFinite(s) && Math.abs(f - s) <= FRACTION_POINTS;
}

/** One figure is the other rounded to fewer decimals: "1.23" and "1.2", "3.01" and "3". */
function rounded(x: string, y: string): boolean {
  const decimals = (v: string) => /\.(\d+)/.exec(v)?.[1]?.length ?? 0;
  const [p, r] = [numericValue(x), numericValue(y)];
  if (!Number.isFinite(p) || !Number.isFinite(r) || decimals(x) === decimals(y)) return false;
  const [fine, coarse, places] = decimals(x) > decimals(y) ? [p, r, decimals(y)] : [r, p, decimals(x)];
  const factor = 10 ** places;
  return Math.round(fine * factor) / factor === coarse;
}

/** One figure given two ways: the same value, one rounded, or within `sameFigureGap` ("35.7" / "35.72"). */
export function sameFigure(x: string, y: string): boolean {
  return x === y || rounded(x, y) || relativeGap(x, y) <= T.sameFigureGap;
}

/** |x - y| / max(|x|, |y|) for numeric values; 1 when either is not a plain number. */
function relativeGap(x: string, y: string): number {
  const [p, r] = [numericValue(x), numericValue(y)];
  if (!Number.isFinite(p) || !Number.isFinite(r) || Math.max(Math.abs(p), Math.abs(r)) === 0) return 1;
  return Math.abs(p - r) / Math.max(Math.abs(p), Math.abs(r));
}
