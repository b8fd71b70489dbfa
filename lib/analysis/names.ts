import { NAME_ALIASES, PET_NAMES } from "./vocabulary";

/**
 * How a name is written: one name written two ways (spellings, transliterations, place
 * abbreviations, short forms) is one name. Read by the `names` rule and by `speakers`.
 */
/** A name's letters, lower case, without a plural or possessive "s" (kept on short names: "Wis"). */
export const bareName = (w: string) =>
  w
    .normalize("NFD")
    .replace(/\p{M}/gu, "") // "Peña" is "Pena"
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "")
    .replace(/(?<=\p{L}{4})s$/u, "");

/** A short form written with some of the long one's letters in order ("Dept" / "Department", "Govt" / "Government"). */
function abbreviation(short: string, long: string): boolean {
  if (short.length < 3 || long.length < 2 * short.length || short.slice(0, 2) !== long.slice(0, 2)) return false;
  let k = 0;
  for (const c of long) if (c === short[k]) k += 1;
  return k === short.length;
}

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

/** `vocabulary`'s pet forms as `bareName` writes names: "Chris", "Thomas" and "James" lose their last "s" there. */
const PET_FORMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([...PET_NAMES].map(([pet, names]) => [bareName(pet), new Set(names.map(bareName))]));

/** A pet form of a first name ("Sandi" / "Sandra", "Kathy" / "Katherine", "Tom" / "Thomas"), both bare (`bareName`), from `vocabulary`'s list: "Harry" is not "Harrison". */
function petForm(short: string, long: string): boolean {
  return PET_FORMS.get(short)?.has(long) ?? false;
}

/** Spelling variants ("Muqtada"/"Moqtada", "Zulfiqar"/"Zulifquar"), demonyms ("America"/"American"), short forms and pet forms of a first name ("Tim"/"Timothy", "Sandi"/"Sandra") and run-together words ("andInfineon"). */
export function nameVariant(x: string, y: string): boolean {
  const key = `${x}\u0000${y}`;
  let known = variantCache.get(key);
  if (known === undefined) {
    // Bounded: a server that runs for weeks reads more names than it needs to remember.
    if (variantCache.size >= VARIANT_CACHE_SIZE) variantCache.clear();
    known = variantOf(x, y);
    variantCache.set(key, known);
  }
  return known;
}

/** Pairs of words `nameVariant` has told apart: the same speakers' and people's words meet in many sentence pairs of one comparison. */
const variantCache = new Map<string, boolean>();
const VARIANT_CACHE_SIZE = 100_000;

function variantOf(x: string, y: string): boolean {
  const [p, r] = [bareName(x), bareName(y)];
  if (PLACE_ABBREVIATIONS.get(p)?.includes(r) || PLACE_ABBREVIATIONS.get(r)?.includes(p)) return true;
  if (p.length >= 3 && r.length >= 3 && (p.startsWith(r) || r.startsWith(p))) return true;
  if (abbreviation(p, r) || abbreviation(r, p)) return true;
  if (p.length >= 5 && r.length >= 5 && (p.includes(r) || r.includes(p))) return true;
  if (petForm(p, r) || petForm(r, p)) return true;
  if (p.length < 4 || r.length < 4) return false;
  if (p.startsWith(r.slice(0, 5)) || r.startsWith(p.slice(0, 5))) return true;
  // Transliterations differ in vowels and doubled letters ("Qaida"/"Qaeda", "Ahmad"/"Ahmed", "Jemah"/"Jemaah").
  if (p[0] === r[0] && skeleton(p) === skeleton(r) && skeleton(p).length >= 2) return true;
  // Short names differ by one letter and are different places ("Iran"/"Iraq", "Mali"/"Bali").
  const shorter = Math.min(p.length, r.length);
  return shorter >= 6 && editDistance(p, r) <= Math.floor(shorter / 4);
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

/** The `NAME_ALIASES` groups a run of words belongs to, by single words and by runs of up to four ("Justice Department"). */
export function aliasGroupsOf(words: readonly string[]): Set<string> {
  const groups = new Set<string>();
  for (let i = 0; i < words.length; i += 1) {
    let joined = "";
    for (let n = 0; n < 4 && i + n < words.length; n += 1) {
      joined += (words[i + n] ?? "").toLowerCase().replace(/[^\p{L}]/gu, "");
      const group = NAME_ALIASES.get(joined) ?? NAME_ALIASES.get(joined.replace(/s$/, ""));
      if (group) groups.add(group);
    }
  }
  return groups;
}

/** The `NAME_ALIASES` group a whole name is ("the Kremlin", "DHS", "the Justice Department"), or undefined. */
export function aliasOf(name: string): string | undefined {
  const letters = name.toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}]/gu, "");
  return NAME_ALIASES.get(letters) ?? NAME_ALIASES.get(letters.replace(/s$/, ""));
}
