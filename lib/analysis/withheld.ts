import type { SentenceFeatures } from "./features";

/**
 * What one outlet says is not known or not released, and another outlet gives: "His name has not
 * been released." / "The parents of Ana Ruiz, 4, rushed her to the hospital"; "there is no
 * information about any suspects" / "Police identified Desean Wynn, 23, as the shooter"; "has not
 * said what led up to the shooting" / "the shooting stemmed from a road-rage incident". The two
 * sentences share few words, so no similarity links them, but they state one fact two ways: as
 * published, the texts disagree (one may simply be later). `align` links such a pair; the
 * `withheld` rule flags it.
 *
 * - identity: a person's name (the victim's, unless the sentence speaks of a suspect or shooter);
 * - suspect: who did it (identified as the shooter, arrested, charged);
 * - cause: what led to it;
 * - manner: whether it was an accident ("to determine whether it was accidental" / "was
 *   accidentally shot").
 */
export type Withheld = "identity:victim" | "identity:suspect" | "suspect" | "cause" | "manner";

export interface Statement {
  kind: Withheld;
  /** Stated as a fact of its own ("the shooting stemmed from a road-rage incident"), not mentioned in passing ("a road-rage shooting"). */
  stated?: true;
  /** Offsets of the words that withhold or give it, in the sentence's text. */
  start: number;
  end: number;
}

const SUSPECT_WORDS = String.raw`(?:suspects?|shooters?|gunm[ae]n|assailants?|attackers?|killers?)`;
const NOT = String.raw`(?:not|n't|n’t)`;

const WITHHELD: ReadonlyArray<{ kind: Withheld | "identity"; pattern: RegExp }> = [
  // "His name has not been released", "the victim's identity was not disclosed", "whose name was not made public".
  { kind: "identity", pattern: new RegExp(String.raw`\b(?:name|names|identity|identities)\b(?:\s+[\w'’-]+){0,5}?\s+(?:has|have|had|was|were|is|are)\s+${NOT}\s+(?:yet\s+)?(?:been\s+)?(?:released|disclosed|made public|given|announced)`, "gi") },
  // "Police have not identified the victim", "did not release the man's name".
  { kind: "identity", pattern: new RegExp(String.raw`\b(?:has|have|had|did|do|does)\s+${NOT}\s+(?:yet\s+)?(?:publicly\s+)?(?:identified|named|identify|name|released?\s+(?:the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:name|identity))\b(?:\s+(?:the|a|an|any|his|her)\s+[\w'’-]+){0,2}`, "gi") },
  // "Police declined to name him".
  { kind: "identity", pattern: /\b(?:declined|refused)\s+to\s+(?:name|identify)\b/gi },
  // "The victim has not been identified", "The man was not named".
  { kind: "identity", pattern: new RegExp(String.raw`\b(?:has|have|had|was|were|is|are)\s+${NOT}\s+(?:yet\s+)?(?:been\s+)?(?:identified|named)\b`, "gi") },
  // "there is no information about any suspects", "No arrests have been made", "no one has been charged".
  { kind: "suspect", pattern: new RegExp(String.raw`\bno\s+(?:information\s+(?:about|on)\s+(?:any\s+|the\s+)?)?(?:${SUSPECT_WORDS}|arrests?)\b(?:\s+(?:has|have|had)\s+been\s+(?:made|identified|named|arrested))?`, "gi") },
  { kind: "suspect", pattern: /\b(?:no one|no-one|nobody)\s+(?:has|had|have|was|were|is)\s+(?:yet\s+)?(?:been\s+)?(?:arrested|charged|taken into custody|in custody)\b/gi },
  // "No charges have been filed against the two", "prosecutors have not filed any charges".
  { kind: "suspect", pattern: new RegExp(String.raw`\bno\s+charges?\s+(?:has|have|had|was|were)\s+(?:yet\s+)?(?:been\s+)?(?:filed|brought|laid)\b|\b(?:has|have|had|did)\s+${NOT}\s+(?:yet\s+)?(?:filed|brought|laid|file|bring)\s+(?:any\s+)?charges\b`, "gi") },
  // "Police have not made any arrests", "have yet to make an arrest", "no arrests were made".
  { kind: "suspect", pattern: new RegExp(String.raw`\b(?:(?:has|have|had|did)\s+${NOT}\s+(?:yet\s+)?(?:made|make)|(?:has|have|had)\s+yet\s+to\s+make)\s+(?:any\s+|an\s+)?arrests?\b`, "gi") },
  // "Police have not arrested anyone", "have yet to charge anyone".
  { kind: "suspect", pattern: new RegExp(String.raw`\b(?:(?:has|have|had|did)\s+${NOT}\s+(?:yet\s+)?(?:arrested|charged|arrest|charge)|(?:has|have|had)\s+yet\s+to\s+(?:arrest|charge))\s+(?:anyone|anybody)\b`, "gi") },
  { kind: "suspect", pattern: new RegExp(String.raw`\b${SUSPECT_WORDS}\s+(?:remains?|is|are|was|were)\s+(?:still\s+)?(?:at large|unknown|not known)\b`, "gi") },
  // "has not said what led up to the shooting", "The motive remains unknown", "it is unclear what prompted".
  { kind: "cause", pattern: new RegExp(String.raw`\b(?:has|have|had|did)\s+${NOT}\s+(?:yet\s+)?(?:said|released|disclosed|revealed|explained)\s+(?:what|why)\b(?:\s+[\w'’-]+){0,4}`, "gi") },
  { kind: "cause", pattern: /\b(?:motive|cause)\b(?:\s+[\w'’-]+){0,4}?\s+(?:remains?|is|was)\s+(?:still\s+)?(?:unknown|unclear|not known|under investigation|undetermined)\b/gi },
  // "The cause of the crash has not been determined".
  { kind: "cause", pattern: new RegExp(String.raw`\b(?:motive|cause)\b(?:\s+[\w'’-]+){0,4}?\s+(?:has|have|had)\s+${NOT}\s+(?:yet\s+)?been\s+(?:determined|established|released|disclosed)\b`, "gi") },
  { kind: "cause", pattern: /\b(?:unclear|not known|unknown|not clear)\s+(?:what|why)\s+(?:led|caused|prompted|sparked|started)\b/gi },
  // "to determine whether it was accidental", "unclear if the boy was accidentally shot"; not "even if it was an accident".
  { kind: "manner", pattern: /\b(?:determine|determining|investigating|investigate|unclear|not clear|unknown|not known|looking into|examining|trying to learn)\s+(?:[\w'’]+\s+){0,3}?(?:whether|if)\s+(?:it|(?:the|his|her|their)\s+[\w'’-]+)\s+was\s+(?:an?\s+)?(?:accident(?:al)?|intentional|deliberate|self-inflicted|suicide|homicide|(?:accidentally|intentionally)\s+shot)\b/gi },
];

const GIVEN: ReadonlyArray<{ kind: Withheld | "identity"; pattern: RegExp; harm?: true; stated?: true }> = [
  // "identified Desean Wynn, 23, as the shooter", "arrested Ana Ruiz", "Ana Ruiz was charged".
  { kind: "suspect", pattern: new RegExp(String.raw`\bidentified\s+(?:[\w'’.,-]+\s+){1,6}?as\s+(?:the\s+)?${SUSPECT_WORDS}\b`, "giu"), stated: true },
  // Not denied or asked: "nobody has been arrested", "did not say whether anyone was arrested".
  { kind: "suspect", pattern: /\b(?=arrested|charged with|taken into custody|booked (?:into|on))(?<!\b(?:not|n[’']t|never|whether|if|no one|nobody|without)\b(?:\s+[\w'’-]+){0,4}\s+)(?:arrested|charged with|taken into custody|booked (?:into|on))\b/gi },
  // A person named with an age in apposition ("Mahsaan Kelley-Wilson, 4,"), or identified as someone.
  { kind: "identity", pattern: /\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+)+,\s+\d{1,3},/gu, harm: true },
  // "identified the man shot near the tower as Ana Ruiz", "was identified Wednesday as 23-year-old Ana
  // Ruiz", "named the victim as Ann Lee"; not "identified as Corpus Christi residents", nor "identified
  // the businesses as Flynn Intel Group" (not a person).
  { kind: "identity", stated: true, pattern: /\b(?:identified|named)\b(?![^.;]{0,40}?\b(?:business(?:es)?|compan(?:y|ies)|firms?|groups?|organi[sz]ations?|entit(?:y|ies)|accounts?|vehicles?|cars?|trucks?|weapons?|guns?)\b[^.;]{0,20}?\bas\b)[^.;]{0,60}?\bas\s+(?:(?:a\s+)?\d{1,3}\s?-\s?years?\s?-\s?old\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*(?=\s*[,.;:)]|\s+(?:of|and|who|was|is|on|in|at|from|according|by|after|said)\b|\s*$)/gu },
  // "stemmed from an apparent road-rage incident" (stated), "a road-rage shooting", "after an argument".
  // Not asked or denied: "trying to determine whether the fire was caused by a space heater".
  { kind: "cause", pattern: /\b(?=stemmed from|sparked by|was the result of|(?:was|were) (?:caused|prompted|triggered) by)(?<!\b(?:whether|if|not|n[’']t)\b(?:\s+[\w'’-]+){0,5}\s+)(?:stemmed from|sparked by|was the result of|(?:was|were) (?:caused|prompted|triggered) by)(?:\s+(?:an?|the|his|her|their))?(?:\s+(?!(?:over|of|on|in|at|after|with|between|and|a|an|the)\b)[\w'’]+(?:\s?-\s?[\w'’]+)*){1,3}/gi, stated: true },
  { kind: "cause", pattern: /\b(?=road[- ]rage|(?:after|over|during) an? (?:argument|dispute|altercation|fight))(?<!\b(?:whether|if|not|n[’']t)\b(?:\s+[\w'’-]+){0,8}\s+)(?:road[- ]rage|(?:after|over|during) an? (?:argument|dispute|altercation|fight))\b/gi },
  // Said as a fact: "was accidentally shot", "the shooting was accidental", "ruled the death a suicide"; not "a report of an
  // accidental shooting", nor denied, doubted or asked ("have not ruled it a homicide", "may have been accidentally shot").
  { kind: "manner", stated: true, pattern: /\b(?=was|were|been|being|accidentally|shooting|death|killing|ruled)(?<!\b(?:not|n[’']t|whether|if|may|might|could|believe|indication|no|unclear)\b(?:\s+[\w'’-]+){0,5}\s+)(?:(?:was|were|been|being)\s+(?:accidentally|intentionally|deliberately)\s+(?:shot|killed)\b|accidentally\s+shot\s+(?:himself|herself|themselves)\b|(?:shooting|death|killing)\s+was\s+(?:an?\s+)?(?:accident(?:al)?|intentional|deliberate)\b|ruled\s+(?:(?:the|his|her|their)\s+(?:death|shooting|killing)\s+)?(?:an?\s+)?(?:accident(?:al)?|suicide|homicide)\b)/gi },
];

const SUSPECT_ROLE = new RegExp(String.raw`\b${SUSPECT_WORDS}\b|\b(?:arrested|charged|custody)\b`, "i");

function find(text: string, table: ReadonlyArray<{ kind: Withheld | "identity"; pattern: RegExp; harm?: true; stated?: true }>): Statement[] {
  const out: Statement[] = [];
  for (const { kind, pattern, harm, stated } of table) {
    // A victim is named where harm is told ("The parents of Ana Ruiz, 4, rushed her to the hospital"), not any person with an age (a witness).
    if (harm && !HARM.test(text)) continue;
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // Whose identity: a suspect's when the sentence speaks of one, else the victim's.
      const resolved: Withheld = kind === "identity" ? (SUSPECT_ROLE.test(text) ? "identity:suspect" : "identity:victim") : kind;
      // One statement of each kind per sentence, the first.
      if (!out.some((s) => s.kind === resolved)) out.push(stated ? { kind: resolved, start, end, stated } : { kind: resolved, start, end });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

type Read = Pick<SentenceFeatures, "text" | "quotes">;

/** Each sentence is read once, however many source pairs, claim groups and omissions ask (`align` asks once per pair of sources). */
const withheldCache = new WeakMap<Read, readonly Statement[]>();
const givenCache = new WeakMap<Read, readonly Statement[]>();

function once(cache: WeakMap<Read, readonly Statement[]>, f: Read, read: () => readonly Statement[]): readonly Statement[] {
  let out = cache.get(f);
  if (!out) {
    out = read();
    cache.set(f, out);
  }
  return out;
}

/** What the sentence says is not known or not released (outside quotations: a witness's "I don't know why" is not police withholding). */
export function withheldIn(f: Read): readonly Statement[] {
  return once(withheldCache, f, () => find(f.text, WITHHELD).filter((s) => !f.quotes.some((q) => q.start < s.start && s.end < q.end)));
}

/** Words that tell of someone harmed. */
const HARM = /\b(?:victims?|killed|died|dead|death|shot|wounded|injured|hurt|hospital|pronounced)\b/i;

/** What the sentence gives of the same kinds: a named person, who did it, what led to it, whether it was an accident. */
export function givenIn(f: Read): readonly Statement[] {
  return once(givenCache, f, () => {
    if (withheldIn(f).length > 0) return [];
    const given = find(f.text, GIVEN).filter((s) => !f.quotes.some((q) => q.start < s.start && s.end < q.end));
    // Who was identified as the shooter is also whom the police named.
    const named = given.find((s) => s.kind === "suspect" && /\bidentified\b/i.test(f.text.slice(s.start, s.end)));
    return named && !given.some((s) => s.kind === "identity:suspect") ? [...given, { ...named, kind: "identity:suspect" }] : given;
  });
}

/** A kind one sentence withholds and the other gives, with the words of each. */
export function withheldAndGiven(a: Read, b: Read): { withheld: Statement; given: Statement } | null {
  const given = givenIn(b);
  for (const w of withheldIn(a)) {
    const g = given.find((x) => x.kind === w.kind);
    if (g) return { withheld: w, given: g };
  }
  return null;
}

/**
 * Pairs (sentence of a, sentence of b) where one withholds what the other gives: each withholding
 * sentence with the first sentence of the other article that states the same kind as a fact of its
 * own, else the first that mentions it; unless its own article gives it too (then it speaks of
 * someone or something else, or of an earlier moment).
 */
export function withheldPairs(a: ReadonlyArray<Pick<SentenceFeatures, "text" | "quotes">>, b: ReadonlyArray<Pick<SentenceFeatures, "text" | "quotes">>): Array<{ a: number; b: number }> {
  const out: Array<{ a: number; b: number }> = [];
  const givenA = a.map(givenIn);
  const givenB = b.map(givenIn);
  const kindsOf = (given: ReadonlyArray<readonly Statement[]>) => new Set(given.flat().map((s) => s.kind));
  const [ownA, ownB] = [kindsOf(givenA), kindsOf(givenB)];
  const pairUp = (from: typeof a, own: Set<Withheld>, other: ReadonlyArray<readonly Statement[]>, flip: boolean) => {
    from.forEach((f, i) => {
      for (const w of withheldIn(f)) {
        if (own.has(w.kind)) continue;
        const stated = other.findIndex((g) => g.some((x) => x.kind === w.kind && x.stated));
        const j = stated >= 0 ? stated : other.findIndex((g) => g.some((x) => x.kind === w.kind));
        if (j < 0) continue;
        const pair = flip ? { a: j, b: i } : { a: i, b: j };
        if (!out.some((p) => p.a === pair.a && p.b === pair.b)) out.push(pair);
      }
    });
  };
  pairUp(a, ownA, givenB, false);
  pairUp(b, ownB, givenA, true);
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}
