import type { AnalysisResult, Discrepancy, DiscrepancyType } from "@/lib/analysis/types";
import type { ReadingRow } from "@/lib/view/rows";
import { coverage } from "./coverage";
import { GridKeys } from "./grid-keys";

export const TYPE_COLOURS: Record<DiscrepancyType, string> = {
  title: "#7b3fa0", number: "#c2410c", date: "#0f766e", quote: "#1d4ed8", attribution: "#a16207",
  entity: "#be185d", negation: "#b91c1c", hedge: "#4d7c0f", omission: "#6b7280", other: "#6b7280",
};
/** Each type has its own letter as well as its colour: never colour alone. */
export const TYPE_MARKS: Record<DiscrepancyType, string> = {
  title: "T", number: "#", date: "D", quote: "Q", attribution: "A", entity: "E", negation: "N", hedge: "H", omission: "O", other: "?",
};
const SYMBOL = { carries: "●", missing: "–" } as const;

/**
 * The overview: claims (rows, reading order) by sources (columns), each column headed by the
 * outlet's full name (set sideways, so five outlets fit). A dot where a source carries the claim,
 * the letter of the most severe discrepancy type where it disagrees (high or medium: the legend says
 * low ones are only listed), a dash where it is missing.
 * One tab stop: the arrow keys move inside (Home / End to the row's ends), Enter goes to the row.
 */
export function CoverageMap({ result, discrepancies, rows }: { result: AnalysisResult; discrepancies: readonly Discrepancy[]; rows: ReadingRow[] }) {
  const cells = coverage(discrepancies, rows);
  const used = [...new Set(cells.flat().flatMap((c) => (c.type ? [c.type] : [])))];
  const snippet = (row: ReadingRow) => {
    const i = row.cells.findIndex((c) => c.sentences.length > 0);
    const text = result.sources[i]?.sentences[row.cells[i]?.sentences[0] ?? 0]?.text ?? "";
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
  };
  return (
    <figure className="coverage" aria-labelledby="coverage-caption">
      <figcaption id="coverage-caption"><strong>Coverage map</strong> <span className="muted">who carries each claim; arrow keys move, Enter goes to the row</span></figcaption>
      <GridKeys>
        <table className="coverage-grid">
          <thead>
            <tr>
              <th scope="col"><span className="visually-hidden">Row</span></th>
              {result.sources.map((s, i) => (
                <th key={i} scope="col" className="outlet-head"><span>{s.label}</span></th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={row.key}>
                <th scope="row" title={snippet(row)}>{row.number}</th>
                {cells[r]?.map((cell, s) => {
                  const label = `Row ${row.number}, ${result.sources[s]?.label}: ${cell.state === "missing" ? "not carried" : cell.state === "disagrees" ? `disagrees (${cell.type})` : "carries"}. ${snippet(row)}`;
                  return (
                    <td key={s} className={`cov-${cell.state}`}>
                      <a
                        href={`#row-${row.key}`}
                        aria-label={label}
                        tabIndex={r === 0 && s === 0 ? 0 : -1}
                        data-r={r}
                        data-c={s}
                        style={cell.type ? { color: TYPE_COLOURS[cell.type], borderColor: TYPE_COLOURS[cell.type] } : undefined}
                      >
                        {cell.state === "disagrees" && cell.type ? TYPE_MARKS[cell.type] : SYMBOL[cell.state === "missing" ? "missing" : "carries"]}
                      </a>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </GridKeys>
      <p className="coverage-legend">
        <span>● carries</span> <span>– missing</span> <span>a letter: a high or medium discrepancy between outlets (an omission is its –; low ones are only listed)</span>
        {used.map((t) => (
          <span key={t} style={{ color: TYPE_COLOURS[t] }}>
            <span className="cov-key" style={{ borderColor: TYPE_COLOURS[t] }}>{TYPE_MARKS[t]}</span> {t}
          </span>
        ))}
      </p>
    </figure>
  );
}
