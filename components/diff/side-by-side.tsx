import { VetoButton } from "@/components/annotations/veto-button";
import type { AnalysisResult, Discrepancy } from "@/lib/analysis/types";
import { MarkedText } from "./marked-text";
import type { ReadingRow } from "@/lib/view/rows";

/** Aligned rows, one column per source; differing words marked; discrepancy badges under each cell. */
export function SideBySide({ result, discrepancies, rows, onlyFlagged, visible, canVeto, comparisonId }: {
  result: AnalysisResult;
  discrepancies: readonly Discrepancy[];
  rows: ReadingRow[];
  onlyFlagged: boolean;
  visible: number[];
  canVeto: boolean;
  comparisonId: string;
}) {
  const n = visible.length;
  const bySentence = new Map<string, Discrepancy[]>();
  for (const d of discrepancies) {
    for (const s of d.spans) {
      const key = `${s.source}:${s.sentence}`;
      const list = bySentence.get(key) ?? [];
      if (!list.includes(d)) list.push(d);
      bySentence.set(key, list);
    }
  }
  return (
    <div className="grid" style={{ ["--cols" as string]: n }} role="table" aria-label="Sources side by side">
      <div className="row head" role="row">
        {visible.map((i) => (
          <div className="cell" role="columnheader" key={i}>{result.sources[i]?.label}</div>
        ))}
      </div>
      {rows.map((row) => {
        // A claim only hidden sources carry has nothing to show in the chosen columns.
        if (visible.every((si) => (row.cells[si]?.sentences.length ?? 0) === 0)) return null;
        const flags = visible.flatMap((si) => (row.cells[si]?.sentences ?? []).flatMap((s) => bySentence.get(`${si}:${s}`) ?? []));
        // A low-severity omission (background only one outlet carries) does not make a row worth a look.
        const notable = flags.filter((d) => d.severity !== "low" || d.type !== "omission");
        if (onlyFlagged && notable.length === 0) return null;
        const ids = [...new Set(flags.map((d) => d.id))];
        return (
          <div className={`row${notable.length ? " flagged" : ""}`} role="row" key={row.key} id={`row-${row.key}`} data-discrepancies={ids.join(" ")}>
            {visible.map((si) => {
              const cell = row.cells[si];
              const source = result.sources[si];
              if (!source || !cell) return null;
              if (cell.sentences.length === 0) {
                return (
                  <div className="cell empty" role="cell" key={si}>
                    <span className="outlet">{source.label}</span>Not in {source.label}
                  </div>
                );
              }
              let offset = 0;
              const texts: string[] = [];
              const spans: Array<[number, number]> = [];
              const cellFlags: Discrepancy[] = [];
              for (const index of cell.sentences) {
                const sentence = source.sentences[index];
                if (!sentence) continue;
                if (texts.length) offset += 1;
                for (const d of bySentence.get(`${si}:${index}`) ?? []) {
                  if (!cellFlags.includes(d)) cellFlags.push(d);
                  if (d.type === "omission") continue;
                  for (const s of d.spans) if (s.source === si && s.sentence === index) spans.push([offset + s.start, offset + s.end]);
                }
                texts.push(sentence.text);
                offset += sentence.text.length;
              }
              const isRef = row.claimGroup !== null && result.claimGroups[row.claimGroup]?.members[0]?.source === si;
              return (
                <div className={`cell${isRef ? " ref" : ""}`} role="cell" key={si} data-source={si} data-sentences={cell.sentences.join(",")}>
                  <span className="outlet">{source.label}</span>
                  <MarkedText text={texts.join(" ")} changed={cell.changed} spans={spans} />
                  {cellFlags.length > 0 && (
                    <div className="notes">
                      {cellFlags.map((d) => (
                        <a key={d.fingerprint} href={`#d-${d.fingerprint}`} className={`badge sev-${d.severity}`} title={d.explanation}>
                          {d.type}
                        </a>
                      ))}
                    </div>
                  )}
                  {canVeto && row.claimGroup !== null && si === visible[visible.length - 1] ? <VetoButton comparisonId={comparisonId} claimGroup={row.claimGroup} /> : null}
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
