import type { SentenceFeatures } from "./features";
import type { Token } from "./nlp";
import { COUNTED_PEOPLE } from "./vocabulary";

/**
 * One person named by one outlet and described by another: "8-year-old Xavier Ruiz" / "an
 * 8-year-old boy"; "Tom Reyes, 46," / "the 46-year-old man". Outlets that do not print a name
 * write "the boy" where another writes "Xavier", so two sentences stating one claim about him share
 * no word. Within one comparison, an age ties a name to a person noun ("boy", "man", "victim") when
 * that age belongs to one named person only and the noun to one age only; every sentence naming the
 * person (by a word of the name no other person's name has), and every sentence using the noun in
 * an outlet that never names the person, then carries a shared person key, as `acronyms` gives
 * "Central Intelligence Agency" the key of "CIA".
 */

/** A person key carries the weight of a name. */
const WEIGHT = 1;
const MAX_AGE = 120;
/** Nouns for people an age describes, besides the counted ones: kin. */
const KIN = new Set(["son", "daughter", "father", "mother", "brother", "sister", "husband", "wife", "grandson", "granddaughter", "grandfather", "grandmother"]);
const PERSON_NOUNS = new Set([...COUNTED_PEOPLE, ...KIN]);

interface Aged {
  age: string;
  /** Lower-case words of the name, for a named person. */
  name?: string[];
  /** Lemma of the person noun, for a described one. */
  noun?: string;
}

const isName = (t: Token | undefined) => t !== undefined && t.pos === "PROPN" && /^\p{Lu}/u.test(t.text);

/** The name starting at token `i` (capitalised proper nouns, hyphens inside: "Lucero-Waters"). */
function nameFrom(tokens: readonly Token[], i: number): string[] {
  const out: string[] = [];
  for (let k = i; k < tokens.length; k += 1) {
    const t = tokens[k];
    if (isName(t)) out.push((t as Token).lower);
    else if (t?.text === "-" && out.length > 0 && isName(tokens[k + 1])) continue;
    else break;
  }
  return out;
}

/** The name ending at token `i`, read leftwards. */
function nameUntil(tokens: readonly Token[], i: number): string[] {
  const out: string[] = [];
  for (let k = i; k >= 0; k -= 1) {
    const t = tokens[k];
    if (isName(t)) out.unshift((t as Token).lower);
    else if (t?.text === "-" && out.length > 0 && isName(tokens[k - 1])) continue;
    else break;
  }
  return out;
}

function personNoun(t: Token | undefined): string | undefined {
  return t !== undefined && t.pos === "NOUN" && PERSON_NOUNS.has(t.lemma) ? t.lemma : undefined;
}

/** Ages in a sentence and whom they describe: "8-year-old Xavier Ruiz", "an 8-year-old boy", "Tom Reyes, 46,", "the boy, 8,". */
export function agedPeople(f: Pick<SentenceFeatures, "tokens" | "numbers">): Aged[] {
  const out: Aged[] = [];
  const tokens = f.tokens;
  for (const n of f.numbers) {
    if (n.unit !== "age") continue;
    let k = tokens.findIndex((t) => t.start >= n.end);
    while (k >= 0 && tokens[k]?.pos === "ADJ") k += 1;
    if (k < 0) continue;
    const name = nameFrom(tokens, k);
    const noun = personNoun(tokens[k]);
    if (name.length > 0) out.push({ age: n.value, name });
    else if (noun) out.push({ age: n.value, noun });
  }
  // Apposition: NAME-or-NOUN , AGE , (or the sentence's end).
  tokens.forEach((t, i) => {
    if (t.pos !== "NUM" || !/^\d{1,3}$/.test(t.text) || Number(t.text) > MAX_AGE) return;
    if (tokens[i - 1]?.text !== ",") return;
    const after = tokens[i + 1];
    if (after && after.text !== "," && after.text !== "." && after.text !== ";") return;
    const name = nameUntil(tokens, i - 2);
    const noun = personNoun(tokens[i - 2]);
    if (name.length > 0) out.push({ age: t.text, name });
    else if (noun) out.push({ age: t.text, noun });
  });
  return out;
}

/** Adds a shared person key to the sentences that name one person or, in outlets that do not name them, describe them (in place). */
export function linkPersons(articles: ReadonlyArray<readonly SentenceFeatures[]>): void {
  const perArticle = articles.map((sentences) => sentences.flatMap(agedPeople));
  const all = perArticle.flat();
  // Each age's named person: every name given with it shares a word ("Xavier Ruiz" / "Xavier"), else none.
  const nameOfAge = new Map<string, Set<string> | null>();
  for (const a of all) {
    if (!a.name) continue;
    const known = nameOfAge.get(a.age);
    if (known === null) continue;
    if (known === undefined) nameOfAge.set(a.age, new Set(a.name));
    else if (a.name.some((w) => known.has(w))) for (const w of a.name) known.add(w);
    else nameOfAge.set(a.age, null);
  }
  // Each noun's age: one only in the whole comparison.
  const ageOfNoun = new Map<string, string | null>();
  for (const a of all) {
    if (!a.noun) continue;
    const known = ageOfNoun.get(a.noun);
    if (known === undefined) ageOfNoun.set(a.noun, a.age);
    else if (known !== a.age) ageOfNoun.set(a.noun, null);
  }
  const persons = new Map<string, { words: Set<string>; nouns: Set<string> }>();
  for (const [noun, age] of ageOfNoun) {
    const words = age === null ? undefined : nameOfAge.get(age);
    if (age === null || !words) continue;
    const person = persons.get(age) ?? { words, nouns: new Set<string>() };
    person.nouns.add(noun);
    persons.set(age, person);
  }
  if (persons.size === 0) return;
  // A word of two people's names ("Waters" of Moses Waters and of Xavier Lucero-Waters) names neither.
  const owners = new Map<string, number>();
  for (const words of nameOfAge.values()) for (const w of words ?? []) owners.set(w, (owners.get(w) ?? 0) + 1);
  for (const [age, person] of persons) {
    const key = `person:${age}`;
    const names = (f: SentenceFeatures) => f.tokens.some((t) => isName(t) && person.words.has(t.lower) && owners.get(t.lower) === 1);
    const describes = (f: SentenceFeatures) => f.tokens.some((t) => t.pos === "NOUN" && person.nouns.has(t.lemma));
    articles.forEach((sentences, k) => {
      // An outlet that names him and also says "the boy" already shares "boy" with the others' "the boy";
      // but the noun it gave his age with is him ("his 8-year-old son" ... "their son" / "the boy").
      const named = sentences.some(names);
      const own = new Set((perArticle[k] ?? []).filter((a) => a.age === age && a.noun !== undefined && person.nouns.has(a.noun)).map((a) => a.noun));
      const describesOwn = (f: SentenceFeatures) => f.tokens.some((t) => t.pos === "NOUN" && own.has(t.lemma));
      for (const f of sentences) if (names(f) || (named ? describesOwn(f) : describes(f))) f.content.set(key, WEIGHT);
    });
  }
}
