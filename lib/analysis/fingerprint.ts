import { canonical } from "./normalize";

/** FNV-1a, 64 bits as two 32-bit halves, hex. Deterministic on every platform. */
export function hash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}

/**
 * A discrepancy's identity across re-analyses: its type and, per source label,
 * the quoted words. Sentence numbers and database ids are left out on purpose:
 * restoring a line renumbers sentences but must not orphan an editor's decision.
 */
export function discrepancyFingerprint(type: string, spans: ReadonlyArray<{ label: string; text: string }>): string {
  const parts = spans.map((s) => `${canonical(s.label)}=${canonical(s.text)}`).sort();
  return hash(`${type}|${parts.join("|")}`);
}

/**
 * The identity of a discrepancy whose type and quoted words another one of the comparison already
 * has, in other sentences ("reportedly" in two claims: two discrepancies): the fingerprint told apart
 * by the sentences its words sit in (their text, not their numbers).
 */
export function locatedFingerprint(fingerprint: string, sentences: readonly string[]): string {
  return hash(`${fingerprint}@${sentences.map(canonical).sort().join("|")}`);
}
