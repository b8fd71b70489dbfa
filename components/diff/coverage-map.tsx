import type { AnalysisResult, Discrepancy, DiscrepancyType } from "@/lib/analysis/types";
import { coverage } from "./coverage";
import type { ReadingRow } from "@/lib/view/rows";

export const TYPE_COLOURS: Record<DiscrepancyType, string> = {
  title: "#7b3fa0", number: "#c2410c", date: "#0f766e", quote: "#1d4ed8", attribution: "#a16207",
  entity: "#be185d", negation: "#b91c1c", hedge: "#4d7c0f", omission: "#6b7280", other: "#6b7280",
};
const SYMBOL = { carries: "●", disagrees: "◆", missing: "–" } as const;

/**
 * The overview: claims (rows, reading order) by sources (columns). A dot where
 * a source carries the claim, a diamond coloured by the most severe discrepancy
 * type where it disagrees, a dash where it is missing. Every cell links to its row;
 * its label names the row by its number, as the side-by-side does (hovering the number
 * shows the sentence).
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
      <figcaption id="coverage-caption"><strong>Coverage map</strong> <span className="muted">who carries each claim</span></figcaption>
      <table className="coverage-grid">
        <thead>
          <tr>
            <th scope="col"><span className="visually-hidden">Row</span></th>
            {result.sources.map((s, i) => <th key={i} scope="col" title={s.label}>{s.label.slice(0, 8)}</th>)}
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
                    <a href={`#row-${row.key}`} aria-label={label} style={cell.type ? { color: TYPE_COLOURS[cell.type] } : undefined}>
                      {SYMBOL[cell.state]}
                    </a>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="coverage-legend">
        <span>● carries</span> <span>– missing</span>
        {used.map((t) => <span key={t} style={{ color: TYPE_COLOURS[t] }}>◆ {t}</span>)}
      </p>
    </figure>
  );
}
