import "server-only";
import path from "node:path";
import { z } from "zod";
import { persistedSecret } from "./auth-secret";
import { databaseFile, databaseUrl } from "./database-url";
import { dialectOf } from "./persistence/dialect";

/** Validated configuration. Empty strings count as unset; every variable has a working default. */
const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** An origin people reach Parallax at: http(s), a host, an optional port, nothing after. */
const ZOrigin = z
  .url({ protocol: /^https?$/, error: "must be an http:// or https:// address" })
  .refine((value) => /^https?:\/\/[^/?#]+\/?$/i.test(value), "must be an origin only, such as https://parallax.example.org (no path)")
  .transform((value) => new URL(value).origin);

/** A comma-separated list of origins (empty entries ignored). */
const ZOriginList = z.preprocess(
  (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v),
  z.array(ZOrigin).default([]),
);

const ZEnv = z.object({
  NODE_ENV: z.preprocess(emptyAsUndefined, z.enum(["development", "production", "test"]).default("production")),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  /** The address people use to reach Parallax; https turns on Secure cookies. */
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  /**
   * More origins that may send annotations and other JSON changes (a second host name, an address on
   * the office network), comma-separated. PUBLIC_URL is always trusted; with PUBLIC_URL unset, so is
   * the address each request was made to.
   */
  TRUSTED_ORIGINS: z.preprocess(emptyAsUndefined, ZOriginList),
  /**
   * How many reverse proxies stand in front of Parallax (usually 1). Only then do X-Forwarded-For,
   * X-Forwarded-Host and X-Forwarded-Proto count, and only the entries those proxies added; unset,
   * the client is the address that connected.
   */
  TRUSTED_PROXY: z.preprocess(
    (v) => (typeof v === "string" && /^(true|yes)$/i.test(v.trim()) ? 1 : emptyAsUndefined(v)),
    z.coerce.number({ error: "must be the number of proxies in front of Parallax, such as 1" }).int().min(1).max(10).optional(),
  ),
  /**
   * Signs session cookies. With a SQLite file, generated and kept beside it (data/auth-secret) when
   * unset; with PostgreSQL required, and the same on every machine.
   */
  AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32).optional()),
  /** Run analyses of more than this many characters in the background instead of inside the request. */
  ANALYSIS_INLINE_MAX_CHARS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).default(60_000)),
  /** An analysis running longer than this many seconds is stopped (the previous result is kept). */
  ANALYSIS_TIME_LIMIT_S: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(5).max(3600).default(300)),
  /**
   * How long an analysis job may go unheard from before another worker takes it over (its worker is
   * taken to have died). Default: on PostgreSQL the time limit plus a minute (pg-boss 10 has no
   * heartbeat, so a live worker's job must never expire); on SQLite 30 s, renewed while a job runs.
   */
  ANALYSIS_LEASE_S: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(2).max(7200).optional()),
});

/** The configuration from an environment, with errors that name the variable. */
export function parseEnv(source: Record<string, string | undefined>): z.infer<typeof ZEnv> {
  const result = ZEnv.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
  throw new Error(`Parallax configuration: ${problems}.`);
}

/**
 * The session secret: AUTH_SECRET, or for a local SQLite file one generated beside it. A shared
 * database (PostgreSQL) means several machines, which must sign cookies with one secret: there it
 * must be set.
 */
export function authSecret(configured: string | undefined, databaseUrlValue: string): string {
  if (configured) return configured;
  if (dialectOf(databaseUrlValue) !== "sqlite") {
    throw new Error("Parallax configuration: AUTH_SECRET must be set (32 characters or more, the same on every machine) when DATABASE_URL is not a local file.");
  }
  return persistedSecret(path.dirname(databaseFile(databaseUrlValue)));
}

const parsed = parseEnv(process.env);
const DATABASE_URL = databaseUrl();

export const env = {
  ...parsed,
  DATABASE_URL,
  DIALECT: dialectOf(DATABASE_URL),
  PUBLIC_URL: (parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, ""),
  /** Whether PUBLIC_URL was set (else the default above stands, and each request's own address is trusted). */
  PUBLIC_URL_SET: parsed.PUBLIC_URL !== undefined,
  AUTH_SECRET: authSecret(parsed.AUTH_SECRET, DATABASE_URL),
};
