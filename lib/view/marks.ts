/**
 * Which words of a row to mark as differing. The engine's word diff runs pairwise against the
 * first member of a claim group, so a phrase every outlet says, only in another place ("over
 * Easter weekend" early in one sentence and late in the other), comes back as changed in both.
 * No outlet is the reference: a run of words that every other cell of the row also says is not
 * marked, whatever its position; what is left is marked the same way in every column.
 */

const WORD = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: normal(m[0]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

function normal(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** " w1 w2 … " for phrase containment on word boundaries. */
function phraseIndex(text: string): string {
  return ` ${words(text).map((w) => w.text).join(" ")} `;
}

/**
 * `changed` ranges of `text` with the words every one of `others` also says taken out: runs of
 * two or more words found as a phrase in each other text, or a range of one word found in each.
 * Ranges are merged back over the punctuation between marked words.
 */
export function unsharedRanges(text: string, changed: ReadonlyArray<readonly [number, number]>, others: readonly string[]): Array<[number, number]> {
  if (others.length === 0) return changed.map(([a, b]) => [a, b]);
  const indexes = others.map(phraseIndex);
  const sharedByAll = (phrase: string) => indexes.every((ix) => ix.includes(` ${phrase} `));
  const out: Array<[number, number]> = [];
  for (const [a, b] of changed) {
    const inRange = words(text.slice(a, b)).map((w) => ({ ...w, start: w.start + a, end: w.end + a }));
    if (inRange.length === 0) continue;
    const keep: boolean[] = inRange.map(() => true);
    for (let i = 0; i < inRange.length; ) {
      let best = -1;
      for (let j = i; j < inRange.length; j += 1) {
        if (sharedByAll(inRange.slice(i, j + 1).map((w) => w.text).join(" "))) best = j;
        else break;
      }
      const length = best - i + 1;
      if (best >= 0 && (length >= 2 || inRange.length === 1)) {
        for (let k = i; k <= best; k += 1) keep[k] = false;
        i = best + 1;
      } else i += 1;
    }
    let run: [number, number] | null = null;
    inRange.forEach((w, k) => {
      if (keep[k]) run = run ? [run[0], w.end] : [w.start, w.end];
      else if (run) {
        out.push(run);
        run = null;
      }
    });
    if (run) out.push(run);
  }
  return out;
}
