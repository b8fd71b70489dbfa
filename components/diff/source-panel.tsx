import type { AnalyzedSource } from "@/lib/analysis/types";
import { LineButton as Line } from "./comparison-actions";

function LineButton({ show, ...props }: { comparisonId: string; sourceId: string; text: string; action: "restore" | "discard" | "undo"; label: string; show: boolean }) {
  return show ? <Line {...props} /> : null;
}

/**
 * What Parallax did with one source: the sentences it compared and the lines it
 * left out, each with a button to change the decision (then re-analysis runs).
 */
export function SourcePanel({ comparisonId, sourceId, source, restored, canEdit }: { comparisonId: string; sourceId: string; source: AnalyzedSource; restored: string[]; canEdit: boolean }) {
  return (
    <section className="source-panel" aria-label={`${source.label}: text and discarded lines`}>
      <h3>{source.label}</h3>
      {source.dateline ? <p className="muted">Dateline kept as metadata: {source.dateline}</p> : null}
      <details className="discarded">
        <summary>{source.discarded.length} {source.discarded.length === 1 ? "line" : "lines"} left out of the comparison</summary>
        <ul className="lines">
          {source.discarded.map((d, k) => (
            <li key={k}>
              <span className="badge">{d.reason === "user" ? "left out by you" : d.reason}</span> <span className="line-text">{d.text}</span>{" "}
              {d.reason === "user" ? (
                <LineButton show={canEdit} comparisonId={comparisonId} sourceId={sourceId} text={d.text} action="undo" label="Put back" />
              ) : (
                <LineButton show={canEdit} comparisonId={comparisonId} sourceId={sourceId} text={d.text} action="restore" label="Restore" />
              )}
            </li>
          ))}
        </ul>
      </details>
      {restored.length > 0 ? (
        <details className="discarded" open>
          <summary>{restored.length} {restored.length === 1 ? "line" : "lines"} restored by you</summary>
          <ul className="lines">
            {restored.map((text) => (
              <li key={text}>
                <span className="line-text">{text}</span> <LineButton show={canEdit} comparisonId={comparisonId} sourceId={sourceId} text={text} action="undo" label="Leave out again" />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <details className="discarded">
        <summary>{source.sentences.length} sentences compared</summary>
        <ol className="lines">
          {source.sentences.map((s) => (
            <li key={s.index}>
              <span className="line-text">{s.text}</span> <LineButton show={canEdit} comparisonId={comparisonId} sourceId={sourceId} text={s.text} action="discard" label="Leave out" />
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
