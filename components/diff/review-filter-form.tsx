import { STATUSES, STATUS_LABELS } from "@/lib/view/decisions";
import { ORDER_WORDS, ORDERS, type ReviewFilters } from "@/lib/view/present-comparison";

/**
 * What to list, in which order, and which rows to show: by type, severity and status, omissions hidden, only rows
 * with a listed discrepancy, and (with more than three outlets) which columns. A GET form: the
 * choice lives in the address, so it can be shared and the back button undoes it.
 */
export function ReviewFilterForm({ filters, types, outlets, visible, summary, clearHref }: {
  filters: ReviewFilters;
  types: string[];
  /** Outlet names when there are more than the default columns; null hides the column picker. */
  outlets: string[] | null;
  visible: number[];
  summary: string;
  clearHref: string;
}) {
  return (
    <form method="get" className="filters" aria-label="Filter discrepancies and rows">
      <div className="toolbar">
        <div className="field">
          <label htmlFor="filter-type">Type</label>
          <select id="filter-type" name="type" defaultValue={filters.type ?? ""}>
            <option value="">All types</option>
            {types.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-severity">Severity</label>
          <select id="filter-severity" name="severity" defaultValue={filters.severity ?? ""}>
            <option value="">All severities</option>
            <option value="high">High</option>
            <option value="medium">Medium</option>
            <option value="low">Low</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">All statuses</option>
            {STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-order">Order</label>
          <select id="filter-order" name="order" defaultValue={filters.order === "reading" ? "" : filters.order}>
            {ORDERS.map((o) => <option key={o} value={o === "reading" ? "" : o}>{ORDER_WORDS[o].words[0]?.toUpperCase()}{ORDER_WORDS[o].words.slice(1)}</option>)}
          </select>
        </div>
        <label className="choice">
          <input type="checkbox" name="omissions" value="hide" defaultChecked={filters.hideOmissions} /> Hide omissions
        </label>
        <label className="choice">
          <input type="checkbox" name="only" value="flagged" defaultChecked={filters.onlyFlagged} /> Only rows with a listed discrepancy
        </label>
        {outlets ? null : <FilterActions summary={summary} clearHref={clearHref} />}
      </div>
      {outlets ? (
        <fieldset className="columns-picker">
          <legend>Columns to show</legend>
          {outlets.map((label, i) => (
            <label key={i} className="choice">
              <input type="checkbox" name="show" value={i} defaultChecked={visible.includes(i)} /> {label}
            </label>
          ))}
          <button type="submit" className="secondary small">Show</button>
        </fieldset>
      ) : (
        <input type="hidden" name="show" value={visible.join(",")} />
      )}
      {outlets ? <FilterActions summary={summary} clearHref={clearHref} /> : null}
    </form>
  );
}

function FilterActions({ summary, clearHref }: { summary: string; clearHref: string }) {
  return (
    <p className="filter-actions">
      <button type="submit" className="secondary">Apply</button> <a href={clearHref}>Clear the filters</a>{" "}
      <span className="muted">{summary}</span>
    </p>
  );
}
