import type { Hunk } from "./diff";
import { isRole } from "./features";
import { q, span, textOf, type Finding, type Side } from "./finding";
import type { Token } from "./nlp";
import { CALENDAR_WORD, GENERIC_AGENTS, HONORIFICS, NAME_ALIASES } from "./vocabulary";

/**
 * Names: one name written two ways (spellings, transliterations, aliases, initials, short forms)
 * is no discrepancy; one name put in place of another is.
 */
/** A name's letters, lower case, without a plural or possessive "s" (kept on short names: "Wis"). */
export const bareName = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "").replace(/(?<=\p{L}{4})s$/u, "");

/** Consonants of a name, each run of one letter once: "qaeda" -> "qd". */
function skeleton(name: string): string {
  return name.replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
}

/** Abbreviations in place names: "St" for "Street" or "Saint", "Mt" for "Mount". */
const PLACE_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ["st", ["street", "saint"]],
  ["ste", ["sainte"]],
  ["mt", ["mount", "mountain"]],
  ["ft", ["fort"]],
  ["ave", ["avenue"]],
  ["rd", ["road"]],
  ["blvd", ["boulevard"]],
  ["univ", ["university"]],
]);

/** Spelling variants ("Muqtada"/"Moqtada", "Zulfiqar"/"Zulifquar"), demonyms ("America"/"American"), short forms of a first name ("Tim"/"Timothy") and run-together words ("andInfineon"). */
export function nameVariant(x: string, y: string): boolean {
  const [p, r] = [bareName(x), bareName(y)];
  if (PLACE_ABBREVIATIONS.get(p)?.includes(r) || PLACE_ABBREVIATIONS.get(r)?.includes(p)) return true;
  if (p.length >= 3 && r.length >= 3 && (p.startsWith(r) || r.startsWith(p))) return true;
  if (p.length >= 5 && r.length >= 5 && (p.includes(r) || r.includes(p))) return true;
  if (p.length < 4 || r.length < 4) return false;
  if (p.startsWith(r.slice(0, 5)) || r.startsWith(p.slice(0, 5))) return true;
  // Transliterations differ in vowels and doubled letters ("Qaida"/"Qaeda", "Ahmad"/"Ahmed", "Jemah"/"Jemaah").
  if (p[0] === r[0] && skeleton(p) === skeleton(r) && skeleton(p).length >= 2) return true;
  // Short names differ by one letter and are different places ("Iran"/"Iraq", "Mali"/"Bali").
  const shorter = Math.min(p.length, r.length);
  return shorter >= 6 && editDistance(p, r) <= Math.floor(shorter / 4);
}

/** The alias groups a sentence's names belong to, by single words and by runs of two or three ("United States"). */
function aliasGroups(tokens: readonly Token[]): Set<string> {
  const groups = new Set<string>();
  for (let i = 0; i < tokens.length; i += 1) {
    let joined = "";
    for (let n = 0; n < 4 && i + n < tokens.length; n += 1) {
      joined += (tokens[i + n]?.text ?? "").toLowerCase().replace(/[^\p{L}]/gu, "");
      const group = NAME_ALIASES.get(joined) ?? NAME_ALIASES.get(joined.replace(/s$/, ""));
      if (group) groups.add(group);
    }
  }
  return groups;
}

/** Initials of runs of capitalised words ("Prime Minister" -> "pm", "New York Stock Exchange" -> "nyse"), with and without "of"/"and"/"the". */
function initialisms(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    // One word's own capitals: "InterActiveCorp" -> "iac".
    const capitals = t.text.replace(/[^\p{Lu}]/gu, "");
    if (capitals.length >= 2 && capitals.length < t.text.length) out.add(capitals.toLowerCase());
  }
  for (let i = 0; i < tokens.length; i += 1) {
    let full = "";
    let content = "";
    for (let j = i; j < tokens.length && j < i + 6; j += 1) {
      const t = tokens[j];
      if (!t) break;
      const minor = /^(of|and|the|for)$/.test(t.lower);
      if (!minor && !/^\p{Lu}/u.test(t.text)) break;
      full += t.lower[0] ?? "";
      if (!minor) content += t.lower[0] ?? "";
      if (content.length >= 2) {
        out.add(full);
        out.add(content);
      }
    }
  }
  return out;
}

/** One name put where the other sentence has another ("Tokyo" for "Seoul"), not one name written two ways. */
export function compareNames(a: Side, b: Side, hunks: Hunk[]): Finding[] {
  const out: Finding[] = [];
  const groups = [aliasGroups(a.features.tokens), aliasGroups(b.features.tokens)] as const;
  const initials = [initialisms(a.features.tokens), initialisms(b.features.tokens)] as const;
  for (const h of hunks) {
    // A substitution of one name for another: a tight hunk, names the other sentence never uses.
    if (h.a.length > 2 || h.b.length > 2) continue;
    const known = (side: Side, index: 0 | 1, t: Token) =>
      CALENDAR_WORD.test(t.text) ||
      HONORIFICS.has(bareName(t.text)) ||
      side.features.names.has(t.lemma) ||
      side.features.tokens.some((o) => (o.pos === "PROPN" || o.pos === "ADJ") && (bareName(o.text) === bareName(t.text) || nameVariant(o.text, t.text))) ||
      [...side.features.content.keys()].some((k) => k.length >= 5 && t.lemma.slice(0, 5) === k.slice(0, 5)) ||
      // "PM" where the other says "Prime Minister"; "U.S." where it says "American".
      (/^\p{Lu}[\p{Lu}.]{1,7}$/u.test(t.text) && initials[index].has(bareName(t.text))) ||
      [...aliasGroups([t])].some((g) => groups[index].has(g));
    const name = (t: Token) => t.pos === "PROPN" && !isRole(t.lower) && !GENERIC_AGENTS.has(t.lower);
    const pa = h.a.filter((t) => name(t) && !known(b, 1, t));
    const pb = h.b.filter((t) => name(t) && !known(a, 0, t));
    if (pa.length === 0 || pb.length === 0) continue;
    const first = (ts: Token[]) => ({ start: ts[0]?.start ?? 0, end: ts[ts.length - 1]?.end ?? 0 });
    const sa = first(pa);
    const sb = first(pb);
    out.push({
      type: "entity",
      severity: "medium",
      spans: [span(0, sa), span(1, sb)],
      explanation: `${a.label} names ${q(textOf(a, sa))} where ${b.label} names ${q(textOf(b, sb))}.`,
    });
  }
  return out;
}

/** Edit distance with adjacent transpositions counted once ("Zulfiqar"/"Zulifquar": 2), for telling a transliteration variant from a different name. */
export function editDistance(x: string, y: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= y.length; j += 1) {
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      cur[j] = d;
    }
    before = prev;
    prev = cur;
  }
  return prev[y.length] ?? 0;
}
