import type { Mention, SentenceFeatures } from "../features";
import type { Token } from "../nlp";
import { q, span, type Finding, type LocalSpan, type Side } from "../finding";
import { ACRONYM, canBeSameSpeaker, sameSpeaker, speakerOf, speakingPronoun, type Speaker } from "../speakers";
import { attributedElsewhere, voiceOf } from "../quotations";
import { saidVenues } from "../speech";
import { aliasOf, editDistance } from "../names";
import { synonymous } from "../lexicon";
import { overlap } from "../similarity";
import { splitWords, stemOf } from "../words";
import { AGENT_KINDS, INSTITUTIONS, OUTLET_NAMES, ROLE_WORDS, SPEECH_VERB_CLASS, VAGUE_ROLES } from "../vocabulary";
import { isNewsOutlet, tokenKey } from "../features";
import { subjectBefore } from "./context";
import type { RuleDescriptor } from "./rule";

/**
 * Attribution: who stands behind the claim, and where and how they said it. Three readings, in this
 * order, of what `features` and `speakers` extracted:
 *
 * - the venue ("at a news conference" / "in a statement") or the named source ("according to
 *   Reuters"): medium when both sides give one of the same kind and they differ, low when one gives
 *   a source and the other a channel; none when only one side gives one (a detail it adds);
 * - the speaker (`speakers`; a quotation's "he said", the person the sentence before names, as
 *   `quotations` reads it; a name one letter apart is one person misspelled): two people named differently, or two kinds of source ("the family" /
 *   "police", "Capt. Jeff Butler" / "witnesses", "multiple sources" / "a law enforcement official"),
 *   reporting much the same words (`REPORTED_ALIKE`), are medium, and so are two offices ("the
 *   governor" / "the mayor") and two bodies, named or not ("the Foreign Ministry" / "its embassy in
 *   Vienna", "the coast guard" / "the navy", "the airline" / "the pilots' union", not two words for
 *   one business, nor a business by its one-word name and as "the company"); a regulator and a
 *   business are two kinds, a business and its own officer or spokesperson one voice; a named
 *   person against an unnamed group of no other kind, or police against officials (both the
 *   authorities), low;
 * - relayed or first-hand: one outlet has the claim from another news outlet ("..., says FOX DC",
 *   "according to media reports"), the other from a source of its own: medium when that source is
 *   named or described and both report much the same words, low otherwise, and low when the relaying
 *   sentence names that same speaker (the relay is a credit); none when the other credits nobody
 *   (the relay is a detail one outlet adds);
 * - a party that declined to comment on one side and is reported saying something on the other
 *   ("The city declined to comment" / "A city spokesman said the city would fight the suit"): medium
 *   (`noComment`);
 * - an anonymous source on one side ("according to a person familiar with the case", "sources said",
 *   "an official who spoke on condition of anonymity") against a source on the record on the other
 *   (a named or described speaker, a document: "according to court documents"): medium (`anonymity`);
 * - a record and the person it records or who reads it out ("the video showed Tlaib telling supporters",
 *   "Reading from a letter, Mr. Conaway added", "according to a report in The Atlantic" / "The Atlantic
 *   first reported"), a person and who speaks for them ("Flynn's lawyer" / "Mr. Flynn"), or a
 *   government by its seat and by its name ("the White House" / "the Obama administration"), are one
 *   voice: none;
 * - the stance of the speech verb, when one speaker may say both: "confirmed" against "denied" is
 *   medium; any other pair is the outlet's choice of verb, none ("said" against "claimed",
 *   "admitted" or "denied": editors read it as house style, and hand-labelled coverage never lists it).
 */
export const ATTRIBUTION_RULE = {
  type: "attribution",
  detects: "a claim attributed to a different speaker, venue or source, or with a different stance",
  thresholds: {
    /** Sentences this alike (similarity) say one claim, whose unnamed and named sources are worth a second look; below it they may be two claims. */
    oneClaim: 0.35,
  },
  severity: {
    twoVenues: "medium",
    sourceAndChannel: "low",
    twoNamedSpeakers: "medium",
    twoKindsOfSource: "medium",
    speakerDescribedTwoWays: "low",
    relayedAgainstDirect: "medium",
    relayedOtherwise: "low",
    confirmedAgainstDenied: "medium",
    noCommentAgainstStatement: "medium",
    anonymousAgainstOnRecord: "medium",
    anonymousOnAnotherClaim: "low",
  },
} as const satisfies RuleDescriptor;

const S = ATTRIBUTION_RULE.severity;
const STANCES = new Set(["neutral", "assertive", "confirm", "concede", "deny"]);

/** Words for a news outlet by its kind ("told the paper", "told the network"), and the words of the names of outlets of that kind. */
const NEWSPAPER_NAME = /\b(?:times|post|journal|herald|tribune|gazette|globe|chronicle|guardian|telegraph|observer|examiner|inquirer|register|courier|star|sun|daily|press|independent|standard)\b/;
const BROADCASTER_NAME = /^(?:[a-z]{2,5}|[a-z]{2,5} news)$|\b(?:tv|television|radio|broadcasting|network|channel)\b/;
const OUTLET_KINDS: ReadonlyMap<string, RegExp> = new Map([
  ["paper", NEWSPAPER_NAME],
  ["newspaper", NEWSPAPER_NAME],
  ["network", BROADCASTER_NAME],
  ["station", BROADCASTER_NAME],
  ["channel", BROADCASTER_NAME],
]);

/** An outlet named by its kind ("paper") and an outlet's name of that kind ("washington post"): one outlet. */
function ofKind(kind: string, name: string): boolean {
  return OUTLET_KINDS.get(kind)?.test(name) === true && !OUTLET_KINDS.has(name);
}

/** "according to THR" and "according to The Hollywood Reporter" name one source; "a statement on Twitter" is a statement and a tweet; a video may be a post; a statement may be an e-mail. */
function sameVenue(x: Mention, y: Mention): boolean {
  if (x.key === y.key) return true;
  // An interview with one news outlet ("told the BBC") is another than with another ("told Sky Sports"),
  // and the same as an interview whose outlet goes unsaid ("in an interview").
  const [px, py] = [x.key.split("@"), y.key.split("@")];
  // What someone told an outlet is what that outlet has from them: "told the Times" / "according to the Times".
  if ((px[1] !== undefined && y.key === `source:${px[1]}`) || (py[1] !== undefined && x.key === `source:${py[1]}`)) return true;
  if (px.length > 1 || py.length > 1) {
    // (One outlet named in full and in short is one: "The News" / "the New York Daily News".)
    // (Or by its initials: "AP" / "The Associated Press".)
    const words = (name: string) => name.split(/\s+/);
    const within = (p: string, r: string) => words(p).every((w) => words(r).includes(w)) || p.replace(/\./g, "") === words(r).map((w) => w[0] ?? "").join("");
    // ("Told the paper" names an outlet by its kind, the one the other names if it is of that kind:
    // "told The Washington Post"; not "told the network", nor "told Reuters".)
    if (px[1] !== undefined && py[1] !== undefined && !within(px[1], py[1]) && !within(py[1], px[1]) && !ofKind(px[1], py[1]) && !ofKind(py[1], px[1])) return false;
    return sameVenue({ ...x, key: px[0] ?? x.key }, { ...y, key: py[0] ?? y.key });
  }
  // "in a statement on Twitter" is a statement, and a tweet: the same venue as either said alone (not
  // "a statement released after a news conference" against "at a press conference").
  if (x.key.startsWith("venue:") && y.key.startsWith("venue:")) {
    const kinds = (k: string) => k.slice("venue:".length).split("+");
    const [kx, ky] = [kinds(x.key), kinds(y.key)];
    const posted = (ks: string[], other: string[]) => ks.includes("tweet") && (other.join("+") === "tweet" || ks.filter((k) => k !== "tweet").join("+") === other.join("+"));
    // A video is a format, posted anywhere: "in a video" and "in a Twitter post" may be one post.
    const video = (ks: string[], other: string[]) => ks.join("+") === "video" && other.some((k) => k === "tweet" || k === "post");
    // A statement is most often sent by e-mail, as a press release, a memo to staff as an e-mail: "in a
    // statement" and "in an e-mail" or "in a press release" may be one message.
    // (A filing too: a company files the text it releases the same day.)
    const written = (ks: string[]) => ks.length > 0 && ks.every((k) => k === "statement" || k === "email" || k === "e-mail" || k === "release" || k === "memo" || k === "filing");
    // A call said more fully: "on a call" / "on a conference call" (not "at a press conference" / "a
    // statement released after a news conference", two venues).
    const fuller = (ks: string[], other: string[]) => ks.join("+") === "call" && other.includes("call");
    // "A video statement" is a statement, made on video: the same venue as "a statement" or "a video".
    const filmed = (ks: string[], other: string[]) => ks.length > 1 && ks.includes("video") && (ks.filter((k) => k !== "video").join("+") === other.join("+") || other.join("+") === "video");
    // "On social media" names no network: a tweet or a Facebook post is a post on social media.
    const social = (m: Mention, other: string[]) => /social media/i.test(m.text) && other.length > 0 && other.every((k) => k === "tweet" || k === "post");
    // "Told reporters" is said aloud to the press, at a news conference, in remarks, on a call or in an
    // interview: the same venue as any of those, another than a text sent or posted ("in a statement").
    const TEXTS = new Set(["statement", "email", "e-mail", "letter", "memo", "tweet", "post"]);
    // (Not evidence given in court or to a hearing: "told the court" / "told reporters outside court".)
    const aloud = (ks: string[], other: string[]) => ks.join("+") === "reporters" && !other.some((k) => TEXTS.has(k) || k === "court" || k === "hearing");
    // Evidence in court is given at a hearing, and read there as a victim's or a witness's statement:
    // "told the court" / "told the hearing", "said in a victim impact statement".
    const inCourt = (ks: string[], other: string[], otherText: string) => ks.join("+") === "court" && (other.join("+") === "hearing" || (other.join("+") === "statement" && EVIDENCE_STATEMENT.test(otherText)));
    return (
      inCourt(kx, ky, y.text) ||
      inCourt(ky, kx, x.text) ||
      posted(kx, ky) ||
      posted(ky, kx) ||
      video(kx, ky) ||
      video(ky, kx) ||
      filmed(kx, ky) ||
      filmed(ky, kx) ||
      social(x, ky) ||
      social(y, kx) ||
      (written(kx) && written(ky)) ||
      fuller(kx, ky) ||
      fuller(ky, kx) ||
      aloud(kx, ky) ||
      aloud(ky, kx)
    );
  }
  if (!x.key.startsWith("source:") || !y.key.startsWith("source:")) return false;
  // "according to Bell" / "according to Fire Chief Marcus Bell": one source named in short.
  const words = (k: string) => k.slice("source:".length).split(/[^\p{L}]+/u).filter(Boolean);
  const [wx, wy] = [words(x.key), words(y.key)];
  const [shorter, longer] = wx.length <= wy.length ? [wx, wy] : [wy, wx];
  if (shorter.length > 0 && shorter.every((w) => longer.includes(w))) return true;
  const initials = (k: string) => k.slice("source:".length).split(/[\s.]+/).filter(Boolean).map((w) => w[0] ?? "").join("");
  const letters = (k: string) => k.slice("source:".length).replace(/[^\p{L}]/gu, "");
  if (letters(x.key) === letters(y.key)) return true;
  // "the USGS" / "the U.S. Geological Survey" / "the US Geological Survey": an abbreviation inside
  // a name keeps all its letters, function words none ("Federal Bureau of Investigation": FBI).
  const [ix, iy] = [acronymOf(x.text), acronymOf(y.text)];
  if ((ix.length >= 2 && ix === letters(y.key)) || (iy.length >= 2 && iy === letters(x.key))) return true;
  // (An acronym kept when the name grew a last word: "CDC" / "Centers for Disease Control and Prevention".)
  const grown = (full: string, short: string) => short.length >= 3 && full.length === short.length + 1 && full.startsWith(short);
  if (grown(ix, letters(y.key)) || grown(iy, letters(x.key))) return true;
  return initials(x.key) === letters(y.key) || initials(y.key) === letters(x.key) || `t${initials(x.key)}` === letters(y.key) || `t${initials(y.key)}` === letters(x.key);
}

/** The letters a name is abbreviated by: the first of each word, all of an abbreviation ("U.S.", "US"), none of "of" or "the". */
function acronymOf(text: string): string {
  return text
    .replace(/^according to\s+/i, "")
    .replace(/^the\s+/i, "")
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => {
      const plain = w.replace(/[^\p{L}]/gu, "");
      return /^(?:\p{Lu}\.?){2,4}$/u.test(w) ? plain.toLowerCase() : (plain[0] ?? "").toLowerCase();
    })
    .join("");
}

export function attribution(a: Side, b: Side): Finding[] {
  const out: Finding[] = [];
  // Two people quoted saying different things made two statements: neither outlet misattributes one,
  // and where each said it is not a discrepancy either.
  const [sa, sb] = [speakerOf(a.features), speakerOf(b.features)];
  if (sa?.named && sb?.named && !sameSpeaker(sa, sb) && differentQuotations(a, b)) return out;
  const [venuesA, venuesB] = [attributed(a), attributed(b)];
  const va = venuesA.filter((x) => !venuesB.some((y) => sameVenue(x, y)));
  const vb = venuesB.filter((y) => !venuesA.some((x) => sameVenue(x, y)));
  // A venue or source one side names and the other leaves unsaid is a detail it adds ("in a
  // statement" / nothing): only two different ones are a difference.
  if (va.length > 0 && vb.length > 0) {
    // A named source ("according to Chicago police") and a channel ("in a statement") answer two
    // questions, who and how: both can be true. Two of one kind conflict, when one speaker may have
    // said one thing: two people, or two different quotations, were said in two places.
    const category = (m: Mention) => (m.key.startsWith("source:") ? "source" : "channel");
    // A line of a quotation is its speaker's (`voiceOf`), said where the quotation is attributed.
    const oneStatement = canBeSameSpeaker(voiceOf(a.features), voiceOf(b.features)) && !differentQuotations(a, b);
    const both = oneStatement && va.some((x) => vb.some((y) => category(x) === category(y)));
    const describe = (label: string, list: Array<Mention & { inherited?: true }>) =>
      `${label} says ${list.map((m) => q(m.text)).join(" and ")}${list.some((m) => m.inherited) ? " (where it attributes the quotation)" : ""}`;
    out.push({
      type: ATTRIBUTION_RULE.type,
      severity: both ? S.twoVenues : S.sourceAndChannel,
      // A channel read in another sentence is marked there, where the quotation is attributed.
      spans: [...va.map((m) => venueSpan(0, a, m)), ...vb.map((m) => venueSpan(1, b, m))],
      explanation: `${describe(a.label, va)}; ${describe(b.label, vb)}.`,
    });
  }
  // Two sources named by "according to" ("Reuters" / "the Associated Press") are read as two speakers
  // too: one discrepancy, the speakers' finding.
  // (A source not named against one on the record, "Sources said" / "OPEC said", is the anonymity
  // finding, not two speakers told two ways.)
  const unnamed = anonymity(a, b);
  const bySpeaker = unnamed.length > 0 ? [] : speakers(a, b);
  const sameWords = (f: Finding, g: Finding) => ([0, 1] as const).every((side) => f.spans.some((x) => x.side === side && g.spans.some((y) => y.side === side && x.start < y.end && y.start < x.end)));
  const venueFinding = out.findIndex((f) => bySpeaker.some((g) => sameWords(f, g)));
  if (venueFinding >= 0) out.splice(venueFinding, 1);
  out.push(...bySpeaker, ...relayed(a, sa, b, sb), ...noComment(a, b));
  out.push(...unnamed);
  // Only stance classes compare: "announced" or "warned" are usually the claim itself, not its attribution.
  const stance = (ms: Mention[]) => ms.filter((m) => STANCES.has(m.key));
  const va2 = stance(a.features.speechVerbs);
  const vb2 = stance(b.features.speechVerbs);
  const ca = new Set(va2.map((m) => m.key));
  const cb = new Set(vb2.map((m) => m.key));
  const onlyA = va2.filter((m) => !cb.has(m.key) && m.key !== "neutral");
  const onlyB = vb2.filter((m) => !ca.has(m.key) && m.key !== "neutral");
  // Verbs of two people ("a BuzzFeed report claiming" / "the special counsel disputed") are two statements, not one told with two stances.
  // "Confirmed" against "said" states the claim as surely: only a denial makes a confirmation worth a look.
  const marked = new Set([...onlyA, ...onlyB].map((m) => m.key));
  const confirmedOnly = marked.size === 1 && marked.has("confirm");
  // One verb on both sides, denied on one ("conceded" / "has not conceded"): a claim and its denial,
  // the negation's finding, not a stance told two ways.
  const sameVerb = (m: Mention, list: Mention[]) => list.some((o) => o.text.toLowerCase() === m.text.toLowerCase());
  const deniedOnly = onlyA.length + onlyB.length > 0 && onlyA.every((m) => sameVerb(m, vb2)) && onlyB.every((m) => sameVerb(m, va2));
  // Each side's verbs of another stance, else the verb it has ("said"): what the explanation names is what is marked.
  const [listA, listB] = [onlyA.length > 0 ? onlyA : va2.slice(0, 1), onlyB.length > 0 ? onlyB : vb2.slice(0, 1)];
  // Verbs with two different subjects ("the suspect acknowledged" / "the suspect's lawyer disputed"):
  // two parties' stances, not one claim told with two.
  const subject = (side: Side, m: Mention) => subjectBefore(side.features.tokens, m.start);
  const otherSubject = (x: Mention, y: Mention) => {
    const [sx, sy] = [subject(a, x), subject(b, y)];
    return sx !== undefined && sy !== undefined && sx.lemma !== sy.lemma && !synonymous(sx.lemma, sy.lemma);
  };
  const twoParties = listA.length > 0 && listB.length > 0 && listA.every((x) => listB.every((y) => otherSubject(x, y)));
  // "Confirmed" against "denied" is a contradiction of who stands behind the claim; "said" against
  // "claimed", "admitted" or "denied" alone is the outlet's choice of verb, not another value.
  const keys = new Set([...onlyA, ...onlyB].map((m) => m.key));
  const contradicted = (keys.has("confirm") || keys.has("concede")) && keys.has("deny");
  if (contradicted && ca.size > 0 && cb.size > 0 && !confirmedOnly && !deniedOnly && !twoParties && canBeSameSpeaker(voiceOf(a.features), voiceOf(b.features))) {
    const words = (list: Mention[]) => list.map((m) => q(m.text)).join(" and ");
    out.push({
      type: ATTRIBUTION_RULE.type,
      severity: S.confirmedAgainstDenied,
      spans: [...listA.map((m) => span(0, m)), ...listB.map((m) => span(1, m))],
      explanation: `${a.label} has ${words(listA)}; ${b.label} has ${words(listB)}: a different stance towards the claim.`,
    });
  }
  return out;
}

function venueSpan(side: 0 | 1, of: Side, m: Mention & { inherited?: true }): LocalSpan {
  const at = of.features.quotation?.saidIn;
  return m.inherited && at !== undefined ? { ...span(side, m), elsewhere: { sentence: at, text: m.text } } : span(side, m);
}

/**
 * The venues that say how the sentence's claim was said: its own, else, on a line of a quotation
 * attributed in another sentence ('"...," Mr. Lee said in a statement. | "If ..."'), the channel
 * said there (`inherited`: its words are in that sentence, not this one).
 */
function attributed(side: Side): Array<Mention & { inherited?: true }> {
  const own = saidVenues(side.features);
  // One line only: in a member of several sentences the channel is one line's, not the others'.
  if (own.length > 0 || side.features.sentences || !attributedElsewhere(side.features)) return own;
  return (side.features.quotation?.channels ?? []).map((m) => ({ ...m, inherited: true as const }));
}

/**
 * Both sentences quote someone, and not the same words: under 60% of their longer words in common
 * (Dice). Two people demanding the same thing in their own words are two quotations. In a member of
 * several sentences each line is its own quotation: one line alike is the same words.
 */
export function differentQuotations(a: Side, b: Side): boolean {
  const linesOf = (side: Side) =>
    (side.features.sentences?.map((s) => s.features) ?? [side.features])
      .map((f) => new Set(f.quotes.flatMap((q) => splitWords(q.key)).filter((w) => w.length > 3)))
      .filter((words) => words.size > 0);
  const [la, lb] = [linesOf(a), linesOf(b)];
  if (la.length === 0 || lb.length === 0) return false;
  const alike = (wa: Set<string>, wb: Set<string>) => {
    let shared = 0;
    for (const w of wa) if (wb.has(w)) shared += 1;
    return (2 * shared) / (wa.size + wb.size) >= 0.6;
  };
  return !la.some((wa) => lb.some((wb) => alike(wa, wb)));
}

/**
 * Share of the shorter report's words the other must have to report one claim (a lead may report
 * it among other things: "was arraigned after police say he shot and killed his friend").
 */
const REPORTED_ALIKE = 0.4;

/** The content words a sentence reports: its own, without the speaker's words and the verbs of saying. */
function reported(side: Side, speaker: Speaker): Set<string> {
  const inSpeaker = new Set(side.features.tokens.filter((t) => t.start >= speaker.start && t.end <= speaker.end).map((t) => tokenKey(t)));
  return new Set([...side.features.content.keys()].filter((k) => !inSpeaker.has(k) && !speaker.words.has(k) && SPEECH_VERB_CLASS[k] === undefined));
}

/** The two sentences report much the same thing, whoever says it: the same quotation, or most of their content words. */
function reportedAlike(a: Side, sa: Speaker, b: Side, sb: Speaker): boolean {
  // The very words quoted, however few content words they hold ("We are nowhere near out of the woods").
  if (a.features.quotes.some((x) => x.key.length > 0 && b.features.quotes.some((y) => y.key === x.key))) return true;
  const [ra, rb] = [reported(a, sa), reported(b, sb)];
  if (ra.size === 0 || rb.size === 0) return false;
  let shared = 0;
  for (const k of ra) if (rb.has(k)) shared += 1;
  return shared / Math.min(ra.size, rb.size) >= REPORTED_ALIKE;
}

/** Title abbreviations that say what kind of source a named speaker is ("Capt. Jeff Butler": police). */
const TITLE_KINDS: ReadonlyMap<string, string> = new Map([
  ...["capt", "lt", "sgt", "det", "cpl", "ofc"].map((w) => [w, "police"] as [string, string]),
  ...["sen", "rep", "gov"].map((w) => [w, "officials"] as [string, string]),
]);
/**
 * Kinds of source that speak for one side: police for the authorities (officials often are police),
 * prosecutors for their filings ("the indictment says" / "the deputy attorney general said"), a
 * hospital for health officials, organisers for a race's or a festival's officials.
 */
const ONE_SIDE = [new Set(["police", "officials"]), new Set(["prosecutors", "documents"]), new Set(["medical", "officials"]), new Set(["organizers", "officials"])];

/** The umbrella words for public bodies: "authorities said" / "officials said" may be the police or the prosecutors another outlet names. */
const UMBRELLA = new Set(["authority", "authorities", "official", "officials"]);
/** Kinds of public source an umbrella word covers. */
const UNDER_UMBRELLA = new Set(["police", "prosecutors", "officials"]);

/** Words of a party's own voice, never the authorities': "His lawyer", "the defense attorney", "police union officials". */
const OWN_PARTY = new Set(["lawyer", "lawyers", "attorney", "attorneys", "counsel", "defense", "union", "family", "victim"]);

/** An unnamed speaker said only by an umbrella word ("Authorities", "officials", "U.S. officials"). */
function umbrella(x: Speaker): boolean {
  const words = splitWords(x.text.toLowerCase());
  // ("Police union officials" are the union's, "police officials" the police's: no umbrella.)
  return !x.named && words.length > 0 && UMBRELLA.has(words[words.length - 1] ?? "") && words.every((w) => UMBRELLA.has(w) || (!ROLE_WORDS.has(w) && !AGENT_KINDS.has(w) && !OWN_PARTY.has(w)));
}

/** The sentence names the speaker's words outside its own attribution. */
function namesSpeaker(side: Side, speaker: Speaker): boolean {
  // (In either spelling: the tagger may read "Organisers said" as "organizers" and "organisers" as is.)
  // (Its own words, not its kind of body: "the Department of Justice" is not named by "the Department of State".)
  const own = speaker.named ? [...speaker.words].filter((w) => !INSTITUTIONS.has(w)) : [];
  const words = new Set((own.length > 0 ? own : [...speaker.words]).map(zSpelling));
  return side.features.tokens.some((t) => words.has(zSpelling(t.lemma)) || words.has(zSpelling(t.lower)));
}

/** A government's seat, named for it: "the White House", "the Kremlin", "Downing Street". */
const SEATS_OF_GOVERNMENT = /\b(?:white\s+house|kremlin|downing\s+street|[ée]lys[ée]e(?:\s+palace)?|blue\s+house)\b/i;

/** Records that carry a person's words: what they "show" or "state" is that person's. */
const RECORDS = new Set(["video", "videos", "footage", "tape", "recording", "clip", "letter", "tweet", "post", "email", "e-mail", "memo", "transcript", "report", "message", "messages"]);
/** Who speaks for a person: "Flynn's lawyer said" is Flynn's voice. */
const REPRESENTATIVES = "lawyer|lawyers|attorney|attorneys|spokesman|spokeswoman|spokesperson|representative|legal\\s+team";
const REPRESENTED = new RegExp(`^(?:the\\s+)?(\\p{Lu}[\\p{L}.-]*)['’]s?\\s+(?:${REPRESENTATIVES})$`, "iu");

/** A word in "-ize" spelling: "organisers" -> "organizers", "apologised" -> "apologized". */
const zSpelling = (w: string) => w.replace(/is(e|er|ers|es|ed|ing|ation|ations)$/, "iz$1");

/** Bodies of a kind of source that are no people: a hospital speaks as its doctors do. */
const BODY_KINDS: ReadonlyMap<string, string> = new Map([
  ["hospital", "medical"],
  ["clinic", "medical"],
]);

/**
 * What kind of source a speaker is, from its words read from the head back ("a spokeswoman for the
 * ministry"), if any says; a generic role is of the kind of the body named with it ("a hospital
 * spokeswoman" and "a hospital official" speak for the hospital, "a police spokesman" for the police).
 */
export function speakerKind(s: Speaker): string | undefined {
  // A prosecutor's office named by its attorney: "the district attorney", "U.S. Attorney Ana Ruiz", "the attorney general".
  if (PROSECUTING_ATTORNEY.test(s.text)) return "prosecutors";
  const words = splitWords(s.text.toLowerCase()).reverse();
  const kinds = words.map((w) => {
    const singular = [w, w.replace(/s$/, ""), w.replace(/es$/, ""), w.replace(/ies$/, "y")];
    return singular.map((x) => AGENT_KINDS.get(x) ?? BODY_KINDS.get(x) ?? (BUSINESSES.has(x) ? "business" : undefined)).find((k) => k !== undefined) ?? TITLE_KINDS.get(w);
  });
  const forABody = GENERIC_ROLES.has(words[0] ?? "");
  return (forABody ? kinds.slice(1).find((k) => k !== undefined) : undefined) ?? kinds.find((k) => k !== undefined);
}

/** An attorney who prosecutes, by office: "district attorney", "U.S. attorney", "state's attorney", "attorney general", "Crown Prosecution". */
const PROSECUTING_ATTORNEY =
  /\b(?:district|u\.\s?s\.|us|state['’]?s|county|commonwealth['’]?s|city|government)\s+(?:attorneys?|lawyers?)\b|\battorneys?[-\s]general\b|\bcrown\s+prosecut|\b(?:lawyers?|attorneys?)\s+for\s+the\s+(?:state|government|crown|prosecution)\b|\battorney['’]?s\s+office\b/i;

/** A statement that is evidence in court: a victim's or a witness's ("in a victim impact statement"; one read to the court is read as the court by `features`). */
const EVIDENCE_STATEMENT = /\b(?:impact|witness|victim|personal)\s+statements?\b/i;

/** Words of a body's name that say no field it works in: "the state", "national", "federal", a possessive. */
const FIELD_STOP = new Set(["the", "a", "an", "of", "for", "and", "s", "state", "national", "federal", "local", "regional", "city", "county", "country", "its", "their", "his", "her"]);

/** The armed forces by their branches: one speaks for the others. */
const ARMED_FORCES = new Set(["military", "army", "navy"]);

/** Words for a business: two of them may name one ("the company" / "the airline"). */
const BUSINESSES = new Set(["company", "firm", "club", "airline", "bank", "carrier", "business", "retailer", "automaker", "carmaker", "manufacturer", "insurer", "employer", "operator", "utility", "developer"]);

/** Roles that describe a speaker without saying which office they hold: the vague ones ("the official", "the chief") and those any body has ("the spokesman", "the director", "the lawmaker"). */
const GENERIC_ROLES = new Set([...VAGUE_ROLES, "spokesman", "spokeswoman", "spokesperson", "director", "chair", "chairman", "chairwoman", "chairperson", "representative", "lawmaker", "legislator"]);

/** A speaker said as a group of one role: "Prosecutors", "the governors". */
function plural(s: Speaker): boolean {
  const [word, more] = [...s.words];
  return word !== undefined && more === undefined && splitWords(s.text.toLowerCase()).pop() !== word;
}

/** An unnamed speaker who is one office ("the governor", "the mayor"), not a generic role. */
function office(s: Speaker): boolean {
  const [word, more] = [...s.words];
  return word !== undefined && more === undefined && ROLE_WORDS.has(word) && !GENERIC_ROLES.has(word);
}

/** Words that place an office, not name another: "the regional governor", "a local police chief". */
const PLACE_WORDS = new Set(["local", "regional", "state", "county", "city", "national", "federal", "provincial", "district", "municipal", "the", "a", "an", "his", "her", "its", "their"]);

/**
 * The words of an unnamed speaker's office when it ends in a role word ("police chief", "interior
 * minister", "governor"), as a set ("chief of police" is "police chief"), or null.
 */
function postOf(s: Speaker): Set<string> | null {
  if (s.named) return null;
  const words = splitWords(s.text.toLowerCase()).filter((w) => !PLACE_WORDS.has(w) && w !== "of");
  const last = words[words.length - 1];
  const head = words.find((w) => ROLE_WORDS.has(w));
  // (A spokesperson or an official speaks for a body, holding no office of it: "a hospital spokeswoman" / "a hospital official".)
  if (!last || !head || !(ROLE_WORDS.has(last) || words.length === 2) || (GENERIC_ROLES.has(head) && !POST_HEADS.has(head))) return null;
  // (A business's officers go by many names: "the bank's CFO" / "its chief financial officer" / "its finance chief".)
  if (words.some((w) => /^c[a-z]o$/.test(w) || BUSINESS_POSTS.has(w))) return null;
  return new Set(words);
}

/** Words of a business's officers' titles. */
const BUSINESS_POSTS = new Set(["executive", "financial", "finance", "operating", "technology", "officer", "company", "firm", "bank", "group"]);

/** Vague roles that are an office once a body qualifies them: "police chief", "health director". */
const POST_HEADS = new Set(["chief", "director", "head", "chair", "chairman", "chairwoman", "chairperson"]);

/**
 * Two offices in more than one word ("the governor" / "the local police chief", "the army chief" /
 * "the interior minister"): neither's words hold the other's ("the minister" / "the interior
 * minister" may be one), and neither is a vague role alone ("the chief").
 */
function twoPosts(a: Speaker, b: Speaker): boolean {
  const [pa, pb] = [postOf(a), postOf(b)];
  if (!pa || !pb) return false;
  const vague = (p: Set<string>) => p.size === 1 && [...p].every((w) => GENERIC_ROLES.has(w));
  const within = (x: Set<string>, y: Set<string>) => [...x].every((w) => y.has(w));
  return !vague(pa) && !vague(pb) && !within(pa, pb) && !within(pb, pa);
}

/** Words inside a body's name between its capitalised ones: "University of California, Los Angeles". */
const NAME_JOINERS = new Set(["of", "for", "the", "and", "&", ",", "-"]);

/**
 * The run of capitalised words (and the words joining them) that ends where a speaker ends: the name
 * it may be cut from. Across a comma only into a name's next capitalised word ("California, Los
 * Angeles"), not into another clause ("Unlike the FBI, the Secret Service").
 */
function nameRunEndingAt(side: Side, speaker: Speaker): string {
  const tokens = side.features.tokens.filter((t) => t.end <= speaker.end);
  const capitalised = (t: Token | undefined) => /^\p{Lu}/u.test(t?.text ?? "");
  let k = tokens.length;
  while (k > 0) {
    const t = tokens[k - 1];
    if (!(capitalised(t) || NAME_JOINERS.has(t?.lower ?? ""))) break;
    if (t?.text === "," && !capitalised(tokens[k])) break;
    k -= 1;
  }
  const first = tokens[k];
  return first ? side.features.text.slice(first.start, speaker.end) : "";
}

/**
 * A speaker named by initials ("UCLA", "MSF") against a body the other sentence names in full before
 * its speaker's end, where the speaker reader may have cut it short at a comma or a lower-case word
 * ("The University of California, Los Angeles announced", "Doctors Without Borders said"): its
 * capitals hold the initials in a run, or a name of its alias group stands there.
 */
function initialsOfName(initials: Speaker, other: Side, theirs: Speaker): boolean {
  const short = initials.text.replace(/^the\s+/i, "").trim();
  if (!ACRONYM.test(short)) return false;
  const run = nameRunEndingAt(other, theirs);
  const letters = short.replace(/\./g, "").toLowerCase();
  // The first letters of its capitalised words ("AFL-CIO" is one word, not the AFL); an alias, the whole name ("the American Red Cross" is not the ICRC).
  const firsts = run.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0] ?? "").join("").toLowerCase();
  const group = aliasOf(short);
  return (letters.length >= 3 && firsts.includes(letters)) || (group !== undefined && aliasOf(run) === group);
}

/**
 * Who asserts the claim: two people named differently, or two kinds of source ("the family" /
 * "police"), is a different source for it (medium); a named person against an unnamed group of no
 * other kind may be one source described two ways (low), and so may police and officials.
 */
function speakers(a: Side, b: Side): Finding[] {
  const sa = speakerOf(a.features) ?? namedByPronoun(a.features);
  const sb = speakerOf(b.features) ?? namedByPronoun(b.features);
  if (!sa || !sb || misspelled(sa, sb)) return [];
  if (initialsOfName(sa, b, sb) || initialsOfName(sb, a, sa)) return [];
  // ("Prosecuting counsel said": the word before the speaker says whose counsel.)
  const kindIn = (side: Side, x: Speaker) => (/\bprosecuting\s+$/i.test(side.features.text.slice(Math.max(0, x.start - 12), x.start)) ? "prosecutors" : speakerKind(x));
  const [ka, kb] = [kindIn(a, sa), kindIn(b, sb)];
  // ("a hospital spokeswoman" / "a police spokesman": one role, for two kinds of body.)
  const forTwoKinds = !sa.named && !sb.named && ka !== undefined && kb !== undefined && ka !== kb;
  if (sameSpeaker(sa, sb) && !forTwoKinds) return [];
  // Each quoting its speaker's own words, worded apart ('"I am afraid the budget reflects ...," said
  // Father Reese' / '"Your budget appears to reflect ...," says the letter'): two statements.
  if (differentQuotations(a, b)) return [];
  // One outlet may relay the other's source ("Neighbors reported shots" / "Authorities said neighbors
  // reported a fight"): a speaker the other sentence also names is not a second source.
  const relayed = namesSpeaker(b, sa) || namesSpeaker(a, sb);
  // A record and the person it records, or who reads it out ("the video showed Tlaib telling supporters"
  // / "Ms. Tlaib told the crowd", "the letter stated" / "Reading from a letter, Mr. Conaway added"): one voice.
  const record = (x: Speaker) => !x.named && x.words.size > 0 && [...x.words].every((w) => RECORDS.has(w));
  const recording = (r: Speaker, rs: Side, p: Speaker, ps: Side) => record(r) && !record(p) && (namesSpeaker(rs, p) || namesSpeaker(ps, r));
  if (recording(sa, a, sb, b) || recording(sb, b, sa, a)) return [];
  // A person and who speaks for them ("Flynn's lawyer said" / "Mr. Flynn, in a letter from his legal team"): one voice.
  const speaksFor = (x: Speaker, y: Speaker) => {
    const whose = REPRESENTED.exec(x.text.trim())?.[1]?.toLowerCase();
    return whose !== undefined && y.named && y.words.has(whose);
  };
  if (speaksFor(sa, sb) || speaksFor(sb, sa)) return [];
  // A government by the building it sits in and by its name ("the White House" / "the Obama
  // administration", "the Kremlin" / "the Russian government"): one voice.
  const governs = (x: Speaker) => [...x.words].some((w) => w === "government" || w === "administration");
  if ((SEATS_OF_GOVERNMENT.test(sa.text) && governs(sb)) || (SEATS_OF_GOVERNMENT.test(sb.text) && governs(sa))) return [];
  // A business against a named person or a spokesperson ("the company" / "Chief Financial Officer
  // Robert Rivet", "a spokeswoman for Wal-Mart"): most often its own voice.
  const itsVoice = (x: Speaker) => x.named || [...x.words].some((w) => GENERIC_ROLES.has(w));
  const businessVoice = (ka === "business" || kb === "business") && (itsVoice(sa) || itsVoice(sb));
  // ("Authorities said" / "Prosecutors said": the umbrella word may cover the body the other names.)
  const publicBody = (x: Speaker, kind: string | undefined) => kind !== undefined && UNDER_UMBRELLA.has(kind) && !splitWords(x.text.toLowerCase()).some((w) => OWN_PARTY.has(w));
  const covered = (umbrella(sa) && publicBody(sb, kb)) || (umbrella(sb) && publicBody(sa, ka));
  const twoKinds = ka !== undefined && kb !== undefined && ka !== kb && !ONE_SIDE.some((side) => side.has(ka) && side.has(kb)) && !relayed && !businessVoice && !covered;
  // Two unnamed speakers are two sources only when they are two kinds ("the family" / "police");
  // "the company" / "the firm" or "police" / "officers" are too often one.
  // Two different bodies ("the ministry" / "the embassy") are two sources whatever their kind.
  // So are two offices ("the governor" / "the mayor"): two people, whoever holds them.
  // (An office's staff said as a group covers the office: "Prosecutors" / "the district attorney".)
  const staffOfOne = ka !== undefined && ka === kb && (plural(sa) || plural(sb));
  const twoOffices = !sa.named && !sb.named && ((office(sa) && office(sb)) || twoPosts(sa, sb)) && !relayed && !staffOfOne;
  // Two words for a business ("the company" / "the airline", "the firm") may be one business.
  const business = (x: Speaker) => [...x.words].every((w) => BUSINESSES.has(w));
  // A body by its head word, named or not ("Tarkhania's Foreign Ministry", "its embassy", "the coast guard").
  // (Any word for a business is the body "company": "the carmaker" / "the agency" are two bodies.)
  const bodyOf = (x: Speaker) => {
    const word = [...x.words].reverse().find((w) => INSTITUTIONS.has(w) || BUSINESSES.has(w));
    // (The armed forces and their ministry speak as one: "the military" / "the army" / "the defence ministry".)
    if (word !== undefined && (ARMED_FORCES.has(word) || (word === "ministry" && /\bdefen[cs]e\b/i.test(x.text)))) return "military";
    return word !== undefined && BUSINESSES.has(word) ? "company" : word;
  };
  const [bodyA, bodyB] = [bodyOf(sa), bodyOf(sb)];
  // (A government or an administration holds its ministries and agencies: one may speak for it.)
  const whole = (body: string | undefined) => body === "government" || body === "administration";
  // (One field named for both, "the state transport commission" / "the state transport department",
  // "the national health commission" / "China's health ministry", may be one body named two ways.)
  const field = (x: Speaker) => new Set(splitWords(x.text.toLowerCase()).filter((w) => !INSTITUTIONS.has(w) && !BUSINESSES.has(w) && !FIELD_STOP.has(w)).map(stemOf));
  const oneField = [...field(sa)].some((w) => field(sb).has(w));
  const twoBodies = bodyA !== undefined && bodyB !== undefined && bodyA !== bodyB && !whole(bodyA) && !whole(bodyB) && !(business(sa) && business(sb)) && !relayed && !oneField;
  if (!sa.named && !sb.named && !twoBodies && !twoOffices && (!ka || !kb || ka === kb)) return [];
  // A business by its one-word name and as "the company" ("Meridian said" / "the company said") is one
  // business named and not: no second source.
  const byName = (x: Speaker, y: Speaker) => x.named && x.words.size === 1 && !/\s/.test(x.text.trim()) && !y.named && business(y);
  if (byName(sa, sb) || byName(sb, sa)) return [];
  // Two sources for one claim only when they report much the same thing: "his client was fired Friday,
  // his attorney said" and "the bureau's office said he should be suspended" are two statements.
  const oneClaim = reportedAlike(a, sa, b, sb);
  // Two speakers saying different things made two statements: no source to set against the other.
  if (!oneClaim) return [];
  return [
    {
      type: ATTRIBUTION_RULE.type,
      // A named speaker the other sentence also names ("said Zadan and Meron jointly" / "producers Craig
      // Zadan and Neil Meron announced") may be one of several speakers, or the other's source.
      severity: oneClaim && sa.named && sb.named && !relayed ? S.twoNamedSpeakers : oneClaim && (twoKinds || twoOffices || twoBodies) ? S.twoKindsOfSource : S.speakerDescribedTwoWays,
      spans: [span(0, sa), span(1, sb)],
      explanation: `${a.label} attributes it to ${q(sa.text)}; ${b.label} to ${q(sb.text)}.`,
    },
  ];
}

/** A party that said nothing: "declined to comment", "did not respond to a request for comment", "could not be reached for comment". */
const NO_COMMENT =
  /\b(?:declined|refused)\s+(?:to\s+)?comment\b|\b(?:did\s+not|didn't|has\s+not|have\s+not)\s+(?:immediately\s+)?(?:respond|reply|responded|replied)\s+to\s+(?:a\s+|an\s+|the\s+|multiple\s+|several\s+|repeated\s+)?(?:requests?|messages?|calls?|e-?mails?|inquiries)\s+(?:for|seeking)\s+comment\b|\bcould\s+not\s+(?:immediately\s+)?be\s+reached\s+for\s+comment\b|\bhad\s+no\s+(?:immediate\s+)?comment\b/i;

/**
 * One outlet says a party declined to comment; the other reports what that party said ("The city
 * declined to comment on the lawsuit." / "A city spokesman said the city would fight the suit."):
 * who said what, as published, disagrees (the other may simply have it later): medium. The party is
 * the subject of "declined to comment", found in the other side's speaker.
 */
function noComment(a: Side, b: Side): Finding[] {
  for (const [x, y, flip] of [[a, b, false], [b, a, true]] as const) {
    const m = NO_COMMENT.exec(x.features.text);
    if (!m || NO_COMMENT.test(y.features.text)) continue;
    // "declined to comment further": it had said something. "declined to comment on the mediation
    // order": only on that, so the other side's words must be about it ("the lawsuit" / "the suit").
    const after = x.features.text.slice(m.index + m[0].length);
    if (/^\s+further\b/i.test(after)) continue;
    const topic = /^\s+(?:on|about)\s+([^.,;]+)/i.exec(after)?.[1];
    if (topic) {
      const words = splitWords(topic.toLowerCase()).filter((w) => w.length > 3);
      const other = splitWords(y.features.text.toLowerCase());
      if (!words.some((w) => other.some((o) => o === w || (o.length > 3 && (stemOf(o) === stemOf(w) || w.endsWith(o) || o.endsWith(w)))))) continue;
    }
    const subject = subjectBefore(x.features.tokens, m.index);
    const speaker = speakerOf(y.features);
    if (!subject || !speaker) continue;
    const speakerWords = new Set([...speaker.words, ...splitWords(speaker.text.toLowerCase())]);
    if (!speakerWords.has(subject.lower) && !speakerWords.has(subject.lemma.toLowerCase())) continue;
    const declined = { start: subject.start, end: m.index + m[0].length };
    const spans = [span(flip ? 1 : 0, declined), span(flip ? 0 : 1, speaker)].sort((p, r) => p.side - r.side);
    return [
      {
        type: ATTRIBUTION_RULE.type,
        severity: S.noCommentAgainstStatement,
        spans,
        explanation: `${x.label} says ${q(x.features.text.slice(declined.start, declined.end))}; ${y.label} reports what ${q(speaker.text)} said.`,
      },
    ];
  }
  return [];
}

/** The shortest name a slip of one letter may leave another name ("Tump" / "Trump"). */
const SLIP_MIN = 4;

/** Two named speakers one letter apart in a name ("Tump" / "Trump"): one person, misspelled, saying one claim. */
function misspelled(x: Speaker, y: Speaker): boolean {
  // (Not a word both write alike, their kind of body: "Department of Health" / "Department of Homeland Security".)
  return x.named && y.named && [...x.words].some((p) => p.length >= SLIP_MIN && [...y.words].some((r) => r.length >= SLIP_MIN && r !== p && editDistance(p, r) <= 1));
}

/**
 * The person a quotation's "he said" stands for, where the sentence before names them
 * (`quotations`: 'Dr. Ann Lee, the hospital's director, urged calm. "...," she said.'), at the
 * pronoun's place in the sentence (or the member's sentence) that says it; only a named person.
 */
function namedByPronoun(f: SentenceFeatures): Speaker | null {
  for (const piece of f.sentences ?? [{ start: 0, features: f }]) {
    const who = piece.features.quotation?.speaker;
    const pronoun = speakingPronoun(piece.features);
    if (who?.named && pronoun) return { ...who, start: piece.start + pronoun.start, end: piece.start + pronoun.end };
  }
  return null;
}

/** A news outlet or the press as a whole: what an outlet relays when it cites one. */
const NEWS_OUTLET = String.raw`(?:(?:the\s+)?(?:[\p{Lu}][\p{L}&'-]*\s+){0,3}(?:News|Times|Post|Journal|Tribune|Herald|Gazette|Press|Reuters|AFP|CNN|Fox\s+News|FOX(?:\s+News|\s+\d+|\s+[A-Z]{2})|NBC|ABC|CBS|MSNBC|BBC|NPR|Politico|Axios|TV|Radio|Telegraph|Guardian|Chronicle|Sentinel|Inquirer|Examiner|Courier|Dispatch|Newsday|Newsweek|Magazine|Yonhap|Xinhua|Kyodo|Interfax|TASS)\b|\b(?!(?:WHO|WTO|WWF|WWE|WWII|KGB|KKK|KFC|WMD)\b)[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?\b|(?:local\s+|news\s+|media\s+|published\s+)?(?:media|news)\s+reports?|(?:local\s+)?media|a\s+(?:local\s+)?(?:newspaper|news\s+station|television\s+station|TV\s+station|radio\s+station))`;
const RELAY = new RegExp(
  String.raw`\b(?:(?:says|said|reports|reported|reporting)\s+(${NEWS_OUTLET})(?=\s*[.,;]|\s*$)|[Aa]ccording\s+to\s+(?:a\s+report\s+(?:by|in|from)\s+)?(${NEWS_OUTLET})|(${NEWS_OUTLET})\s+(?:reported|reports|has\s+reported))`,
  "u",
);

/** The news outlet a sentence has its claim from, if it cites one ("..., says FOX DC"). */
export function relaySource(text: string): { text: string; start: number; end: number } | null {
  const m = RELAY.exec(text);
  const outlet = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  if (!m || !outlet) return null;
  const start = m.index + m[0].indexOf(outlet);
  return { text: outlet, start, end: start + outlet.length };
}

const relayCache = new WeakMap<SentenceFeatures, ReturnType<typeof relaySource>>();

/** `relaySource` of a sentence, read once: every pair of a claim group asks it again. */
function relayOf(f: SentenceFeatures): ReturnType<typeof relaySource> {
  if (!relayCache.has(f)) {
    const relay = relaySource(f.text);
    // '"Now, media reports say the president directed him to lie," Feinstein continued': the
    // speaker's words, not where the outlet has the claim from.
    const quoted = relay !== null && f.quotes.some((q) => q.start <= relay.start && relay.end <= q.end);
    relayCache.set(f, quoted ? null : relay);
  }
  return relayCache.get(f) ?? null;
}

/**
 * One outlet has the claim second-hand, from another news outlet; the other from a source of its
 * own ("a spokeswoman for the schools said"): the reader should know which is first-hand.
 */
function relayed(a: Side, sa: Speaker | null, b: Side, sb: Speaker | null): Finding[] {
  const [ra, rb] = [relayOf(a.features), relayOf(b.features)];
  if ((ra === null) === (rb === null)) return [];
  const relayIndex = ra ? 0 : 1;
  const relay = (ra ?? rb) as NonNullable<typeof ra>;
  const [relaying, direct] = relayIndex === 0 ? [a, b] : [b, a];
  // The other sentence names that outlet too ("The New York Times first reported" / "The New York
  // Times reported"), or the outlet cites its own reporting: one source.
  // Its name: the capitalised words ("New York Times", "FOX DC"); "media reports" names no outlet.
  const nameWords = relay.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && w !== "The").map((w) => w.toLowerCase());
  const name = nameWords.join(" ");
  const named = (side: Side) => name !== "" && side.features.text.toLowerCase().includes(name);
  // Or the outlet relayed is the other outlet of this comparison ("The New York Times reported" against
  // the one labelled "NYT"): the same reporting, read twice.
  const initials = nameWords.map((w) => w[0] ?? "").join("");
  const isOutlet = (label: string) => {
    const words = label.toLowerCase().split(/\W+/).filter(Boolean);
    return name !== "" && (words.join(" ").includes(name) || (initials.length >= 2 && words.includes(initials)) || words.some((w) => OUTLET_NAMES.get(w)?.includes(name)));
  };
  const own = relayIndex === 0 ? sb : sa;
  // The other credits nobody: the relay is a detail one outlet adds, not another source.
  if (own === null || named(direct) || isOutlet(relaying.label) || isOutlet(direct.label)) return [];
  // The relayed outlet's words are the attribution, not the claim.
  const asSpeaker: Speaker = { words: new Set(splitWords(relay.text.toLowerCase())), named: true, text: relay.text, start: relay.start, end: relay.end };
  const oneClaim = reportedAlike(relaying, asSpeaker, direct, own);
  // The relaying sentence names the same speaker as the other ("the House speaker said on WVLK Radio,
  // according to Bloomberg News" / "Speaker Paul Ryan said in an interview"): the outlet credits who
  // reported the remark; both have it from one speaker. Worth a look at most.
  // The speaker read in the whole member, or in the relaying sentence itself when the member holds
  // several (its offsets made the member's): either may be the one the relay credits.
  const piece = [...(relaying.features.sentences ?? [])].reverse().find((x) => x.start < relay.end);
  const local = piece ? speakerOf(piece.features) : null;
  const speakers = [relayIndex === 0 ? sa : sb, local && { ...local, start: local.start + (piece?.start ?? 0), end: local.end + (piece?.start ?? 0) }];
  const creditOnly = speakers.some((x) => !!x && (x.end <= relay.start || x.start >= relay.end) && sameSpeaker(x, own));
  return [
    {
      type: ATTRIBUTION_RULE.type,
      severity: oneClaim && !creditOnly ? S.relayedAgainstDirect : S.relayedOtherwise,
      spans: [span(relayIndex, relay), span(relayIndex === 0 ? 1 : 0, own)],
      explanation: `${relaying.label} has it from another news outlet (${q(relay.text)}); ${direct.label} from ${q(own.text)}.`,
    },
  ];
}

/** Words of a source not named: "a person familiar with", "sources said", "on condition of anonymity", "who asked not to be named". */
const ANONYMOUS =
  /\b(?:(?:a|an|one|two|three|several|multiple)\s+(?:people|persons?|sources?|officials?)\s+(?:familiar|close|with\s+knowledge)\b|people\s+familiar\s+with|(?:sources?|insiders?)\s+(?:said|say|says|told|close|familiar)|according\s+to\s+(?:a\s+|an\s+|two\s+|several\s+|multiple\s+)?(?:sources?|people|insiders?|a\s+person)\b|on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:asked|declined)\s+not\s+to\s+be\s+(?:named|identified)|(?:unnamed|anonymous)\s+(?:sources?|officials?|people|employees?))/i;
/** Words of a source's phrase shown, at most. */
const PHRASE_WORDS = 8;
/** A source on the record: "according to court documents", "records show", a named or described speaker. */
const ON_RECORD_DOCUMENT = /\b(?:according\s+to|citing)\s+(?:the\s+)?(?:court\s+)?(?:documents?|records?|filings?|the\s+(?:complaint|indictment|lawsuit|affidavit|report))|\b(?:records?|documents?|filings?)\s+(?:show|showed|say|said)\b/i;

/**
 * One side has the claim from a source it does not name and the other from a source on the record
 * ("Brandt fired four shots, according to a person familiar with the case" / "..., according to court
 * documents"): medium. A desk weighs the two differently; both may be true.
 */
function anonymity(a: Side, b: Side): Finding[] {
  // A named speaker, a document or a body ("the company", "police"): "an official" not named is no more on the record.
  const onRecord = (side: Side) => {
    if (ON_RECORD_DOCUMENT.test(side.features.text)) return true;
    const speaker = speakerOf(side.features);
    // A news outlet has it from sources of its own, named or not ("The Wall Street Journal, citing sources, said").
    if (speaker && isNewsOutlet(speaker.text)) return false;
    return speaker !== null && (speaker.named || [...speaker.words].some((w) => INSTITUTIONS.has(w))) && !ANONYMOUS.test(side.features.text);
  };
  for (const [x, y, flip] of [[a, b, false], [b, a, true]] as const) {
    const m = ANONYMOUS.exec(x.features.text);
    if (!m || ANONYMOUS.test(y.features.text) || !onRecord(y)) continue;
    // Each source's words to the end of its phrase ("according to a person familiar with the case").
    // (At most PHRASE_WORDS words, past an abbreviation's full stop: "familiar with Mr. Cohen's testimony".)
    const phrase = (text: string, start: number, end: number) => {
      const words = /^[^,;:!?]*/.exec(text.slice(start))?.[0].replace(/\.\s*$/, "").split(/(?<=\s)/).slice(0, PHRASE_WORDS).join("").trimEnd() ?? "";
      return { start, end: Math.max(end, start + words.length) };
    };
    // ("Sources said": the source's phrase ends at its verb, what follows is the claim.)
    const anonymous = /\b(?:said|say|says|told)$/i.test(m[0]) ? { start: m.index, end: m.index + m[0].length } : phrase(x.features.text, m.index, m.index + m[0].length);
    const record = ON_RECORD_DOCUMENT.exec(y.features.text);
    const speaker = speakerOf(y.features);
    const other = record ? phrase(y.features.text, record.index, record.index + record[0].length) : speaker ? { start: speaker.start, end: speaker.end } : null;
    if (!other) continue;
    const [sa, sb] = flip ? [other, anonymous] : [anonymous, other];
    const [ta, tb] = [a.features.text.slice(sa.start, sa.end), b.features.text.slice(sb.start, sb.end)];
    return [
      {
        type: ATTRIBUTION_RULE.type,
        // Two sentences that share little may be two claims, each with its own source ("the statements
        // described are not accurate," a spokesman said / one person familiar with the testimony said
        // Cohen did not state ...): worth a look, not a source told two ways.
        severity: overlap(a.features, b.features).similarity >= ATTRIBUTION_RULE.thresholds.oneClaim ? S.anonymousAgainstOnRecord : S.anonymousOnAnotherClaim,
        spans: [span(0, sa), span(1, sb)],
        explanation: `${flip ? b.label : a.label} has it from a source it does not name (${q(flip ? tb : ta)}); ${flip ? a.label : b.label} from ${q(flip ? ta : tb)}.`,
      },
    ];
  }
  return [];
}
