import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The secret that signs sessions when AUTH_SECRET is unset: generated on first start and kept in
 * `<dir>/auth-secret` (mode 600), so sessions survive restarts. `npm start` calls this once before
 * it starts the server processes, so they never race to create it; should two processes still
 * meet here, the one that loses the race waits for the other's file to be written.
 */
export function persistedSecret(dir: string): string {
  const file = path.join(dir, "auth-secret");
  const read = () => {
    try {
      return fs.readFileSync(file, "utf8").trim();
    } catch {
      return "";
    }
  };
  const existing = read();
  if (existing) return existing;
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(dir, { recursive: true });
  try {
    // Written whole under a temporary name, then linked into place: the file never exists half-written.
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, secret, { mode: 0o600 });
    try {
      fs.linkSync(temporary, file);
    } finally {
      fs.rmSync(temporary, { force: true });
    }
    return secret;
  } catch {
    const winner = read(); // another process created it first
    if (winner) return winner;
    throw new Error(`could not create or read ${file}`);
  }
}
