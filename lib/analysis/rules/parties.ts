import { insideQuotation } from "../features";
import { q, span, textOf, type Finding, type Side } from "../finding";
import type { Token } from "../nlp";
import { TITLE_ABBREVIATIONS } from "../vocabulary";
import type { RuleDescriptor } from "./rule";

/**
 * Parties: one person given two political parties ("Rep. Helen Marsh, D-Ohio" / "Helen Marsh, a
 * Republican from Ohio"), read from a party tag after the name ("(D-N.Y.)", "R-Texas"), a party in
 * apposition (", a Republican from Ohio", ", a Democrat,") or a party before a title and the name
 * ("Republican Sen. Ann Lee"), and compared by surname. Part of how the outlets describe a person,
 * so of the `title` type; high: the party of a named politician is a fact a desk corrects. An
 * independent against a party is low: independents caucus and run with one ("Sanders (I-Vt.)" /
 * "Sanders, a Democrat").
 */
export const PARTIES_RULE = {
  type: "title",
  detects: "one person given two political parties",
  severity: { otherParty: "high", independentOrParty: "low" },
} as const satisfies RuleDescriptor;

type Party = "Democrat" | "Republican" | "independent";

interface PartyMention {
  /** The surname, lower case (the key), and as written. */
  surname: string;
  name: string;
  party: Party;
  start: number;
  end: number;
}

const TAG: Readonly<Record<string, Party>> = { D: "Democrat", R: "Republican", I: "independent" };
const WORD: Readonly<Record<string, Party>> = { democrat: "Democrat", democratic: "Democrat", republican: "Republican", independent: "independent" };

const isName = (t: Token | undefined): t is Token => t !== undefined && t.pos === "PROPN" && /^\p{Lu}/u.test(t.text);

/** The surname of the name that ends at token `i` (its last capitalised word), or undefined. */
function surnameAt(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i];
  return isName(t) && !TITLE_ABBREVIATIONS.has(t.lower.replace(/\.$/, "")) ? t : undefined;
}

/** Every party a sentence gives a named person, outside quotations. */
export function partiesIn(side: Side): PartyMention[] {
  const tokens = side.features.tokens;
  const out: PartyMention[] = [];
  const add = (surname: Token | undefined, party: Party, start: number, end: number) => {
    if (surname && !insideQuotation(side.features, { start, end })) out.push({ surname: surname.lower, name: surname.text, party, start, end });
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    // A tag after the name: "Marsh (D-Ohio)", "Marsh, D-Ohio,": D, R or I, a hyphen, a state.
    const tag = TAG[t.text];
    if (tag && tokens[i + 1]?.text === "-" && tokens[i + 1]?.start === t.end && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? "")) {
      const before = /^[(,]$/.test(tokens[i - 1]?.text ?? "") ? i - 2 : -1;
      // The state as written, abbreviation dots and all: "N.Y.", "Calif.".
      let k = i + 2;
      while (tokens[k + 1] && tokens[k + 1]?.start === tokens[k]?.end && /^(?:\.|\p{Lu}[\p{L}.]*)$/u.test(tokens[k + 1]?.text ?? "")) k += 1;
      add(surnameAt(tokens, before), tag, t.start, tokens[k]?.end ?? t.end);
      continue;
    }
    const word = WORD[t.lower];
    if (!word || !/^\p{Lu}/u.test(t.text)) continue;
    // In apposition: "Helen Marsh, a Republican from Ohio", "Marsh, a Democrat,".
    if (/^(a|an)$/i.test(tokens[i - 1]?.text ?? "") && tokens[i - 2]?.text === "," && (word !== "independent" || /^(from|of)$/.test(tokens[i + 1]?.lower ?? ""))) {
      add(surnameAt(tokens, i - 3), word, tokens[i - 1]?.start ?? t.start, t.end);
      continue;
    }
    // Before a title and the name: "Republican Sen. Ann Lee", "Democratic Rep. Jo Ruiz".
    const title = tokens[i + 1];
    if (title && TITLE_ABBREVIATIONS.has(title.lower.replace(/\.$/, ""))) {
      let k = tokens[i + 2]?.text === "." ? i + 3 : i + 2;
      if (!isName(tokens[k])) continue;
      while (isName(tokens[k + 1])) k += 1;
      add(tokens[k], word, t.start, tokens[k]?.end ?? t.end);
    }
  }
  return out;
}

const article = (party: Party) => (party === "independent" ? "an independent" : `a ${party}`);

export function parties(a: Side, b: Side): Finding[] {
  const out: Finding[] = [];
  const pb = partiesIn(b);
  for (const x of partiesIn(a)) {
    const y = pb.find((m) => m.surname === x.surname);
    if (!y || y.party === x.party) continue;
    out.push({
      type: PARTIES_RULE.type,
      severity: x.party === "independent" || y.party === "independent" ? PARTIES_RULE.severity.independentOrParty : PARTIES_RULE.severity.otherParty,
      spans: [span(0, x), span(1, y)],
      explanation: `${a.label} calls ${x.name} ${article(x.party)} (${q(textOf(a, x))}); ${b.label} ${article(y.party)} (${q(textOf(b, y))}).`,
    });
  }
  return out;
}
