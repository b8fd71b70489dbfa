import { q, span, textOf, type Finding, type Side } from "../finding";
import type { SentenceFeatures } from "../features";
import { synonymous } from "../lexicon";
import { canonical } from "../normalize";
import type { Token } from "../nlp";
import { CHIEF_INITIALS, describe, describeSentence, holderOf, holderWords, holdsRoleWord, modifierHead, nameAfter, roleKey, roleSpan, roleTokens, seatAndPost, type Description } from "../people";
import type { Discrepancy, Severity, Span } from "../types";
import { COURTESY_MODIFIERS, ROLE_MODIFIERS, ROLE_WORDS, SENIORITY_MODIFIERS, TEMPORAL_MODIFIERS, VAGUE_ROLES } from "../vocabulary";
import type { RuleContext, RuleDescriptor } from "./rule";

/**
 * Titles: the office a person is given, read by `people`, compared in two places with one scale.
 *
 * - Within a claim (`titles`): a role word among the changed words that the other side has nowhere.
 *   A changed modifier of one office both sides name ("ambassador" / "ambassador-designate",
 *   "Deputy Police Chief" / "Police Chief") is high when both sides name who holds it (else it may be
 *   two people's offices: medium; nothing when the other side has the modifier's word elsewhere,
 *   "on an interim basis"); seniority alone ("senior adviser") medium; two
 *   different role words (on real coverage nearly always two hats of one person, or two people) low,
 *   and none where one is a candidacy ("candidate" / "congressman") or an office held before
 *   ("former co-chairwoman" / "former ambassador": a career); a vague role ("official") or a change told in time ("former",
 *   "then", an office held before: "spent seven seasons as an assistant coach") low. One kind of
 *   office with another portfolio for one person both sides name ("Chief Financial Officer" / "Chief
 *   Operating Officer", "Defense Secretary" / "Secretary of State", "CEO" / "CFO", "Fire Chief" /
 *   "Police Chief"; lower case after the name too: "Sarah Lind, the company's chief financial
 *   officer") is high (`portfolios`), and so are two ranks of one named person ("General" / "Colonel": `RANKS`)
 *   and two elected seats ("Rep." / "Sen.": `SEATS`). "Lieutenant" before an office is a modifier of it ("Lt. Gov.").
 * - Across whole articles (`titlesAcrossArticles`): how each article describes each named person,
 *   paired by surname. One office with a different modifier is high; seniority on one side only
 *   medium (both senior in different words, "senior" / "top", low); two
 *   different offices, or "former" against none (one outlet tells the time of the events, the
 *   other today), low; a candidacy beside an office none. A claim-level title finding on words this comparison already reports is one
 *   discrepancy, not two (`reportedAcrossArticles`).
 */
export const TITLES_RULE = {
  type: "title",
  detects: "a person given a different office, or the same office with a different modifier",
  severity: {
    modifierChanged: "high",
    seniorityOnly: "medium",
    differentRoles: "low",
    twoPostsOfOneBody: "medium",
    vague: "low",
    ministerOrSecretary: "low",
  },
} as const satisfies RuleDescriptor;

/** One office held for the time being, in other words: "interim director" / "acting director". */
const STAND_IN = new Set(["acting", "interim", "temporary", "caretaker", "provisional"]);
/** Words for high rank that outlets use for one another: "a top campaign official" / "senior campaign officials". */
const HIGH_RANK = new Set(["senior", "top"]);
/** An office won and not yet taken, in other words: "Mayor-elect" / "incoming mayor". */
const TO_COME = new Set(["elect", "incoming"]);
/** Words of a formal title that the everyday one leaves out: "Associate Justice" / "Justice", "associate professor" / "professor". */
const FORMAL = new Set(["associate"]);
/**
 * "Top" for the chief of a force, where the other side's "chief" is of the office: "top commander" /
 * "commander-in-chief", "top general" / "Chief of the General Staff". Not "Chief Constable" / "Senior
 * constable", nor a "top" elsewhere in the sentence ("the top priority").
 */
function topChief(t: Token, other: Side): boolean {
  const wanted = t.lower === "top" ? "chief" : t.lower === "chief" ? "top" : null;
  const tokens = other.features.tokens;
  return wanted !== null && tokens.some((o, i) => o.lower === wanted && (ROLE_WORDS.has(tokens[i + 1]?.lower ?? "") || (wanted === "chief" && (tokens[i + 1]?.lower === "of" || tokens[i - 1]?.text === "-"))));
}

/** The two words a cabinet office is named by, one country's way or another's: "Health Secretary" / "Health Minister". */
const CABINET_WORDS = new Set(["minister", "secretary"]);

/**
 * "Minister" where the other side says "Secretary" of the same portfolio, one word each ("Foreign
 * Secretary David Lammy" / "Foreign Minister David Lammy"): often one office, its name translated by
 * a foreign outlet; but Britain has a Health Secretary and Health Ministers under them, India a
 * Foreign Secretary (a civil servant) beside its Foreign Minister. Worth a look, low. Not with a
 * rank before the portfolio on either side ("Deputy Health Minister", "Shadow Health Secretary"),
 * nor of state or prime ("State Secretary" / "State Minister" are two ranks in some governments).
 */
function ministerOrSecretary(f: Finding, a: Side, b: Side): boolean {
  const at = (side: Side, s: 0 | 1) => {
    const spans = f.spans.filter((x) => x.side === s);
    const tokens = side.features.tokens;
    const k = spans.length === 1 ? tokens.findIndex((t) => t.start === spans[0]?.start && t.end === spans[0]?.end) : -1;
    const portfolio = tokens[k - 1];
    const rank = tokens[k - 2];
    const ranked = rank !== undefined && (ROLE_MODIFIERS.has(rank.lower) || rank.lower === "shadow" || rank.lower === "junior");
    return k >= 0 && portfolio !== undefined && CABINET_WORDS.has(tokens[k]?.lower ?? "") && PORTFOLIOS.has(portfolio.lower) && !["state", "prime"].includes(portfolio.lower) && !ranked;
  };
  // (Another portfolio is the portfolio finding's: "Health" / "Education".)
  return at(a, 0) && at(b, 1);
}

/** The groups of modifiers that say one thing in other words. */
const ONE_MEANING: readonly ReadonlySet<string>[] = [STAND_IN, HIGH_RANK, TO_COME];

/** The same scale across whole articles, where two different offices are more often two hats: low. */
const ACROSS_ARTICLES = { modifierChanged: "high", seniorityOnly: "medium", differentOffices: "low" } as const;
const S = { ...TITLES_RULE.severity, acrossArticles: ACROSS_ARTICLES };

const GENERIC_ROLES = VAGUE_ROLES;

/**
 * The words that say which office of its kind a title is, its portfolio: "Chief Financial Officer" /
 * "Chief Operating Officer", "Defense Secretary" / "Secretary of State", "Foreign Minister" /
 * "Finance Minister". A place or a people before the office ("Texas Attorney General", "Chinese
 * Foreign Minister") says where, not which; a chamber ("Senate" / "House") is a name the names rule reads.
 */
const PORTFOLIOS = new Set(
  (
    "financial finance operating operations executive technology information marketing legal medical security data digital product revenue " +
    "defense defence state foreign interior treasury justice health education energy labor labour commerce agriculture transportation transport " +
    "homeland environment trade economy economic culture immigration housing home exchequer veterans fire police prime " +
    // Which leader of a chamber, which general of a government: "Majority Leader" / "Minority Leader", "Attorney General" / "Solicitor General".
    "majority minority attorney solicitor surgeon"
  ).split(" "),
);
/** Ranks of the armed forces and the police: one person holds one of them at a time. */
const RANKS = new Set("general colonel lieutenant captain sergeant major admiral commander marshal corporal brigadier inspector superintendent constable".split(" "));

/**
 * Elected seats: one person holds one of them at a time ("Rep. Jane Doe" / "Sen. Jane Doe" is one of
 * the two wrong); a seat and a post held in it ("Senator" / "Majority Leader") are not two seats.
 */
const SEATS = new Set("senator congressperson congressman congresswoman governor mayor assemblyman assemblywoman assemblymember councilman councilwoman councillor councilor".split(" "));

/** Everyday words for whoever heads a body, whatever its formal title ("NATO chief", "WHO head"). */
const HEAD_WORDS = new Set(["chief", "head", "boss", "leader"]);
/** The words of a body's formal top office, which a newsroom calls its "chief" or "head". */
const TOP_OFFICE_WORDS = new Set(["leader", "secretary", "general", "director", "commissioner", "chair", "chairperson", "chairman", "chairwoman", "president", "administrator", "executive", "chief-executive", "superintendent", "governor", "ceo"]);

/** Spans in reading order, those that overlap or touch made one ("Director" and "Director-General"). */
function merged(list: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const x of [...list].sort((p, r) => p.start - r.start)) {
    const last = out[out.length - 1];
    if (last && x.start <= last.end) last.end = Math.max(last.end, x.end);
    else out.push({ ...x });
  }
  return out;
}

/** British and American spellings of one portfolio. */
const PORTFOLIO_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ["defence", "defense"],
  ["labour", "labor"],
  ["transport", "transportation"],
  ["operations", "operating"],
  ["finance", "financial"],
]);
const portfolioWord = (lower: string) => PORTFOLIO_SPELLINGS.get(lower) ?? lower;

/** Words of a title before its role word that may carry its portfolio. */
const PORTFOLIO_REACH = 3;

/** One kind of office: the same last word ("Chief Financial Officer" / "CFO" / "CEO": a chief officer). */
const officeKind = (all: readonly Token[], t: Token) => (CHIEF_INITIALS.has(t.lower) || chiefExecutive(all, t) ? "officer" : roleKey(t.lemma).split("-").pop());

/** "Chief Executive" without "Officer": the chief executive officer, a chief officer of the portfolio "executive". */
const chiefExecutive = (all: readonly Token[], t: Token) => t.lower === "executive" && all[all.indexOf(t) - 1]?.lower === "chief" && all[all.indexOf(t) + 1]?.lower !== "officer";

function portfolioOf(all: readonly Token[], role: Token): Set<string> {
  const i = all.indexOf(role);
  const out = new Set<string>();
  const initials = CHIEF_INITIALS.get(role.lower);
  if (initials) out.add(initials);
  if (chiefExecutive(all, role)) out.add("executive");
  for (let k = i - 1; k >= 0 && k >= i - PORTFOLIO_REACH; k -= 1) {
    const t = all[k] as Token;
    if (!inTitle(t)) break;
    if (PORTFOLIOS.has(t.lower)) out.add(portfolioWord(t.lower));
  }
  // "Secretary of State", "Minister of Finance".
  const of = ofPortfolio(all, i);
  if (of) out.add(portfolioWord(of.lower));
  return out;
}

/**
 * A word of a title before its role word: any capitalised one ("Texas Attorney General"), or a
 * portfolio or role word in lower case, as a title after a name is written ("Sarah Lind, the
 * company's chief financial officer").
 */
const inTitle = (t: Token) => /^\p{Lu}/u.test(t.text) || PORTFOLIOS.has(t.lower) || isRoleWord(t);

/** The span of a title from its first portfolio or role word before the role word to the role word (and its "of X"). */
function officeSpan(all: readonly Token[], role: Token): { start: number; end: number } {
  const i = all.indexOf(role);
  let first = role;
  for (let k = i - 1; k >= 0 && k >= i - PORTFOLIO_REACH; k -= 1) {
    const t = all[k] as Token;
    if (!inTitle(t)) break;
    if (PORTFOLIOS.has(t.lower) || isRoleWord(t)) first = t;
  }
  return { start: first.start, end: (ofPortfolio(all, i) ?? role).end };
}

/** "Secretary of State": the portfolio word after the role word at `i`, if any. */
function ofPortfolio(all: readonly Token[], i: number): Token | undefined {
  const t = all[i + 2];
  return all[i + 1]?.lower === "of" && t !== undefined && PORTFOLIOS.has(t.lower) && /^\p{Lu}/u.test(t.text) ? t : undefined;
}

/** Who holds the office: after "Secretary of State", the name after "State". */
function portfolioHolder(all: readonly Token[], role: Token): string[] {
  const of = ofPortfolio(all, all.indexOf(role));
  return of ? nameAfter(all, of) : holderOf(all, role);
}

const isRoleWord = (t: Token) => ROLE_WORDS.has(t.lower) || ROLE_MODIFIERS.has(t.lower);

/**
 * One person given one kind of office with two portfolios ("Chief Financial Officer Tom Albrecht" /
 * "Chief Operating Officer Tom Albrecht"): the same office word, the same holder named on both
 * sides, and each side's portfolio has a word the other's lacks.
 */
function portfolios(a: Side, b: Side): Finding[] {
  const out: Finding[] = [];
  const [ta, tb] = [a.features.tokens, b.features.tokens];
  const seen = new Set<string>();
  // Every portfolio a side gives an office of: one person may hold two ("chief financial officer and
  // interim chief executive"), and the other side naming either is no conflict.
  const allOf = (all: Token[]) => new Set(roleTokens(all, all).flatMap((t) => [...portfolioOf(all, t)]));
  const [allA, allB] = [allOf(ta), allOf(tb)];
  // An office told at another time ("former chief financial officer") is the time each outlet writes of.
  const toldThenOrBefore = (side: Side, sp: { start: number; end: number }) => textOf(side, sp).toLowerCase().split(/[\s-]+/).some((w) => TEMPORAL_MODIFIERS.has(w));
  for (const x of roleTokens(ta, ta)) {
    if (!ROLE_WORDS.has(x.lower) || quotedToken(a, x)) continue;
    const px = portfolioOf(ta, x);
    const hx = portfolioHolder(ta, x);
    if (px.size === 0 || hx.length === 0) continue;
    for (const y of roleTokens(tb, tb)) {
      if (officeKind(tb, y) !== officeKind(ta, x) || quotedToken(b, y)) continue;
      const py = portfolioOf(tb, y);
      if (py.size === 0 || !portfolioHolder(tb, y).some((n) => hx.includes(n))) continue;
      if (![...px].some((w) => !py.has(w)) || ![...py].some((w) => !px.has(w))) continue;
      if ([...py].every((w) => allA.has(w)) || [...px].every((w) => allB.has(w))) continue;
      const [sx, sy] = [officeSpan(ta, x), officeSpan(tb, y)];
      if (toldThenOrBefore(a, sx) || toldThenOrBefore(b, sy)) continue;
      // Offices of two organizations each side names ("chief financial officer of parent company Harlow
      // Group" / "Pell Energy Chief Executive") may be two hats of one person.
      const [ox, oy] = [organizationOf(ta, sx), organizationOf(tb, sy)];
      if (ox.size > 0 && oy.size > 0 && ![...ox].some((w) => oy.has(w))) continue;
      const key = `${sx.start}:${sy.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        type: TITLES_RULE.type,
        severity: S.modifierChanged,
        spans: [span(0, sx), span(1, sy)],
        explanation: `${a.label} has the title ${q(textOf(a, sx))}; ${b.label} has ${q(textOf(b, sy))}.`,
      });
    }
  }
  return out;
}

/**
 * The organization an office is of, by its name's words: the capitalised words just before the
 * office ("Pell Energy Chief Executive") or the names in its "of ..." ("officer of parent company
 * Harlow Group"); not a holder's name, nor the office's own words.
 */
function organizationOf(all: readonly Token[], office: { start: number; end: number }): Set<string> {
  const out = new Set<string>();
  const first = all.findIndex((t) => t.start >= office.start);
  const last = all.findIndex((t) => t.end >= office.end);
  const own = (t: Token) => ROLE_WORDS.has(t.lower) || PORTFOLIOS.has(t.lower) || ROLE_MODIFIERS.has(t.lower);
  for (let k = first - 1; k >= 0 && all[k]?.pos === "PROPN" && !own(all[k] as Token); k -= 1) out.add((all[k] as Token).lower);
  if (last >= 0 && all[last + 1]?.lower === "of") {
    for (let k = last + 2; k < all.length && k <= last + 6; k += 1) {
      const t = all[k] as Token;
      if (/^[.;:!?,]$/.test(t.text)) break;
      if (t.pos === "PROPN" && /^\p{Lu}/u.test(t.text) && !own(t)) out.add(t.lower);
    }
  }
  return out;
}

const quotedToken = (side: Side, t: Token) => side.features.quotes.some((m) => m.start <= t.start && t.end <= m.end);

export function titles(a: Side, b: Side, context: RuleContext): Finding[] {
  const portfolio = portfolios(a, b);
  // A change of words the portfolio finding already quotes on both sides is that finding.
  const covered = (f: Finding) =>
    portfolio.some((p) => ([0, 1] as const).every((side) => f.spans.filter((x) => x.side === side).every((x) => p.spans.some((y) => y.side === side && y.start <= x.start && x.end <= y.end))));
  return [
    ...portfolio,
    ...titleChanges(a, b, context)
      .filter((f) => !covered(f))
      .map((f) => (ministerOrSecretary(f, a, b) ? { ...f, severity: TITLES_RULE.severity.ministerOrSecretary } : f)),
  ];
}

function titleChanges(a: Side, b: Side, context: RuleContext): Finding[] {
  const out: Finding[] = [];
  // A role word the other sentence also has, anywhere, was moved or reworded around, not changed
  // ("Deputy Police Chief" vs "Police Deputy Chief").
  // A modifier's own word, not the tagger's lemma for it ("Vice" is lemmatised "vise").
  const word = (t: Token) => (ROLE_MODIFIERS.has(t.lower) ? t.lower : t.lemma);
  const rolesA = roleTokens(a.features.tokens, a.features.tokens).map((t) => roleKey(word(t)));
  const rolesB = roleTokens(b.features.tokens, b.features.tokens).map((t) => roleKey(word(t)));
  // ("ex-Vice President" holds "former" and "vice" for the other's "former Vice President".)
  const parts = (keys: string[]) => new Set(keys.flatMap((k) => [k, ...k.split("-")]));
  const [partsA, partsB] = [parts(rolesA), parts(rolesB)];
  const elsewhere = (lemma: string, other: string[]) =>
    roleKey(lemma)
      .split("-")
      .every((p) => (other === rolesA ? partsA : partsB).has(p)) || other.some((o) => o === roleKey(lemma) || synonymous(o, lemma));
  // A role word inside a quotation is the speaker's ("activists \"judge people\""), not the outlet's description (`quotedToken`).
  for (const h of context.hunks) {
    // "Interim" where the other says "acting": one office held for the time being.
    // So are "top" and "senior" (a rank worded two ways, quoted or not).
    const oneOf = (words: ReadonlySet<string>, t: Token, other: Side) => words.has(t.lower) && other.features.tokens.some((o) => words.has(o.lower) && o.lower !== t.lower);
    const standIn = (t: Token, other: Side) => ONE_MEANING.some((words) => oneOf(words, t, other)) || topChief(t, other);
    const ra = roleTokens(h.a, a.features.tokens).filter((t) => !elsewhere(word(t), rolesB) && !COURTESY_MODIFIERS.has(t.lower) && !FORMAL.has(t.lower) && !quotedToken(a, t) && !standIn(t, b));
    const rb = roleTokens(h.b, b.features.tokens).filter((t) => !elsewhere(word(t), rolesA) && !COURTESY_MODIFIERS.has(t.lower) && !FORMAL.has(t.lower) && !quotedToken(b, t) && !standIn(t, a));
    if (ra.length === 0 && rb.length === 0) continue;
    const keysA = new Set(ra.map((t) => roleKey(t.lemma)));
    const keysB = new Set(rb.map((t) => roleKey(t.lemma)));
    // A modifier changes the office only when both sentences name that office: "acting ambassador" for
    // "ambassador"; not "retired general" where the other says "Defense Secretary".
    // The office must be in the text both share (outside the change): "Vice President Pence" added
    // where the other sentence only has "President Trump" is a new title, not "Vice" added to one.
    // And it must be the same person's office: in a list, "former Vice President Biden" lined up with
    // "former President Clinton" is two people.
    const modifies = (t: Token, all: Token[], changed: Token[], other: Token[], otherRoles: string[]) => {
      if (!ROLE_MODIFIERS.has(t.lower) && !rankOfOffice(all, t)) return false;
      // An owner's office before a rank in short ("Sheriff's Deputy Sgt. Hoyt Teasley"): the sheriff's
      // deputy, who holds the rank of sergeant, not a deputy sergeant.
      const k = all.indexOf(t);
      if (/^['’]s$/.test(all[k - 1]?.text ?? "") && /^\p{Lu}\p{L}{0,4}\.$/u.test(all[k + 1]?.text ?? "")) return false;
      // The other side says it too, in other words ("named interim coach" / "replaced on an interim basis ... remain coach").
      if (other.some((o) => o.lower === t.lower)) return false;
      const head = modifierHead(all, t);
      // The very office on the other side, not a synonym of it: "interim coach" against "general manager"
      // (WordNet's sports "manager") is a second office, not a modifier of the first.
      const sameOfficeThere = (lemma: string) => roleKey(lemma).split("-").every((p) => (otherRoles === rolesA ? partsA : partsB).has(p)) || otherRoles.includes(roleKey(lemma));
      if (head === undefined || !sameOfficeThere(head.lemma)) return false;
      const holder = holderOf(all, head);
      const sameOffice = other.filter((o) => roleKey(o.lemma) === roleKey(head.lemma));
      const otherHolders = sameOffice.map((o) => holderOf(other, o));
      // An office in the words only one side has is a new title ("Vice President Pence" added where
      // the other has "President Trump"), unless both give it to one named person, before the name on
      // one side and after it on the other ("President John Ortiz" / "John Ortiz, the vice president").
      if (changed.includes(head) && !(holder.length > 0 && otherHolders.some((h) => h.some((n) => holder.includes(n))))) return false;
      // Unless both sides name who holds the office, it may be two people's ("he spent seven seasons as
      // an assistant coach" / "in five seasons as head coach, O'Brien ..."): worth a look, not high.
      if (holder.length === 0 || !otherHolders.some((h) => h.length > 0)) unnamedHolder = true;
      if (holder.length === 0) return true;
      return otherHolders.some((otherHolder) => otherHolder.length === 0 || otherHolder.some((n) => holder.includes(n)));
    };
    let unnamedHolder = false;
    const changedModifiers = [
      ...ra.filter((t) => modifies(t, a.features.tokens, h.a, b.features.tokens, rolesB)),
      ...rb.filter((t) => modifies(t, b.features.tokens, h.b, a.features.tokens, rolesA)),
    ];
    const modifierChange = changedModifiers.length > 0;
    // Seniority alone ("senior adviser" for "adviser") is a nuance of one office.
    const seniorityOnly = modifierChange && changedModifiers.every((t) => SENIORITY_MODIFIERS.has(t.lower));
    // "Former" added: the same office told at another time (see TEMPORAL_MODIFIERS).
    // Told at another time ("then", "former"), whatever else changed: the office may have changed since.
    const sideOf = (t: Token) => (h.a.includes(t) ? a.features.tokens : b.features.tokens);
    const timeOnly =
      modifierChange && changedModifiers.some((t) => t.lower.split("-").some((part) => TEMPORAL_MODIFIERS.has(part)) || heldBefore(sideOf(t), t) || toldThen(sideOf(t), t));
    // Two offices said of two people each side names ("interim senator" Cowan / "Secretary of State
    // John Kerry") are two people's, not one person's office told two ways.
    const holders = (side: Side, ts: Token[]) => new Set(ts.flatMap((t) => holderWords(side.features.tokens, t)));
    const [ha, hb] = [holders(a, ra), holders(b, rb)];
    const twoPeople = ha.size > 0 && hb.size > 0 && ![...ha].some((n) => hb.has(n));
    // A seat and a post held in it ("Senator" / "Majority Leader") are two hats of one person.
    const differentRoles = !twoPeople && ra.length > 0 && rb.length > 0 && ![...keysA].some((k) => keysB.has(k) || [...keysB].some((j) => synonymous(k, j) || seatAndPost(k, j)));
    if (!modifierChange && !differentRoles) continue;
    // The same office told at another time ("former", "then", one held before) is the time each outlet
    // writes of, the events' or today's: no difference.
    if (timeOnly) continue;
    // Seniority said of a vague role ("Senior officials said" / "Officials said"): how closely the
    // outlet describes its sources, not an office.
    if (seniorityOnly && changedModifiers.every((t) => GENERIC_ROLES.has(modifierHead(sideOf(t), t)?.lower ?? ""))) continue;
    // Two different offices are one person's two hats only when both sides name that person; with no
    // holder named on a side they are as likely two people's: no finding.
    if (!modifierChange && !(ha.size > 0 && hb.size > 0)) continue;
    // A newsroom's word for whoever heads a body ("NATO chief", "WHO head", "the Fed's leader") against
    // that body's formal top office ("Secretary General", "Director-General", "Chair"): one office in
    // two registers, unless the formal one is a lesser post ("Vice Chair", "Deputy Commissioner").
    // (The head of no portfolio the other side's office lacks: "security head" is not the CEO.)
    // (Nor with a modifier on one side only: "Deputy Police Commissioner", "Acting police chief".)
    const modifiersOf = (side: Side, ts: Token[]) => {
      const all = side.features.tokens;
      return new Set(ts.flatMap((t) => all.slice(Math.max(0, all.indexOf(t) - PORTFOLIO_REACH), all.indexOf(t) + 1)).filter((t) => ROLE_MODIFIERS.has(t.lower)).map((t) => t.lower));
    };
    const plainHead = (side: Side, ts: Token[], otherSide: Side, others: Token[]) => {
      const [mine, theirs] = [modifiersOf(side, ts), modifiersOf(otherSide, others)];
      return (
        ts.length > 0 &&
        others.length > 0 &&
        mine.size === theirs.size &&
        [...mine].every((m) => theirs.has(m)) &&
        ts.every((t) => HEAD_WORDS.has(t.lower) && /^\p{Ll}/u.test(t.text) && [...portfolioOf(side.features.tokens, t)].every((p) => others.some((o) => portfolioOf(otherSide.features.tokens, o).has(p)))) &&
        others.every((t) => !ROLE_MODIFIERS.has(t.lower) && roleKey(t.lemma).split("-").every((p) => TOP_OFFICE_WORDS.has(p)))
      );
    };
    if (!modifierChange && (plainHead(a, ra, b, rb) || plainHead(b, rb, a, ra))) continue;
    const spansOf = (side: Side, ts: Token[]) => merged(ts.map((t) => roleSpan(side.features.tokens, t)));
    // In a list of people ("Judge Rowland Barnes, court reporter Julie Brandau, Sheriff's Deputy Sgt.
    // Hoyt Teasley") a modifier changed is one person's: only that person's role words are reported.
    const named = new Set(changedModifiers.flatMap((t) => holderWords(sideOf(t), modifierHead(sideOf(t), t) ?? t)));
    const whose = (side: Side, ts: Token[]) => {
      const own = ts.filter((t) => changedModifiers.includes(t) || holderWords(side.features.tokens, t).some((n) => named.has(n)));
      return named.size > 0 && own.length > 0 ? own : ts;
    };
    const [sa, sb] = [spansOf(a, whose(a, ra)), spansOf(b, whose(b, rb))];
    const spans = [...sa.map((x) => span(0, x)), ...sb.map((x) => span(1, x))];
    const ta = sa.length ? sa.map((x) => textOf(a, x)).join(" ") : null;
    const tb = sb.length ? sb.map((x) => textOf(b, x)).join(" ") : null;
    const vague = !modifierChange && [...ra, ...rb].some((t) => GENERIC_ROLES.has(t.lower));
    // A word for any staff for one named person ("his former aide, Ann Lee" / "his former
    // communications director, Ann Lee"): the other side's office says what the word leaves open.
    if (!modifierChange && [...ra, ...rb].some((t) => ANY_STAFF.has(t.lower)) && onePersonNamed(ha, hb)) continue;
    // Two posts of one body for one person ("Senate Majority Whip" / "Senate Majority Leader"): one
    // person holds one of them, not both hats.
    const bodies = (side: Side, ts: Token[]) => new Set(ts.map((t) => bodyBefore(side.features.tokens, t)).filter(Boolean));
    const [ba, bb] = [bodies(a, ra), bodies(b, rb)];
    const oneBody = !modifierChange && [...ba].some((x) => bb.has(x));
    // Two ranks of one named person ("General Anna Berg" / "Colonel Anna Berg"): a person holds one
    // rank, not two hats; as clear a conflict as a changed modifier.
    // (One person: the names one side gives all among the other's, "Anna Berg" / "Berg"; not "Omar Haddad" / "Lina Haddad".)
    const onePerson = onePersonNamed(ha, hb);
    // So do two elected seats of one named person, each told without "former" or as one held before
    // ("former Gov. Haley" / "Sen. Haley" is a career).
    const thenOrBefore = (side: Side, ts: Token[]) => ts.some((t) => heldBefore(side.features.tokens, t) || toldThen(side.features.tokens, t));
    const twoSeats = differentRoles && [...keysA, ...keysB].every((k) => SEATS.has(k)) && onePerson && !thenOrBefore(a, ra) && !thenOrBefore(b, rb);
    const twoRanks = differentRoles && ([...keysA, ...keysB].every((k) => RANKS.has(k)) || twoSeats) && onePerson;
    // A candidacy beside an office ("Attorney General" / "Senate candidate"), or an office held before
    // beside another ("former co-chairwoman" / "former ambassador", "Former Gov." / "Sen."): two hats, a
    // career, no difference. Read on real coverage no one tuned for (BASIL, 2026-12-07), none of these was one.
    const candidacy = [...ra, ...rb].some((t) => CANDIDACIES.has(t.lower));
    if (!modifierChange && !twoRanks && !oneBody && (candidacy || thenOrBefore(a, ra) || thenOrBefore(b, rb))) continue;
    out.push({
      type: TITLES_RULE.type,
      // Two different role words are usually two hats of one person ("Attorney General" and "party chairman"):
      // low. A changed modifier of one office ("ambassador-designate") is the clear conflict: high.
      // (A body named before a generic role word makes it a post: "Senate Majority Leader".)
      severity: twoRanks ? S.modifierChanged : oneBody ? S.twoPostsOfOneBody : vague ? S.vague : seniorityOnly || unnamedHolder ? S.seniorityOnly : !modifierChange ? S.differentRoles : S.modifierChanged,
      spans,
      explanation:
        ta && tb
          ? `${a.label} has the title ${q(ta)}; ${b.label} has ${q(tb)}.`
          : `${ta ? a.label : b.label} adds ${q((ta ?? tb) as string)} to the title; ${ta ? b.label : a.label} does not.`,
    });
  }
  return out;
}

/**
 * "Lieutenant" (or "Lt.") right before another office is part of that office's name, as "Vice" is:
 * "Lt. Gov." is not the governor, "Lt. Col." not the colonel.
 */
/** Ranks of a police service, and seats of a court, that "Chief" ranks above: "Chief Inspector", "Chief Constable", "Chief Judge", "Chief Justice". */
const CHIEF_RANKED = new Set(["inspector", "superintendent", "constable", "sergeant", "judge", "justice"]);

function rankOfOffice(all: readonly Token[], t: Token): boolean {
  const i = all.indexOf(t);
  const next = all[i + 1];
  if (next === undefined) return false;
  // (Not a body's chief: "Navy Chief Admiral Radakin", "ICC Chief Prosecutor Karim Khan".)
  // (Capitalised, as a rank is written: "local police chief Inspector Ray Cole" is a chief who is an inspector.)
  // (Nor an office of a body, "HM Chief Inspector of Constabulary": its whole name.)
  if (roleKey(t.lemma) === "chief") return t.text === "Chief" && CHIEF_RANKED.has(next.lower) && all[i + 2]?.lower !== "of";
  return roleKey(t.lemma) === "lieutenant" && holdsRoleWord(next.lower);
}

/**
 * The office the modifier is part of is told at another time: "then" or "former" just before the
 * office's words ("then Vice President-elect", "then an assistant district attorney").
 */
function toldThen(all: readonly Token[], modifier: Token): boolean {
  let k = all.indexOf(modifier) - 1;
  const inOffice = (t: Token) => t.text === "-" || ROLE_WORDS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || (t.pos === "PROPN" && /^\p{Lu}/u.test(t.text));
  while (k >= 0 && inOffice(all[k] as Token) && !TEMPORAL_MODIFIERS.has((all[k] as Token).lower)) k -= 1;
  if (["a", "an", "the"].includes(all[k]?.lower ?? "")) k -= 1;
  return all[k] !== undefined && TEMPORAL_MODIFIERS.has((all[k] as Token).lower);
}

/** Verbs that tell an office someone held ("served as", "spent seven seasons as", "worked as"). */
const HELD_AS = new Set(["serve", "spend", "work", "act"]);

/**
 * An office told as one held before: "spent seven seasons as an assistant coach", "served as an
 * assistant coach for seven", "the former Sixers player and assistant coach". The other outlet's
 * office of today is no conflict with it.
 */
export function heldBefore(all: readonly Token[], role: Token): boolean {
  const i = all.indexOf(role);
  if (i < 0) return false;
  const before = all.slice(Math.max(0, i - 8), i);
  const as = before.map((t) => t.lower).lastIndexOf("as");
  if (as >= 0 && before.slice(0, as).some((t) => HELD_AS.has(t.lemma) && t.lower !== t.lemma)) return true;
  // "former" earlier in the same noun phrase, across "and" ("the former player and assistant coach").
  const phrase = before.slice(before.findLastIndex((t) => t.pos === "VERB" || t.pos === "AUX" || t.text === "," || t.pos === "ADP") + 1);
  return phrase.some((t) => t.lower === "former");
}

export interface EntityFinding {
  severity: Severity;
  a: Description;
  b: Description;
  roleA: Description["roles"][number];
  roleB: Description["roles"][number];
}

/**
 * The offices a description names: runs of role words, adjacent or one word apart ("assistant general manager", "top political adviser",
 * "senior vice president"), each its base (the last word that is not a modifier) and its modifiers.
 */
interface Office {
  base: string;
  modifiers: Set<string>;
  role: Description["roles"][number];
}

function officesOf(d: Description): Office[] {
  const runs: Array<Description["roles"]> = [];
  for (const r of [...d.roles].sort((x, y) => x.start - y.start)) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    // Adjacent, or one word apart ("top political adviser").
    const between = last ? d.text.slice(last.end - d.start, r.start - d.start) : "";
    // ("former F.B.I. director": an abbreviation's dots bridge too.)
    const bridge = /^\s*[\p{L}.-]+\s*$/u.test(between) && !/^\s*(?:and|or|of|the|a|an|for|to|with|at)\s*$/i.test(between);
    if (run && last && (r.start - last.end <= 1 || bridge)) run.push(r);
    else runs.push([r]);
  }
  return runs.flatMap((run) => {
    // ("ex-Vice President" is "former Vice President".)
    const parts = run.flatMap((r) => r.word.split("-").map((p) => (p === "ex" ? "former" : p))).filter((p) => !COURTESY_MODIFIERS.has(p));
    const base = [...parts].reverse().find((p) => !ROLE_MODIFIERS.has(p) && ROLE_WORDS.has(p));
    const role = run[run.length - 1];
    if (!base || !role) return [];
    return [{ base: base.replace(/s$/, ""), modifiers: new Set(parts.filter((p) => p !== base && ROLE_MODIFIERS.has(p))), role }];
  });
}

const sameBase = (x: Office, y: Office) => roleKey(x.base) === roleKey(y.base) || synonymous(x.base, y.base);
/** Modifiers one office has and the other does not; "acting" and "interim" are one, so are "elect" and "incoming"; a formal title's word is none. */
const differingModifiers = (x: Office, y: Office) => {
  // (Rank words keep their own reading here: "top" / "senior" is `bothSenior`'s.)
  const has = (o: Office, m: string) => o.modifiers.has(m) || [STAND_IN, TO_COME].some((words) => words.has(m) && [...o.modifiers].some((n) => words.has(n)));
  return [...x.modifiers, ...y.modifiers].filter((m) => !FORMAL.has(m) && !(has(x, m) && has(y, m)));
};

/** Pairs of descriptions of the same person, in different sources, whose titles differ. */
export function compareDescriptions(all: readonly Description[]): EntityFinding[] {
  const out: EntityFinding[] = [];
  const seen = new Set<string>();
  // Every office each article gives each person, to tell two hats from two offices.
  const officesBy = new Map<string, Office[]>();
  for (const d of all) {
    const key = `${d.source}:${d.key}`;
    const list = officesBy.get(key) ?? [];
    list.push(...officesOf(d));
    officesBy.set(key, list);
  }
  for (let i = 0; i < all.length; i += 1) {
    for (let j = i + 1; j < all.length; j += 1) {
      const a = all[i];
      const b = all[j];
      if (!a || !b || a.source === b.source || a.key !== b.key) continue;
      const [x, y] = a.source < b.source ? [a, b] : [b, a];
      const [ox, oy] = [officesOf(x), officesOf(y)];
      if (ox.length === 0 || oy.length === 0) continue;
      // One office both name: written alike in one pair, the descriptions agree (one may add a
      // second hat: "assistant general manager and senior vice president"); otherwise the pair
      // differing least says how ("ambassador"/"ambassador-designate", "President"/"Former President").
      const shared = ox.flatMap((p) => oy.filter((q) => sameBase(p, q)).map((q) => [p, q] as const));
      if (shared.some(([p, q]) => differingModifiers(p, q).length === 0)) continue;
      const closest = [...shared].sort((m, n) => differingModifiers(m[0], m[1]).length - differingModifiers(n[0], n[1]).length)[0];
      // Two different offices where each article elsewhere gives the person an office the other
      // gives too ("Defense Secretary Jim Mattis, a retired Marine general" / "Defense Secretary
      // James Mattis"): two hats of one person, both told; no difference.
      const [allX, allY] = [officesBy.get(`${x.source}:${x.key}`) ?? [], officesBy.get(`${y.source}:${y.key}`) ?? []];
      if (!closest && allX.some((p) => allY.some((q) => sameBase(p, q)))) continue;
      // A seat and a post held in it ("Senator Chuck Schumer" / "Senate Minority Leader Chuck Schumer"): two hats.
      if (!closest && ox.some((p) => oy.some((q) => seatAndPost(roleKey(p.base), roleKey(q.base))))) continue;
      // An office held before beside another ("a former lieutenant governor of Maryland" / "RNC
      // Chairman"), or a generic role beside a specific office ("adviser" / "chairman of the National
      // Economic Council"): a past job and a present one, or less said: no difference.
      // ("a retired four-star Marine general": the time word may stand words apart from the office.)
      const past = (d: Description) => d.roles.some((r) => r.word.split("-").some((p) => TEMPORAL_MODIFIERS.has(p)));
      const generic = (os: Office[]) => os.every((o) => GENERIC_ROLES.has(o.base));
      if (!closest && (past(x) || past(y) || generic(ox) || generic(oy))) continue;
      // A candidacy beside an office ("Attorney General" / "U.S. Senate candidate"): two hats.
      if (!closest && [...ox, ...oy].some((o) => CANDIDACIES.has(o.base))) continue;
      // Different offices ("Defense Secretary"/"retired Marine general") are usually two hats of one person: worth a look.
      const [roleA, roleB] = closest ? [closest[0].role, closest[1].role] : [ox[0]?.role, oy[0]?.role];
      if (!roleA || !roleB) continue;
      const key = `${x.source}:${y.source}:${x.key}:${roleA.word}:${roleB.word}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const differing = closest ? differingModifiers(closest[0], closest[1]) : [];
      // Seniority alone ("senior adviser"/"adviser") is a nuance of one office.
      const seniorityOnly = differing.length > 0 && differing.every((m) => SENIORITY_MODIFIERS.has(m));
      // Both senior, in different words ("senior adviser" / "top political adviser"): one rank worded two ways.
      const senior = (o: Office) => [...o.modifiers].some((m) => SENIORITY_MODIFIERS.has(m));
      const bothSenior = seniorityOnly && closest !== undefined && senior(closest[0]) && senior(closest[1]);
      // "The president's top political adviser" / "senior adviser": one rank worded two ways, no difference.
      if (bothSenior) continue;
      // "Former" against none: one outlet writes of the time of the events, the other of today.
      // Told at another time ("then Vice President-elect", "a former senior official"), whatever else differs.
      const timeOnly = differing.some((m) => TEMPORAL_MODIFIERS.has(m));
      // One office at two times ("FBI Director" / "former FBI director"): the events' time and today's, no difference.
      if (timeOnly) continue;
      // A bare generic role ("officer") against the full title ("Assistant Chief Fire Officer"): less said, not another office.
      const bareGeneric = closest !== undefined && GENERIC_ROLES.has(closest[0].base) && (closest[0].modifiers.size === 0 || closest[1].modifiers.size === 0);
      out.push({ severity: !closest || bareGeneric ? S.acrossArticles.differentOffices : seniorityOnly ? S.acrossArticles.seniorityOnly : S.acrossArticles.modifierChanged, a: x, b: y, roleA, roleB });
    }
  }
  return out;
}

/** One source as the comparison across articles reads it. */
export interface DescribedSource {
  label: string;
  sentences: ReadonlyArray<{ text: string; index: number }>;
  features: readonly SentenceFeatures[];
}

/** Title differences between how whole articles describe each named person, as discrepancies of no claim group. */
export function titlesAcrossArticles(sources: readonly DescribedSource[]): Array<Omit<Discrepancy, "id" | "fingerprint">> {
  const all: Description[] = [];
  sources.forEach((p, source) =>
    p.sentences.forEach((s) => {
      const f = p.features[s.index];
      all.push(...(f && f.text === s.text ? describeSentence(f, source, s.index) : describe(s.text, source, s.index)));
    }),
  );
  return compareDescriptions(all).map((f) => {
    const la = sources[f.a.source]?.label ?? "";
    const lb = sources[f.b.source]?.label ?? "";
    const sa = sources[f.a.source]?.sentences[f.a.sentence]?.text ?? "";
    const sb = sources[f.b.source]?.sentences[f.b.sentence]?.text ?? "";
    return {
      type: TITLES_RULE.type,
      severity: f.severity,
      claimGroup: null,
      scope: "entity" as const,
      spans: [
        { source: f.a.source, sentence: f.a.sentence, text: sa.slice(f.roleA.start, f.roleA.end), start: f.roleA.start, end: f.roleA.end },
        { source: f.b.source, sentence: f.b.sentence, text: sb.slice(f.roleB.start, f.roleB.end), start: f.roleB.start, end: f.roleB.end },
      ],
      explanation: `${la} calls ${f.a.name} “${f.a.text}”; ${lb} calls ${f.b.name} “${f.b.text}”.`,
    };
  });
}

/** The capitalised words before a role word that name its body ("Senate Majority" of "Senate Majority Whip"), lower case, or "". */
function bodyBefore(tokens: readonly Token[], role: Token): string {
  const i = tokens.indexOf(role);
  const words: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - PORTFOLIO_REACH; k -= 1) {
    const t = tokens[k] as Token;
    if (!/^\p{Lu}/u.test(t.text) || isRoleWord(t)) break;
    words.unshift(t.lower);
  }
  return words.join(" ");
}

/** Characters before a title's role word within which its modifiers stand ("Deputy Fire Chief"). */
const TITLE_REACH = 40;
const RANK = { high: 0, medium: 1, low: 2 } as const;

/**
 * One title difference found twice is one discrepancy: a claim-level one the comparison across
 * articles already reports (every span's words, in its source, are a reported title), or an
 * across-articles one a claim-level finding at least as serious already reports on the same
 * sentence, at the title's words ("B adds 'Deputy' to the title" / "A calls her 'Fire Chief'; B
 * 'Deputy Fire Chief'"). Built once over all discrepancies.
 */
export function reportedAcrossArticles(all: ReadonlyArray<Omit<Discrepancy, "id" | "fingerprint">>): (d: Omit<Discrepancy, "id" | "fingerprint">) => boolean {
  const entities = all.filter((d) => d.scope === "entity" && d.type === TITLES_RULE.type);
  const entityTexts = new Set(entities.flatMap((d) => d.spans.map((s) => `${s.source}:${canonical(s.text)}`)));
  // A word of a title a more serious across-articles finding holds on its sentence ("Deputy" before
  // "Inspector" of "Deputy Chief Inspector") is that title; of two as serious, the claim's is kept.
  const held = (d: Omit<Discrepancy, "id" | "fingerprint">, s: Span) =>
    entityTexts.has(`${s.source}:${canonical(s.text)}`) ||
    entities.some((e) => RANK[e.severity] < RANK[d.severity] && e.spans.some((x) => x.source === s.source && x.sentence === s.sentence && s.start >= x.start - TITLE_REACH && s.end <= x.end));
  const repeated = (d: Omit<Discrepancy, "id" | "fingerprint">) => d.scope === "claim" && d.type === TITLES_RULE.type && d.spans.every((s) => held(d, s));
  const claims = all.filter((d) => d.scope === "claim" && d.type === TITLES_RULE.type && !repeated(d));
  const foundInClaim = (d: Omit<Discrepancy, "id" | "fingerprint">) =>
    d.scope === "entity" &&
    d.type === TITLES_RULE.type &&
    claims.some(
      (c) =>
        RANK[c.severity] <= RANK[d.severity] &&
        c.spans.some((x) => d.spans.some((e) => e.source === x.source && e.sentence === x.sentence && x.start >= e.start - TITLE_REACH && x.end <= e.end)),
    );
  return (d) => repeated(d) || foundInClaim(d);
}

/** A standing in a race, held beside any office: "Senate candidate", "the party's nominee". */
const CANDIDACIES = new Set(["candidate", "candidates", "nominee", "hopeful", "contender", "challenger"]);
/** Words for anyone on a staff, which name no office: "aide", "official", "member". */
const ANY_STAFF = new Set(["aide", "aides", "official", "officials", "member", "members", "staffer", "staffers"]);

/** Both sides name the holder, one person: the names one side gives all among the other's. */
function onePersonNamed(ha: ReadonlySet<string>, hb: ReadonlySet<string>): boolean {
  return ha.size > 0 && hb.size > 0 && ([...ha].every((n) => hb.has(n)) || [...hb].every((n) => ha.has(n)));
}
