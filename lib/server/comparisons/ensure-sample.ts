import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { storeComparison } from "./create-comparison";

const SAMPLE_DIR = path.join(process.cwd(), "prisma", "sample");

/**
 * Load the sample comparison (the two seed articles) when the database has no comparison at all.
 * Idempotent across processes and machines: the emptiness check and the insert share one write
 * transaction (storeComparison's onlyIntoEmpty), so two starting together load it once.
 */
export async function ensureSample(): Promise<boolean> {
  if ((await db.comparison.count()) > 0) return false;
  const upi = fs.readFileSync(path.join(SAMPLE_DIR, "upi.txt"), "utf8");
  const reuters = fs.readFileSync(path.join(SAMPLE_DIR, "reuters.txt"), "utf8");
  const stored = await storeComparison({
    isSample: true,
    onlyIntoEmpty: true,
    input: {
      title: "Ukraine asks South Korea for help against Russian cyberattacks",
      sources: [
        { outlet: "UPI", url: "", publishedAt: "2022-02-25", inputKind: "paste", rawInput: upi, text: upi },
        { outlet: "Reuters", url: "", publishedAt: "2022-02-25", inputKind: "paste", rawInput: reuters, text: reuters },
      ],
    },
  });
  return stored !== null;
}
