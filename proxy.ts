import { NextResponse, type NextRequest } from "next/server";
import { MAX_FORM_BYTES, TOO_LARGE_MESSAGE } from "@/lib/request-limits";
import { REQUEST_PATH_HEADER } from "@/lib/request-path";

/**
 * A fresh nonce per request and a strict Content-Security-Policy: only scripts
 * carrying the nonce (Next.js's own) run, so markup that slipped into a page
 * could not execute. Inline style attributes stay allowed (React sets them).
 */
export function proxy(request: NextRequest): NextResponse {
  // A body past the server-action limit would fail deep inside Next.js with a 500 and an unreadable
  // message; say what is wrong instead (text/plain: the page shows it as the error's message).
  if (Number(request.headers.get("content-length") ?? 0) > MAX_FORM_BYTES) {
    return new NextResponse(TOO_LARGE_MESSAGE, { status: 413, headers: { "content-type": "text/plain" } });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  // The page asked for, query string and all, so that signing in from a deep link returns to it
  // (lib/server/session.ts); set here, so a client's own header of that name never counts.
  const asked = new URLSearchParams(request.nextUrl.search);
  asked.delete("_rsc"); // Next.js's own, on a refresh: not part of the page's address
  const query = asked.toString();
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${query ? `?${query}` : ""}`);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
