import "server-only";
import { attemptKeys, settleSuccessfulAttempt, takeSignInAttempt } from "./sign-in-limiter";
import type { SignIn } from "./types";

export const DEACTIVATED_MESSAGE = "This account is deactivated. Ask an admin to reactivate it.";

export type SignInResult = { ok: true } | { ok: false; message: string };

/**
 * Sign someone in with email and password. The attempt is counted before the password is checked
 * (sign-in-limiter.ts), so parallel guesses cannot outrun the limit; `verify` checks the password
 * and starts the session (better-auth in the app, a stand-in in tests), resolving false when the
 * email or password is wrong and "deactivated" when the password is right but an admin deactivated
 * the account (said only then; the attempt still counts). Any other error propagates; its attempt
 * keeps counting as a failure.
 */
export async function signIn(input: SignIn, client: string, verify: (input: SignIn) => Promise<boolean | "deactivated">): Promise<SignInResult> {
  const keys = attemptKeys(input.email, client);
  const attempt = await takeSignInAttempt(keys);
  if (!attempt.allowed) {
    return { ok: false, message: `Too many failed sign-ins. Try again in ${attempt.waitMinutes} minute${attempt.waitMinutes === 1 ? "" : "s"}.` };
  }
  const verified = await verify(input);
  if (verified === "deactivated") return { ok: false, message: DEACTIVATED_MESSAGE };
  if (!verified) return { ok: false, message: "The email or password is not right." };
  await settleSuccessfulAttempt(attempt.ids, keys[0]?.key ?? `email:${input.email}`);
  return { ok: true };
}
