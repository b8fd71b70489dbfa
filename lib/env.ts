import "server-only";
import path from "node:path";
import { z } from "zod";
import { persistedSecret } from "./auth-secret";
import { databaseFile, databaseUrl } from "./database-url";

/** Validated configuration. Empty strings count as unset; every variable has a working default. */
const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const ZEnv = z.object({
  NODE_ENV: z.preprocess(emptyAsUndefined, z.enum(["development", "production", "test"]).default("production")),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  /** The address people use to reach Parallax; https turns on Secure cookies. */
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  /** Signs session cookies. Generated and kept in data/auth-secret when unset. */
  AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32).optional()),
  /** Run analyses of more than this many characters in the background instead of inside the request. */
  ANALYSIS_INLINE_MAX_CHARS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).default(60_000)),
});

const parsed = ZEnv.parse(process.env);
const DATABASE_URL = databaseUrl();

export const env = {
  ...parsed,
  DATABASE_URL,
  PUBLIC_URL: (parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, ""),
  AUTH_SECRET: parsed.AUTH_SECRET ?? persistedSecret(path.dirname(databaseFile(DATABASE_URL))),
};
