import type { SentenceFeatures } from "./features";
import type { Token } from "./nlp";
import { describeSentence, roleKey } from "./people";
import { ROLE_MODIFIERS, ROLE_WORDS, TEMPORAL_MODIFIERS, TITLE_ABBREVIATIONS } from "./vocabulary";

/**
 * The cast of a comparison: the offices its articles give each named person today, by surname
 * ("hutchinson" -> governor, "obama" -> president). An outlet writes "the governor said"
 * where another writes "Hutchinson said"; with the cast, a speaker named by office is the person
 * the comparison gives that office (`speakers.sameSpeaker`). Offices told in the past ("former
 * President Barack Obama", "then the director") are not his now, and a deputy's or a vice's office
 * is not the office itself: both are left out.
 */
export type Cast = ReadonlyMap<string, ReadonlySet<string>>;

const isName = (t: Token | undefined) => t !== undefined && t.pos === "PROPN" && /^\p{Lu}/u.test(t.text);

/** Offices an abbreviation gives the name after it: "Gov. Asa Hutchinson", "Sen. John McCain". */
function abbreviated(tokens: readonly Token[], add: (name: string, office: string) => void): void {
  tokens.forEach((t, i) => {
    const office = TITLE_ABBREVIATIONS.get(t.lower.replace(/\.$/, ""));
    if (!office || !/^\p{Lu}/u.test(t.text)) return;
    // A former office is not held today: "former Gov. Ann Ruiz".
    if (TEMPORAL_MODIFIERS.has(tokens[i - 1]?.lower ?? "")) return;
    let k = tokens[i + 1]?.text === "." ? i + 2 : i + 1;
    if (!isName(tokens[k])) return;
    // The name's last word, its surname: "Gov. Asa Hutchinson" -> "hutchinson".
    while (isName(tokens[k + 1])) k += 1;
    add((tokens[k] as Token).lower, office);
  });
}

/** Reads the cast of a comparison's articles and gives it to every sentence (in place: `f.cast`). */
export function readCast(articles: ReadonlyArray<readonly SentenceFeatures[]>): void {
  const cast = new Map<string, Set<string>>();
  const add = (name: string, office: string) => {
    const offices = cast.get(name) ?? new Set<string>();
    offices.add(office);
    cast.set(name, offices);
  };
  articles.forEach((sentences, source) =>
    sentences.forEach((f, sentence) => {
      for (const d of describeSentence(f, source, sentence)) {
        const words = d.roles.flatMap((r) => r.word.split("-"));
        // A past office, or another than the head's ("deputy director", "vice president"): not "the director".
        if (words.some((w) => ROLE_MODIFIERS.has(w) && w !== "late")) continue;
        // The head of the office: "general" of "Attorney General", as "the attorney general said" is read.
        const head = [...words].reverse().find((w) => ROLE_WORDS.has(w));
        // By surname: a first name ("John" of John Kerry and John McCain) is too often two people's.
        if (head) add(d.key, roleKey(head));
      }
      abbreviated(f.tokens, add);
    }),
  );
  for (const sentences of articles) for (const f of sentences) f.cast = cast;
}
