import fs from "node:fs";
import path from "node:path";

/**
 * Real-world data for tests: `../shared/data` beside the checkout (see its README). CI always
 * has it (`.ci/run` stops without it); a fresh clone does not. A test that reads it asks here
 * first: it gets the path where the data exists, and null where it does not, having printed
 * one line saying which tests are skipped and why. Such a test is skipped, never failed, for
 * the data's absence; the behaviour it covers is also tested on fixtures in the repository.
 */
export function sharedData(relative: string, skipped: string): string | null {
  const full = path.resolve("..", "shared", "data", relative);
  if (fs.existsSync(full)) return full;
  console.log(`Skipped ${skipped}: ../shared/data/${relative} is not beside this checkout (CI has it; the same behaviour is also tested on fixtures in the repository).`);
  return null;
}
