import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { persistedSecret } from "./auth-secret";

test("the secret is created once, kept private, and read back", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-secret-"));
  const first = persistedSecret(dir);
  expect(first.length).toBeGreaterThanOrEqual(32);
  expect(persistedSecret(dir)).toBe(first);
  expect(fs.statSync(path.join(dir, "auth-secret")).mode & 0o777).toBe(0o600);
  expect(fs.readdirSync(dir)).toEqual(["auth-secret"]); // no temporary file left behind
});

test("processes starting at once on a fresh install all get the same secret, never an empty one", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-secret-race-"));
  const script = `import { persistedSecret } from ${JSON.stringify(path.resolve("lib/auth-secret.ts"))}; process.stdout.write(persistedSecret(${JSON.stringify(dir)}));`;
  const run = () =>
    new Promise<string>((resolve, reject) => {
      let out = "";
      const child = spawn(path.resolve("node_modules/.bin/tsx"), ["-e", script]);
      child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
      child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
    });
  const secrets = await Promise.all(Array.from({ length: 6 }, run));
  expect(secrets[0]?.length).toBeGreaterThanOrEqual(32);
  expect(new Set(secrets).size).toBe(1);
}, 60_000);
