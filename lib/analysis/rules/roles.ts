import { insideQuotation } from "../features";
import { q, span, type Finding, type Side } from "../finding";
import { bareName } from "../names";
import type { Token } from "../nlp";
import type { RuleDescriptor } from "./rule";

/**
 * Roles: who did what to whom, told the other way round ("Epic Games sued Apple" / "Apple sued Epic
 * Games", "Lee was shot by Park" / "Park was shot by Lee"). Read from a verb that acts on someone
 * (`DIRECTED`: sue, beat, accuse, acquire ...), the name before it and the name after it, or in the
 * passive the name before it and the name after "by"; the two outlets give the same verb (or one
 * for the same act: "acquired" / "bought") with the two names' parts exchanged. High: the doer and
 * the one done to are the claim; medium for acts two parties often do to each other (an accusation,
 * a suit, a strike: `MUTUAL`). Verbs of acts done together ("met", "played", "merged with") say
 * nothing of who acted, and are not read.
 */
export const ROLES_RULE = {
  type: "entity",
  detects: "who did what to whom, told the other way round",
  severity: { reversed: "high", mutualAct: "medium" },
} as const satisfies RuleDescriptor;

/** Verbs with a doer and someone done to, by lemma. */
const DIRECTED = new Set(
  (
    "sue beat defeat acquire buy purchase hire fire sack endorse accuse criticize criticise attack kill shoot stab arrest replace succeed " +
    "charge fine pay overtake eliminate oust sanction indict convict acquit blame appoint nominate invade bomb rescue hit punch kidnap rob " +
    "sign trade release drop cut"
  ).split(" "),
);

interface Deed {
  verb: string;
  doer: string[];
  done: string[];
  /** The doer and the one done to as written. */
  doerText: string;
  doneText: string;
  start: number;
  end: number;
}

/** Acts two parties often do to each other ("accused each other", a countersuit, strikes both ways): a reversal may be both, medium. */
const MUTUAL = new Set(["accuse", "criticize", "attack", "blame", "endorse", "sue", "sanction", "hit", "punch", "bomb"]);

const RELATIVE = new Set(["which", "who", "that"]);

/** Verbs the tagger reads as nouns between two names ("Smith shot Jones"), by their lemma. */
const READ_AS_NOUNS: Readonly<Record<string, string>> = { shot: "shoot", hit: "hit", beat: "beat", sued: "sue", fined: "fine" };

/** Verbs news uses for one act: "acquired" / "bought". */
const ONE_ACT: ReadonlyMap<string, string> = new Map([
  ["buy", "acquire"],
  ["purchase", "acquire"],
  ["defeat", "beat"],
  ["sack", "fire"],
  ["oust", "fire"],
  ["criticise", "criticize"],
]);

const isName = (t: Token | undefined): t is Token => t !== undefined && t.pos === "PROPN" && /^\p{Lu}/u.test(t.text);

/** The run of name tokens ending at token `i` (leftwards). */
function nameEndingAt(tokens: readonly Token[], i: number): Token[] {
  const out: Token[] = [];
  for (let k = i; k >= 0 && isName(tokens[k]); k -= 1) out.unshift(tokens[k] as Token);
  return out;
}

/**
 * The run of name tokens starting at token `i`, after a determiner; none when the name only
 * describes what follows it ("signed the Yankees' offer", "signed a Dodgers contract").
 */
function nameStartingAt(tokens: readonly Token[], i: number): Token[] {
  let k = i;
  if (tokens[k]?.pos === "DET") k += 1;
  const out: Token[] = [];
  for (; k < tokens.length && isName(tokens[k]); k += 1) out.push(tokens[k] as Token);
  const next = tokens[k];
  if (next && (/^['’]s?$/.test(next.text) || (next.pos === "NOUN" && /^\p{Ll}/u.test(next.text)))) return [];
  return out;
}

/** The act a token tells, as one lemma for its synonyms, if it is a verb of `DIRECTED`. */
function actOf(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i] as Token;
  const lemma = t.pos === "VERB" ? t.lemma : t.pos === "NOUN" && isName(tokens[i - 1]) && (isName(tokens[i + 1]) || tokens[i + 1]?.pos === "DET") ? READ_AS_NOUNS[t.lower] : undefined;
  return lemma !== undefined && DIRECTED.has(lemma) ? (ONE_ACT.get(lemma) ?? lemma) : undefined;
}

/** Each act a side tells with a doer and a party done to, both named. */
function deedsOf(side: Side): Deed[] {
  const tokens = side.features.tokens;
  const out: Deed[] = [];
  const text = side.features.text;
  const words = (ts: readonly Token[]) => ts.map((x) => bareName(x.text));
  const written = (ts: readonly Token[]) => text.slice(ts[0]?.start ?? 0, ts[ts.length - 1]?.end ?? 0);
  const deed = (verb: string, t: Token, doer: Token[], done: Token[]): Deed => ({ verb, doer: words(doer), done: words(done), doerText: written(doer), doneText: written(done), start: t.start, end: t.end });
  tokens.forEach((t, i) => {
    const verb = actOf(tokens, i);
    if (verb === undefined || insideQuotation(side.features, t)) return;
    let k = i - 1;
    while (k >= 0 && (tokens[k]?.pos === "AUX" || tokens[k]?.pos === "ADV")) k -= 1;
    const passive = tokens.slice(k + 1, i).some((x) => x.pos === "AUX" && x.lemma === "be");
    // (In a relative clause the name before it acts: "Masimo, which had sued Apple".)
    if (RELATIVE.has(tokens[k]?.lower ?? "") && tokens[k - 1]?.text === ",") k -= 2;
    const before = nameEndingAt(tokens, k);
    if (before.length === 0) return;
    if (passive) {
      if (tokens[i + 1]?.lower !== "by") return;
      const agent = nameStartingAt(tokens, i + 2);
      if (agent.length > 0) out.push(deed(verb, t, agent, before));
      return;
    }
    const object = nameStartingAt(tokens, i + 1);
    if (object.length > 0) out.push(deed(verb, t, before, object));
  });
  return out;
}

const shares = (x: readonly string[], y: readonly string[]) => x.some((w) => y.includes(w));

export function roles(a: Side, b: Side): Finding[] {
  const [da, db] = [deedsOf(a), deedsOf(b)];
  // One act told the same way round on the other side too: a side telling both ("Sinner beat Alcaraz
  // last month, but Alcaraz beat Sinner on Sunday", a suit and the countersuit) reverses nothing.
  const sameWay = (d: Deed, list: readonly Deed[]) => list.some((e) => e.verb === d.verb && shares(d.doer, e.doer) && shares(d.done, e.done));
  // Nor are two acts on two occasions one act reversed ("beat Y in March" / "beat X in April").
  const dated = (side: Side) => new Set(side.features.dates.map((m) => m.text.toLowerCase()));
  const [ta, tb] = [dated(a), dated(b)];
  // (Or told by two different scores or sums: "beat Arsenal 1-0 on Tuesday" / "beat Chelsea 3-2 on aggregate".)
  const figures = (side: Side) => new Set(side.features.numbers.map((n) => n.value));
  const [fa, fb] = [figures(a), figures(b)];
  const twoOccasions = (ta.size > 0 && tb.size > 0 && ![...ta].some((d) => tb.has(d))) || (fa.size > 0 && fb.size > 0 && ![...fa].some((v) => fb.has(v)));
  if (twoOccasions) return [];
  for (const x of da) {
    if (sameWay(x, db)) continue;
    for (const y of db) {
      if (x.verb !== y.verb || shares(x.doer, x.done) || sameWay(y, da)) continue;
      if (shares(x.doer, y.done) && shares(x.done, y.doer) && !shares(x.doer, y.doer) && !shares(x.done, y.done)) {
        const who = (d: Deed) => `${d.doerText} → ${d.doneText}`;
        return [
          {
            type: ROLES_RULE.type,
            severity: MUTUAL.has(x.verb) ? ROLES_RULE.severity.mutualAct : ROLES_RULE.severity.reversed,
            spans: [span(0, x), span(1, y)],
            explanation: `Who did it to whom is reversed: ${a.label} has ${q(who(x))}; ${b.label} has ${q(who(y))}.`,
          },
        ];
      }
    }
  }
  return [];
}
