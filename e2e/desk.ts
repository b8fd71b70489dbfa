import fs from "node:fs";
import path from "node:path";
import { analyze } from "../lib/analysis";
import { seedAnalysedComparison } from "./seed";

/** The sample articles as a comparison of the test's own (the shared sample's decisions belong to other specs). */
export async function seedSample(title: string): Promise<string> {
  const result = analyze([
    { label: "UPI", text: fs.readFileSync("prisma/sample/upi.txt", "utf8") },
    { label: "Reuters", text: fs.readFileSync("prisma/sample/reuters.txt", "utf8") },
  ]);
  return seedAnalysedComparison(title, result);
}

/**
 * Five articles on one event from ECB+ (topic 1: an actress checking into rehab), read in place from
 * ../shared/data; null where the data is not beside the checkout. The outlets get names that look
 * alike or are long, as real ones do.
 */
export async function seedFiveOutlets(title: string): Promise<string | null> {
  const file = path.resolve("..", "shared", "data", "ecbplus", "ecbplus_docs.jsonl");
  if (!fs.existsSync(file)) return null;
  const wanted = ["1_11ecb", "1_12ecb", "1_13ecb", "1_14ecb", "1_15ecb"];
  const docs = new Map<string, string>();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { doc_id: string; sentences: Array<{ text: string }> };
    if (wanted.includes(doc.doc_id)) docs.set(doc.doc_id, doc.sentences.map((s) => s.text.replace(/``\s?/g, "“").replace(/\s?''/g, "”")).join("\n"));
  }
  const names = ["New York Times", "New York Post", "Outlet R", "Outlet RR", "The Daily Telegraph Online Edition"];
  const result = analyze(wanted.map((id, i) => ({ label: names[i] ?? id, text: docs.get(id) ?? "" })));
  return seedAnalysedComparison(title, result);
}
