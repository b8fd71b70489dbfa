import { Fragment } from "react";
import { SameClaimButton } from "@/components/annotations/same-claim";
import { VetoButton } from "@/components/annotations/veto-button";
import type { AnalysisResult, Discrepancy } from "@/lib/analysis/types";
import type { ShownRow } from "@/lib/view/present-comparison";
import { sentenceDiscrepancies, type ReadingRow, type RowRef } from "@/lib/view/rows";
import { rowSentences } from "@/lib/view/same-claim";
import { MarkedText } from "./marked-text";

/** Ranges of a cell's joined text that fall inside one sentence, made relative to it. */
function within(ranges: Array<[number, number]>, start: number, end: number): Array<[number, number]> {
  return ranges.flatMap(([a, b]) => (b <= start || a >= end ? [] : [[Math.max(a, start) - start, Math.min(b, end) - start] as [number, number]]));
}

/** "also in row N": a sentence that carries two claims sits in two rows; each links to the other. */
function AlsoIn({ rows, shown }: { rows: RowRef[]; shown: ReadonlySet<string> }) {
  return (
    <span className="also-in">
      {" "}(also in{" "}
      {rows.map((r, k) => (
        <Fragment key={r.key}>
          {k > 0 ? ", " : null}
          {shown.has(r.key) ? (
            <a href={`#row-${r.key}`} aria-label={`also in row ${r.number}`}>row {r.number}</a>
          ) : (
            <span title="Hidden by the current filter">row {r.number}</span>
          )}
        </Fragment>
      ))}
      )
    </span>
  );
}

/**
 * Aligned rows (from the presenter, lib/view/present-comparison.ts), one column per source; what
 * differs is marked the same way in every column (no outlet is the reference); discrepancy badges
 * under each cell select the discrepancy. Each row starts with its number (the coverage map's); a
 * sentence shown in more than one row (it carries two claims) links to the other rows. An editor can
 * rule a row "not the same claim", and say which sentence of an outlet a row lacks carries its claim
 * ("same claim", its choices given by `SameClaimChoices` around it).
 */
export function SideBySide({ result, discrepancies, shownRows, allRows, visible, canVeto, comparisonId }: {
  result: AnalysisResult;
  discrepancies: readonly Discrepancy[];
  shownRows: ShownRow[];
  /** Every row, shown or not: where a discrepancy's words outside its own row are (the decision panel's "words: row N"). */
  allRows: readonly ReadingRow[];
  visible: number[];
  canVeto: boolean;
  comparisonId: string;
}) {
  const n = visible.length;
  const touching = sentenceDiscrepancies(discrepancies, allRows);
  const shown = new Set(shownRows.map((r) => r.row.key));
  return (
    <div className="grid" style={{ ["--cols" as string]: n }} role="table" aria-label="Sources side by side">
      <div className="row head" role="row">
        <div className="cell row-number" role="columnheader"><span className="visually-hidden">Row</span></div>
        {visible.map((i) => (
          <div className="cell" role="columnheader" key={i}>{result.sources[i]?.label}</div>
        ))}
      </div>
      {shownRows.map(({ row, ids, flagged }) => {
        const sentences = rowSentences(result, row);
        // Keyed by what the row holds: after a re-analysis renumbers the rows, no control's state moves to another row.
        const rowKey = JSON.stringify(sentences);
        const outlets = row.cells.filter((c) => c.sentences.length > 0).length;
        // "Not the same claim" sits in the last cell shown that holds a sentence; with three outlets or
        // more, each outlet's cell can also take its sentence out ("Not this claim").
        const lastFilled = [...visible].reverse().find((si) => (row.cells[si]?.sentences.length ?? 0) > 0);
        const vetoes = canVeto && row.claimGroup !== null && outlets >= 2;
        return (
          <div className={`row${flagged ? " flagged" : ""}`} role="row" key={row.key} id={`row-${row.key}`} data-row={row.number} data-discrepancies={ids.join(" ")}>
            <div className="cell row-number" role="rowheader">{row.number}</div>
            {visible.map((si) => {
              const cell = row.cells[si];
              const source = result.sources[si];
              if (!source || !cell) return null;
              if (cell.sentences.length === 0) {
                return (
                  <div className="cell empty" role="cell" key={si}>
                    <span className="outlet">{source.label}</span>Not in {source.label}
                    {canVeto ? <SameClaimButton key={rowKey} comparisonId={comparisonId} source={si} outlet={source.label} row={sentences} /> : null}
                  </div>
                );
              }
              let offset = 0;
              const pieces: React.ReactNode[] = [];
              const cellFlags: Discrepancy[] = [];
              cell.sentences.forEach((index, k) => {
                const sentence = source.sentences[index];
                if (!sentence) return;
                if (pieces.length) offset += 1;
                const spans: Array<[number, number]> = [];
                for (const d of touching(row, si, index)) {
                  if (!cellFlags.includes(d)) cellFlags.push(d);
                  if (d.type === "omission") continue;
                  for (const s of d.spans) if (s.source === si && s.sentence === index) spans.push([s.start, s.end]);
                }
                const also = cell.alsoIn[k] ?? [];
                pieces.push(
                  <Fragment key={index}>
                    {pieces.length ? " " : null}
                    <MarkedText text={sentence.text} changed={within(cell.changed, offset, offset + sentence.text.length)} spans={spans} />
                    {also.length > 0 ? <AlsoIn rows={also} shown={shown} /> : null}
                  </Fragment>,
                );
                offset += sentence.text.length;
              });
              return (
                <div className="cell" role="cell" key={si} data-source={si} data-sentences={cell.sentences.join(",")}>
                  <span className="outlet">{source.label}</span>
                  {pieces}
                  {cellFlags.length > 0 && (
                    <div className="notes">
                      {cellFlags.map((d) => (
                        <a key={d.fingerprint} href={`#d-${d.fingerprint}`} className={`badge sev-${d.severity}`} title={d.explanation}>
                          {d.type}
                        </a>
                      ))}
                    </div>
                  )}
                  {vetoes && row.claimGroup !== null && (outlets >= 3 || si === lastFilled) ? (
                    <>
                      {outlets >= 3 ? <VetoButton key={`${rowKey}:${si}`} comparisonId={comparisonId} claimGroup={row.claimGroup} row={sentences} source={si} outlet={source.label} /> : null}
                      {si === lastFilled ? <VetoButton key={rowKey} comparisonId={comparisonId} claimGroup={row.claimGroup} row={sentences} /> : null}
                    </>
                  ) : null}
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
