import { isRole } from "./features";
import { synonymous } from "./lexicon";
import type { Token } from "./nlp";
import { BODY_WORDS, COURTESY_MODIFIERS, ROLE_MODIFIERS, ROLE_WORDS, SENIORITY_MODIFIERS, TEMPORAL_MODIFIERS, WEEKDAY_NAMES } from "./vocabulary";

/**
 * Entity descriptions across whole articles: how each source describes each
 * named person ("Ukrainian Ambassador to South Korea Dmytro Ponomarenko",
 * "Dmytro Ponomarenko, Ukraine's ambassador-designate to South Korea"), so a
 * title that differs is caught even when the two descriptions sit in sentences
 * that state different claims.
 */
export interface Description {
  source: number;
  sentence: number;
  /** Name as written ("Dmytro Ponomarenko"). */
  name: string;
  /** Lower-cased surname: the key that matches mentions across sources. */
  key: string;
  /** The description as written ("Ukraine's ambassador-designate to South Korea"). */
  text: string;
  start: number;
  end: number;
  /** Role words and modifiers, lower-cased, with their offsets in the sentence. */
  roles: Array<{ word: string; start: number; end: number }>;
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  cap: boolean;
  /** A comma (or other clause punctuation) follows before the next word. */
  breakAfter: boolean;
}

const CONNECTORS = new Set(["to", "of", "for", "at", "in"]);
/** Last words of places and bodies, never of a person's name. */
const PLACE_WORDS = new Set([
  ..."city county state states province district island islands republic kingdom union nations house senate bank street avenue square".split(" "),
  ...BODY_WORDS,
]);
const NOT_NAMES = new Set(["the", "a", "an", "on", "in", "and", "but", "said", "says", ...WEEKDAY_NAMES]);

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu)) {
    let value = m[0].replace(/['’]s$/i, "").replace(/['’]$/, "");
    if (value.length > 3 && value.endsWith(".") && !/\.\p{L}\.$/u.test(value)) value = value.slice(0, -1);
    const start = m.index ?? 0;
    out.push({ text: value, lower: value.toLowerCase(), start, end: start + value.length, cap: /^\p{Lu}/u.test(value), breakAfter: false });
  }
  out.forEach((w, i) => {
    const next = out[i + 1];
    const gap = text.slice(w.end, next ? next.start : text.length);
    w.breakAfter = !next || /[,;:()"“”]|\s[-–—]\s/.test(gap);
  });
  return out;
}

function isName(w: Word | undefined): w is Word {
  return w !== undefined && w.cap && !isRole(w.lower) && !NOT_NAMES.has(w.lower);
}

function roleWords(words: Word[]): Description["roles"] {
  const roles: Description["roles"] = [];
  for (const [i, w] of words.entries()) {
    // "Justice Department spokesman": "Justice" names a body here.
    if (BODY_WORDS.has(words[i + 1]?.lower ?? "")) continue;
    const parts = w.lower.split("-");
    if (parts.some((p) => ROLE_WORDS.has(p) || ROLE_MODIFIERS.has(p))) roles.push({ word: w.lower, start: w.start, end: w.end });
  }
  return roles;
}

/** Parts of speech that can open a description of a person ("a former official", "Ukraine's envoy", "his lawyer"). */
const NOUN_PHRASE_START = new Set(["DET", "PROPN", "NOUN", "ADJ", "NUM"]);
const POSSESSIVES = new Set(["his", "her", "their", "its", "our", "my"]);
/** The role must come early in the description: "Mr. Trump's first national security adviser". */
const ROLE_WITHIN = 6;

/**
 * An appositive after a name describes the person only when it is a noun phrase headed by the role:
 * it opens like a noun phrase and reaches its role word within a few words, before any verb. Not
 * "Flynn, whom he fired for lying to the vice president" or "Pence, about the extent of ...".
 */
function describesPerson(desc: Word[], tag: (w: Word) => string | undefined): boolean {
  const first = desc[0];
  if (!first) return false;
  const firstTag = tag(first);
  if (firstTag !== undefined && !NOUN_PHRASE_START.has(firstTag) && !POSSESSIVES.has(first.lower) && !isRole(first.lower)) return false;
  for (const [i, w] of desc.entries()) {
    if (i >= ROLE_WITHIN) return false;
    if (w.lower.split("-").some((p) => ROLE_WORDS.has(p))) return true;
    const t = tag(w);
    if (t === "VERB" || t === "AUX") return false;
  }
  return false;
}

export function describe(text: string, source: number, sentence: number, tokens: readonly Token[] = []): Description[] {
  const words = wordsOf(text);
  const byStart = new Map(tokens.map((t) => [t.start, t.pos] as const));
  const tag = (w: Word) => byStart.get(w.start);
  const out: Description[] = [];
  const make = (nameWords: Word[], desc: Word[]): void => {
    const first = desc[0];
    const last = desc[desc.length - 1];
    const lastName = nameWords[nameWords.length - 1];
    const firstName = nameWords[0];
    if (!first || !last || !lastName || !firstName) return;
    const roles = roleWords(desc);
    if (roles.length === 0) return;
    out.push({
      source,
      sentence,
      name: text.slice(firstName.start, lastName.end),
      key: lastName.lower,
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      roles,
    });
  };
  for (let r = 0; r < words.length; r += 1) {
    const role = words[r];
    // A role word anchors a title; a modifier alone does not ("help elect Trump", "Former New York").
    if (!role || !role.lower.split("-").some((p) => ROLE_WORDS.has(p)) || role.breakAfter) continue;
    // Pattern A: [modifiers] ROLE [to PLACE] NAME
    let i = r + 1;
    let run: Word[] = [];
    const connector = words[i];
    if (connector && CONNECTORS.has(connector.lower)) {
      i += 1;
      while (isName(words[i]) && run.length < 6) {
        const w = words[i] as Word;
        run.push(w);
        i += 1;
        if (w.breakAfter) break;
      }
      if (run.length < 3) continue;
      run = run.slice(-2);
    } else {
      while (isName(words[i]) && run.length < 3) {
        const w = words[i] as Word;
        run.push(w);
        i += 1;
        if (w.breakAfter) break;
      }
      if (run.length === 0) continue;
    }
    let s = r;
    while (s > 0 && r - s < 5) {
      const prev = words[s - 1];
      if (!prev || prev.breakAfter || !(prev.cap || isRole(prev.lower))) break;
      s -= 1;
    }
    // "mayor of New York City": a place, not a person called "York City".
    if (PLACE_WORDS.has((run[run.length - 1] as Word).lower)) continue;
    // "Chief Fire Officer": the capitalised words are part of the title, not a person called "Fire".
    const after = words[i];
    if (after && isRole(after.lower) && !(run[run.length - 1] as Word).breakAfter) continue;
    const nameStart = words.indexOf(run[0] as Word);
    make(run, words.slice(s, nameStart));
  }
  // Pattern B: NAME, description with a role,
  for (let n = 0; n + 1 < words.length; n += 1) {
    const w1 = words[n];
    const w2 = words[n + 1];
    if (!isName(w1) || !isName(w2) || w1.breakAfter) continue;
    // From the start of a name only: "Michael T. Flynn", not also "T. Flynn".
    const before = words[n - 1];
    if (isName(before) && !before.breakAfter) continue;
    let end = n + 1;
    if (!w2.breakAfter && isName(words[n + 2]) && words[n + 2]?.breakAfter) end = n + 2;
    const last = words[end];
    if (!last?.breakAfter || text.slice(last.end, (words[end + 1]?.start ?? text.length)).indexOf(",") === -1) continue;
    const desc: Word[] = [];
    let k = end + 1;
    while (k < words.length && desc.length < 12) {
      const w = words[k] as Word;
      // The noun phrase ends at its verb: "Peter Guest, Assistant Chief Fire Officer at Surrey Fire says the ...".
      if (tag(w) === "VERB" || tag(w) === "AUX") break;
      desc.push(w);
      k += 1;
      if (w.breakAfter) break;
    }
    if (!describesPerson(desc, tag)) continue;
    make(words.slice(n, end + 1), desc);
  }
  return out;
}

export interface EntityFinding {
  severity: "high" | "medium" | "low";
  a: Description;
  b: Description;
  roleA: Description["roles"][number];
  roleB: Description["roles"][number];
}

function split(roles: Description["roles"]): { bases: Set<string>; modifiers: Set<string> } {
  const bases = new Set<string>();
  const modifiers = new Set<string>();
  for (const r of roles) {
    for (const part of r.word.split("-")) {
      if (COURTESY_MODIFIERS.has(part)) continue;
      if (ROLE_MODIFIERS.has(part)) modifiers.add(part);
      else if (ROLE_WORDS.has(part)) bases.add(part.replace(/s$/, ""));
    }
  }
  return { bases, modifiers };
}

/** Pairs of descriptions of the same person, in different sources, whose titles differ. */
export function compareDescriptions(all: readonly Description[]): EntityFinding[] {
  const out: EntityFinding[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < all.length; i += 1) {
    for (let j = i + 1; j < all.length; j += 1) {
      const a = all[i];
      const b = all[j];
      if (!a || !b || a.source === b.source || a.key !== b.key) continue;
      const [x, y] = a.source < b.source ? [a, b] : [b, a];
      const rx = split(x.roles);
      const ry = split(y.roles);
      const modifiersDiffer = [...rx.modifiers].some((m) => !ry.modifiers.has(m)) || [...ry.modifiers].some((m) => !rx.modifiers.has(m));
      const sharedBase = [...rx.bases].some((k) => ry.bases.has(k) || [...ry.bases].some((l) => synonymous(k, l)));
      if (!modifiersDiffer && sharedBase) continue;
      if (!modifiersDiffer && (rx.bases.size === 0 || ry.bases.size === 0)) continue;
      const pick = (d: Description, other: ReturnType<typeof split>) =>
        d.roles.find((r) => r.word.split("-").some((p) => !other.modifiers.has(p) && !other.bases.has(p.replace(/s$/, "")))) ?? d.roles[0];
      const roleA = pick(x, ry);
      const roleB = pick(y, rx);
      if (!roleA || !roleB) continue;
      const key = `${x.source}:${y.source}:${x.key}:${roleA.word}:${roleB.word}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // One office with a different modifier ("ambassador"/"ambassador-designate", "President"/"Former
      // President") is a conflict; different offices ("Defense Secretary"/"retired Marine general")
      // are usually two hats of one person: worth a look.
      // Seniority alone ("senior adviser"/"adviser") is a nuance of one office.
      const differing = [...rx.modifiers, ...ry.modifiers].filter((m) => !(rx.modifiers.has(m) && ry.modifiers.has(m)));
      const seniorityOnly = differing.length > 0 && differing.every((m) => SENIORITY_MODIFIERS.has(m));
      // "Former" against none: one outlet writes of the time of the events, the other of today.
      const timeOnly = differing.length > 0 && differing.every((m) => TEMPORAL_MODIFIERS.has(m));
      out.push({ severity: !sharedBase || timeOnly ? "low" : seniorityOnly ? "medium" : "high", a: x, b: y, roleA, roleB });
    }
  }
  return out;
}
