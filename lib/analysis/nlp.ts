import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * The one place the engine touches wink-nlp. The model ships inside an npm
 * package and loads once per process (about 100 ms), offline.
 */
export interface Token {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  stop: boolean;
  /** Character offsets in the text that was tokenised. */
  start: number;
  end: number;
}

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

function nlp(): Nlp {
  instance ??= winkNLP(model);
  return instance;
}

/** Sentence texts of one paragraph, as wink-nlp splits them (abbreviations like "Feb." stay whole). */
export function splitSentences(paragraph: string): string[] {
  return nlp().readDoc(paragraph).sentences().out();
}

/** Tokens with part of speech, lemma and offsets. */
export function tokenize(text: string): Token[] {
  const n = nlp();
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out() as string[];
  const lemmas = doc.tokens().out(its.lemma as Parameters<ReturnType<typeof doc.tokens>["out"]>[0]) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const found = text.indexOf(value, cursor);
    const start = found === -1 ? cursor : found;
    const end = found === -1 ? cursor : start + value.length;
    cursor = end;
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? "X",
      stop: stops[i] ?? false,
      start,
      end,
    });
  });
  return tokens;
}
