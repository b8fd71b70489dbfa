import "server-only";
import { env } from "@/lib/env";

/**
 * Which origins may send JSON changes (annotations, flags, vetoes, ...) and which address to print
 * in links. Parallax is reached at PUBLIC_URL, at the origins in TRUSTED_ORIGINS, and, while
 * PUBLIC_URL is unset, at whatever address the request was made to (http://127.0.0.1:3000, a LAN
 * address, a host name): the custom server always hands Next.js `http://localhost:PORT` as the
 * request URL, so the request's own address comes from its Host header. X-Forwarded-Host and
 * X-Forwarded-Proto count only behind TRUSTED_PROXY.
 */
export interface OriginPolicy {
  /** PUBLIC_URL when it was set. */
  publicUrl: string | null;
  trustedOrigins: readonly string[];
  trustedProxy: number;
}

export function originPolicy(): OriginPolicy {
  return { publicUrl: env.PUBLIC_URL_SET ? env.PUBLIC_URL : null, trustedOrigins: env.TRUSTED_ORIGINS, trustedProxy: env.TRUSTED_PROXY ?? 0 };
}

/** `host[:port]` when it is one (a Host header can carry anything). */
function validHost(value: string | null | undefined): string | null {
  const host = value?.trim().toLowerCase();
  if (!host || host.length > 300) return null;
  try {
    const url = new URL(`http://${host}`);
    return url.host === host || `${url.hostname}:80` === host ? host : null;
  } catch {
    return null;
  }
}

/** The last `hops` entries of a comma-separated forwarded header are the ones our own proxies wrote. */
function forwarded(value: string | null, hops: number): string | null {
  if (!value || hops < 1) return null;
  const entries = value.split(",").map((s) => s.trim());
  return entries[Math.max(0, entries.length - hops)] ?? null;
}

/** The origin this request was made to, from its Host header (or, behind a trusted proxy, the forwarded host). */
export function requestOrigin(headers: Headers, policy: OriginPolicy = originPolicy()): string | null {
  const host = validHost(forwarded(headers.get("x-forwarded-host"), policy.trustedProxy) ?? headers.get("host"));
  if (!host) return null;
  const proto = forwarded(headers.get("x-forwarded-proto"), policy.trustedProxy);
  const scheme = proto === "https" || proto === "http" ? proto : "http";
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return null;
  }
}

export function trustedOrigins(headers: Headers, policy: OriginPolicy = originPolicy()): Set<string> {
  const origins = new Set(policy.trustedOrigins);
  if (policy.publicUrl) origins.add(new URL(policy.publicUrl).origin);
  else {
    const own = requestOrigin(headers, policy);
    if (own) origins.add(own);
  }
  return origins;
}

/** A request with no Origin header is not a browser's cross-site request; one with an Origin must be trusted. */
export function isTrustedOrigin(headers: Headers, policy: OriginPolicy = originPolicy()): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  return trustedOrigins(headers, policy).has(origin);
}

/** The address to put in links people are sent (invitations, password resets). */
export function publicOrigin(headers: Headers, policy: OriginPolicy = originPolicy()): string {
  if (policy.publicUrl) return policy.publicUrl.replace(/\/$/, "");
  return requestOrigin(headers, policy) ?? env.PUBLIC_URL;
}
