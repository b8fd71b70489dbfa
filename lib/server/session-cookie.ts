import crypto from "node:crypto";

/**
 * The session token inside a better-auth signed cookie value (`token.base64(HMAC-SHA256(secret, token))`,
 * URI-encoded), or null when the value is malformed or its signature does not match.
 */
export function verifySessionCookie(raw: string, secret: string): string | null {
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1), "base64");
  const expected = crypto.createHmac("sha256", secret).update(token).digest();
  return signature.length === expected.length && crypto.timingSafeEqual(signature, expected) ? token : null;
}

/** better-auth extends a session when less than `expiresIn - updateAge` of it is left. */
export function sessionDueForRefresh(expiresAt: number, now: number, expiresInS: number, updateAgeS: number): boolean {
  return expiresAt - expiresInS * 1000 + updateAgeS * 1000 <= now;
}
