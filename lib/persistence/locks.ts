/** PostgreSQL advisory lock keys (64-bit), one per purpose, so they never wait on each other. */

/** Taken by every read-then-write transaction (write-lock.ts). */
export const WRITE_LOCK_KEY = 7_270_417_715;
/** Held by a machine doing start-up work: migrations (lib/cli/start.ts), the sample. */
export const STARTUP_LOCK_KEY = 7_270_417_716;
