import "server-only";
import { env } from "@/lib/env";

/**
 * The address a request came from, for limits such as failed sign-ins. lib/cli/serve.ts writes the
 * connecting socket's address into CLIENT_HEADER on every request (replacing anything the client
 * sent). X-Forwarded-For counts only with TRUSTED_PROXY set, and then only the entry our own proxies
 * wrote: with N proxies, the Nth address from the right (entries further left are the client's to
 * invent). Without either, every request shares "unknown" (`next dev`).
 */
export const CLIENT_HEADER = "x-parallax-client";

export function clientAddress(headers: Headers, trustedProxy: number = env.TRUSTED_PROXY ?? 0): string {
  const peer = headers.get(CLIENT_HEADER)?.trim() || "unknown";
  if (trustedProxy < 1) return peer;
  const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return chain[chain.length - trustedProxy] ?? chain[0] ?? peer;
}
