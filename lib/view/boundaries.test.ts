import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

/** The presenter and the report stay below the UI and the server: they import neither. */
function imports(dir: string): Array<{ file: string; from: string }> {
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f))
    .flatMap((f) => {
      const text = fs.readFileSync(path.join(dir, f), "utf8");
      return [...text.matchAll(/^\s*(?:import|export)[^;]*?from\s+["']([^"']+)["']/gm)].map((m) => ({ file: path.join(dir, f), from: m[1] ?? "" }));
    });
}

test("lib/report and lib/view import neither components/ nor lib/server", () => {
  const bad = [...imports("lib/report"), ...imports("lib/view")].filter(({ from }) => /^@\/(components|lib\/server)\b|\/components\/|\.\.\/server\b/.test(from));
  expect(bad).toEqual([]);
});
