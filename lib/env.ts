import "server-only";
import { z } from "zod";
import { databaseUrl } from "./database-url";

/** Validated configuration. Empty strings count as unset; every variable has a working default. */
const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const ZEnv = z.object({
  NODE_ENV: z.preprocess(emptyAsUndefined, z.enum(["development", "production", "test"]).default("production")),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  /** Run analyses of more than this many characters in the background instead of inside the request. */
  ANALYSIS_INLINE_MAX_CHARS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).default(60_000)),
});

export const env = { ...ZEnv.parse(process.env), DATABASE_URL: databaseUrl() };
