/**
 * Figures as numbers: the arithmetic the numbers rule (`rules/numbers`) and the link model
 * (`links`) share over `features`' normalised values ("2.5 1e6", "12%", "13000").
 */

/** A normalised figure as a number ("2.5 1e6" -> 2500000, "12%" -> 12); NaN for "hundreds". */
export function numericValue(v: string): number {
  const m = /^(-?\d+(?:\.\d+)?)(?:\s+(1e\d+))?%?$/.exec(v);
  return m ? Number(m[1]) * (m[2] ? Number(m[2]) : 1) : NaN;
}

/** Significant digits of a figure as written: "13.6 1e6" 3, "1500" 2, "13625777" 8. */
export function significantDigits(v: string): number {
  const mantissa = v.split(" ")[0] ?? v;
  const digits = mantissa.replace(/[^\d.]/g, "");
  const whole = digits.includes(".") ? digits.replace(".", "").replace(/^0+/, "") : digits.replace(/^0+/, "").replace(/0+$/, "");
  return whole.length;
}

/** `coarse` is `fine` rounded to the coarse one's significant digits ("43000" of "43350", "300" of "296", "1500" of "1520"); not "9.95" of "9.99", nor "10" of "12". */
export function roundsAt(coarse: string, fine: string): boolean {
  const [c, f] = [numericValue(coarse), numericValue(fine)];
  const digits = significantDigits(coarse);
  if (!Number.isFinite(c) || !Number.isFinite(f) || c === f || digits === 0 || digits >= significantDigits(fine)) return false;
  return Math.abs(Number(f.toPrecision(digits)) - c) <= 1e-9 * Math.max(1, Math.abs(c));
}
