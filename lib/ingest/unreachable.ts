/**
 * What to say when a site could not be reached, from the network error's code. A failed name
 * look-up (ENOTFOUND, EAI_AGAIN) happens both for a misspelt address and on a server with no
 * internet connection, and the two cannot be told apart here: say that the site could not be
 * reached and name both causes, never only "the address is wrong".
 */
const LOOKUP = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EAI_NODATA", "EAI_NONAME"]);
const NO_ROUTE = new Set(["ENETUNREACH", "EHOSTUNREACH", "ENETDOWN", "EHOSTDOWN"]);
const REFUSED = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ECONNABORTED"]);
const AFTER = "Check the address, or save the page and upload it (or paste its text).";

export function unreachableMessage(host: string, code: string | undefined): string {
  if (code && LOOKUP.has(code)) {
    return `${host} could not be reached: its address could not be looked up. This server may have no internet connection, or the address may be misspelt. ${AFTER}`;
  }
  if (code && NO_ROUTE.has(code)) return `${host} could not be reached: this server has no network route to it (no internet connection?). ${AFTER}`;
  if (code && REFUSED.has(code)) return `${host} could not be reached: it refused or dropped the connection. Try again later. ${AFTER}`;
  return `${host} could not be reached${code ? ` (${code})` : ""}. ${AFTER}`;
}
