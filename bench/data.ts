import fs from "node:fs";
import path from "node:path";

/** ../shared/data, read in place (never copied into the repository). */
export const DATA = process.env.PARALLAX_DATA ?? path.resolve(process.cwd(), "..", "shared", "data");

export function requireData(relative: string): string {
  const file = path.join(DATA, relative);
  if (!fs.existsSync(file)) {
    process.stderr.write(`missing ${file}: the benchmarks read ../shared/data (set PARALLAX_DATA to override)\n`);
    process.exit(2);
  }
  return file;
}

export function mrpcPairs(): Array<{ label: number; a: string; b: string }> {
  const lines = fs.readFileSync(requireData("mrpc/train.tsv"), "utf8").split(/\r?\n/).slice(1);
  return lines
    .filter(Boolean)
    .map((line) => line.split("\t"))
    .map((cols) => ({ label: Number(cols[0]), a: cols[3] ?? "", b: cols[4] ?? "" }));
}
