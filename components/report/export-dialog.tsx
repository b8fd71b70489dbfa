import { STATUSES, STATUS_LABELS } from "@/lib/server/annotations/types";

/** Export options: which statuses (the PDF and the CSV), the appendix, paper size; plus the JSON of the whole comparison. */
export function ExportDialog({ comparisonId }: { comparisonId: string }) {
  return (
    <details className="export-dialog">
      <summary>Export a report</summary>
      <form method="get" action={`/comparisons/${comparisonId}/report.pdf`} target="_blank" className="toolbar">
        <fieldset className="columns-picker">
          <legend>Include discrepancies that are</legend>
          {STATUSES.map((s) => (
            <label key={s} className="choice">
              <input type="checkbox" name="status" value={s} defaultChecked={s !== "dismissed"} /> {STATUS_LABELS[s]}
            </label>
          ))}
        </fieldset>
        <label className="choice">
          <input type="checkbox" name="appendix" value="1" /> Appendix with the full aligned text
        </label>
        <div className="field">
          <label htmlFor="paper">Paper</label>
          <select id="paper" name="paper" defaultValue="A4">
            <option value="A4">A4</option>
            <option value="LETTER">Letter</option>
          </select>
        </div>
        <button type="submit">Open the PDF report</button>
        {/* The CSV lists the discrepancies with the statuses ticked, as the PDF does. */}
        <button type="submit" className="secondary" formAction={`/comparisons/${comparisonId}/export.csv`} formTarget="_self">
          CSV
        </button>
        <a className="button secondary" href={`/comparisons/${comparisonId}/export.json`}>JSON</a>
      </form>
    </details>
  );
}
