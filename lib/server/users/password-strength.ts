import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import { UserInputError } from "./errors";

/**
 * Password strength, by zxcvbn-ts (a maintained port of Dropbox's estimator) with its common-password
 * and English dictionaries: a password must score at least 3 of 4 ("safely unguessable") with the
 * person's email, its user part and their name counted as known words, and must not be the email,
 * the name or either spelled backwards. Only the first 64 characters are scored: a longer password
 * is strong by length and zxcvbn's cost grows with it.
 */
export const MIN_SCORE = 3;
const SCORED_CHARS = 64;

export class WeakPasswordError extends UserInputError {
  constructor(message: string, field = "password") {
    super(field, message);
    this.name = "WeakPasswordError";
  }
}

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

const plain = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

/** Why this password would be refused, or null when it is strong enough. */
export function passwordProblem(password: string, person: { email: string; name?: string | null }): string | null {
  const email = plain(person.email);
  const user = email.split("@")[0] ?? "";
  const name = plain(person.name ?? "");
  const candidate = plain(password);
  const reversed = [...candidate].reverse().join("");
  for (const known of [email, user, name]) {
    if (known.length > 0 && (candidate === known || reversed === known)) {
      return known === name ? "Do not use your name as your password." : "Do not use your email address as your password.";
    }
  }
  const result = zxcvbn().check(password.slice(0, SCORED_CHARS), [person.email, user, person.name ?? "", ...(person.name ?? "").split(/\s+/), "parallax"].filter(Boolean));
  if (result.score >= MIN_SCORE) return null;
  const why = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(" ");
  return `This password is too easy to guess.${why ? ` ${why}` : ""} A few unrelated words together work well.`;
}

/** Throws WeakPasswordError (for the given form field) unless the password is strong enough. */
export function assertStrongPassword(password: string, person: { email: string; name?: string | null }, field = "password"): void {
  const problem = passwordProblem(password, person);
  if (problem) throw new WeakPasswordError(problem, field);
}
