import "server-only";

/** A stand-in origin: only used to tell a same-origin path from anything that leaves it. */
const HERE = "http://parallax.invalid";

/**
 * Where to go after signing in: the `next` value when it is a path on this site, else "/".
 * Refused: anything that is not a string starting with one "/" (`//host`, `/\host`, which
 * browsers read as `//host`), control characters, tabs and other whitespace (browsers drop them,
 * so `/<tab>/host` becomes `//host`), backslashes, and anything the URL parser resolves to
 * another origin. The path is returned as the parser normalised it.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== "string" || next.length === 0 || next.length > 2_000) return "/";
  if (!next.startsWith("/") || next.startsWith("//")) return "/";
  // Control characters, whitespace (incl. Unicode spaces) and backslashes never belong in a path we send people to.
  if (/[\u0000-\u0020\u007f-\u009f\\\s]/u.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return "/";
  }
  if (url.origin !== HERE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}
