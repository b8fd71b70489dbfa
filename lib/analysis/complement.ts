import type { NumberMention, SentenceFeatures } from "./features";

/**
 * One count told from its two sides: "Two of the five passengers survived" / "Three of the five
 * passengers did not survive"; "81 percent have received both doses" / "one in five has not". The
 * figures differ and one side denies what the other asserts, yet the two agree: the numbers and
 * negation rules leave such a pair alone.
 *
 * A share told as the part missing on one side only ("20 percent below its 2019 level" / "80 percent
 * of its 2019 level", "a 23 percent cut in benefits" / "pay 77 percent of benefits") is the other's
 * share from its other side. Otherwise exactly one side negates;
 * and either both give a share whose two values add up to the whole
 * (within COMPLEMENT_POINTS, for "nearly one in five" against "81 percent"), or both give one
 * total and a part of it that adds up to that total with the other's part.
 */

/** Percentage points two shares may miss 100 by and still be one share told from its two sides. */
const COMPLEMENT_POINTS = 2;

const percentOf = (n: NumberMention): number | null => (n.unit === "%" && /^\d+(?:\.\d+)?%$/.test(n.value) ? Number(n.value.slice(0, -1)) : null);
const countOf = (n: NumberMention): number | null => (n.unit !== "%" && n.unit !== "tally" && /^\d+$/.test(n.value) ? Number(n.value) : null);

function sharesComplement(a: readonly NumberMention[], b: readonly NumberMention[]): boolean {
  const pa = a.map(percentOf).filter((x): x is number => x !== null);
  const pb = b.map(percentOf).filter((x): x is number => x !== null);
  return pa.length === 1 && pb.length === 1 && Math.abs((pa[0] as number) + (pb[0] as number) - 100) <= COMPLEMENT_POINTS && pa[0] !== pb[0];
}

function partsComplement(a: readonly NumberMention[], b: readonly NumberMention[]): boolean {
  const ca = a.map(countOf).filter((x): x is number => x !== null);
  const cb = b.map(countOf).filter((x): x is number => x !== null);
  if (ca.length !== 2 || cb.length !== 2) return false;
  // The whole is the larger figure on each side, and the same on both.
  const [partA, wholeA] = [Math.min(...ca), Math.max(...ca)];
  const [partB, wholeB] = [Math.min(...cb), Math.max(...cb)];
  return wholeA === wholeB && partA !== partB && partA + partB === wholeA;
}

/** Words after a share that make it the part missing: "20 percent below its 2019 level", "short of", "less than". */
const SHORTFALL_AFTER = /^\s*(?:below|under|short\s+of|less\s+than|lower\s+than|down\s+from)\b/i;

/** Or a cut, after the share ("a 23 percent across-the-board cut in benefits") or before it ("cut benefits by 23 percent"). */
const CUT_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:cut|cuts|reduction|reductions|decrease|shortfall)\b/iu;
const CUT_BEFORE = /\b(?:cut|cuts|reduce|reduces|reduced|reducing|trim|trims|trimmed)\s+(?:[\p{L}-]+\s+){0,3}?by\s+$/iu;

/** The one share of a sentence is told as the part missing ("20 percent below its 2019 level", "a 23 percent cut"). */
function shortfall(f: Pick<SentenceFeatures, "numbers" | "text">): boolean {
  const shares = f.numbers.filter((n) => percentOf(n) !== null);
  const share = shares[0];
  if (shares.length !== 1 || !share) return false;
  const after = f.text.slice(share.end, share.end + 40);
  return SHORTFALL_AFTER.test(after) || CUT_AFTER.test(after) || CUT_BEFORE.test(f.text.slice(Math.max(0, share.start - 40), share.start));
}

export function complementary(a: Pick<SentenceFeatures, "numbers" | "negations" | "text">, b: Pick<SentenceFeatures, "numbers" | "negations" | "text">): boolean {
  // "20 percent below its 2019 level" / "at 80 percent of its 2019 level": one share from its two sides.
  if (shortfall(a) !== shortfall(b) && sharesComplement(a.numbers, b.numbers)) return true;
  if ((a.negations.length > 0) === (b.negations.length > 0)) return false;
  return sharesComplement(a.numbers, b.numbers) || partsComplement(a.numbers, b.numbers);
}
