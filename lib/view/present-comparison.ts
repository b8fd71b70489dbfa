import { q } from "@/lib/analysis/finding";
import { DISCREPANCY_TYPES, SEVERITIES, type DiscrepancyType, type Severity } from "@/lib/analysis/types";
import type { ComparisonInput, DiscrepancyInput } from "./comparison";
import { STATUSES, STATUS_LABELS, type AnnotationView, type Status } from "./decisions";
import { unsharedRanges } from "./marks";
import { readingRows, rowOf, sentenceDiscrepancies, type ReadingRow, type RowRef } from "./rows";

/**
 * The one presenter of a comparison: its rows, its discrepancies as listed, the counts and the
 * words that describe them. The page, the PDF and the CSV all show what this returns, so a row
 * number, a count or a discrepancy's words read the same everywhere.
 */

/**
 * How the listed discrepancies are ordered: as the rows read (the default), the most severe first,
 * by type, or by status (open first). Within each, reading order.
 */
export const ORDERS = ["reading", "severity", "type", "status"] as const;
export type ListOrder = (typeof ORDERS)[number];

/** What the desk chose to look at: `?type=number&severity=high&status=open&omissions=hide&only=flagged&order=severity`. */
export interface ReviewFilters {
  type: DiscrepancyType | null;
  severity: Severity | null;
  status: Status | null;
  hideOmissions: boolean;
  /** Only rows holding a listed discrepancy. */
  onlyFlagged: boolean;
  order: ListOrder;
}

export const NO_FILTERS: ReviewFilters = { type: null, severity: null, status: null, hideOmissions: false, onlyFlagged: false, order: "reading" };

const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
const member = <T extends string>(list: readonly T[], v: string | undefined): T | null => (list as readonly string[]).includes(v ?? "") ? (v as T) : null;

/** Filters from a page's search parameters; anything unknown is ignored (a shared link never fails). */
export function filtersFrom(params: Record<string, string | string[] | undefined>): ReviewFilters {
  return {
    type: member(DISCREPANCY_TYPES, one(params.type)),
    severity: member(SEVERITIES, one(params.severity)),
    status: member(STATUSES, one(params.status)),
    hideOmissions: one(params.omissions) === "hide",
    onlyFlagged: one(params.only) === "flagged",
    order: member(ORDERS, one(params.order)) ?? "reading",
  };
}

/** The same filters as search parameters (empty values left out). */
export function filterParams(f: ReviewFilters): Array<[string, string]> {
  return [
    ["only", f.onlyFlagged ? "flagged" : ""],
    ["type", f.type ?? ""],
    ["severity", f.severity ?? ""],
    ["status", f.status ?? ""],
    ["omissions", f.hideOmissions ? "hide" : ""],
    ["order", f.order === "reading" ? "" : f.order],
  ].filter((p): p is [string, string] => p[1] !== "");
}

export interface DiscrepancyItem {
  fingerprint: string;
  id: number;
  type: DiscrepancyType;
  severity: Severity;
  status: Status;
  assignee: string | null;
  explanation: string;
  manual: boolean;
  /** The quoted words per outlet ("UPI: “Ambassador” · Reuters: “ambassador-designate”"); for an omission, who carries it ("only UPI"). */
  words: string;
  /** Outlets whose words are involved, in source order. */
  outlets: string[];
  /** Omissions: the outlets that do not carry the claim. */
  missingFrom: string[];
  /** The row it belongs to (its claim group's row). */
  row: RowRef | null;
  /**
   * Outlets whose marked words sit in another row than `row` (a title compared across whole articles:
   * "HuffPost calls him “aide”" where HuffPost is not in the row), and the first row holding them.
   */
  elsewhere: Array<{ outlet: string; row: RowRef }>;
  annotation: AnnotationView | null;
  source: DiscrepancyInput;
}

export interface NoLongerDetected {
  fingerprint: string;
  type: string;
  quote: string;
  status: Status;
  assignee: string | null;
  notes: Array<{ author: string; at: string; text: string }>;
}

export interface Counts {
  total: number;
  shown: number;
  bySeverity: Record<Severity, number>;
  /** Most frequent first. */
  byType: Array<[DiscrepancyType, number]>;
  byStatus: Record<Status, number>;
  rows: { total: number; everyOutlet: number; several: number; oneOnly: number };
}

export interface ComparisonPresentation {
  outlets: string[];
  /** Every row in reading order, with what differs marked symmetrically (see marks.ts). */
  rows: ReadingRow[];
  /** Every discrepancy, in reading order (by row, then severity). */
  discrepancies: DiscrepancyItem[];
  /** The ones the filters keep. */
  shown: DiscrepancyItem[];
  counts: Counts;
  words: { rows: string; discrepancies: string; shown: string };
  noLongerDetected: NoLongerDetected[];
}

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function severityOrder(a: { severity: Severity }, b: { severity: Severity }): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}

/** Each order as a comparison; `Array.prototype.sort` is stable, so ties keep reading order. */
const ORDER_BY: Record<ListOrder, (a: DiscrepancyItem, b: DiscrepancyItem) => number> = {
  reading: () => 0,
  severity: severityOrder,
  type: (a, b) => a.type.localeCompare(b.type),
  status: (a, b) => STATUS_WORK_ORDER.indexOf(a.status) - STATUS_WORK_ORDER.indexOf(b.status),
};

/** Work left first: open, then needs follow-up, then the decided ones. */
const STATUS_WORK_ORDER: readonly Status[] = ["open", "follow_up", "confirmed", "dismissed"];

/** How a list in this order is described ("12 listed, most severe first"), and the column it is sorted by. */
export const ORDER_WORDS: Record<ListOrder, { words: string; column: string; direction: "ascending" | "descending" }> = {
  reading: { words: "in reading order", column: "row", direction: "ascending" },
  severity: { words: "most severe first", column: "severity", direction: "descending" },
  type: { words: "by type", column: "type", direction: "ascending" },
  status: { words: "open ones first", column: "status", direction: "ascending" },
};

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

function notesOf(a: AnnotationView | null): NoLongerDetected["notes"] {
  return (a?.events ?? []).filter((e) => e.kind === "note" || e.kind === "flag").map((e) => ({ author: e.actor ?? "someone", at: e.at, text: e.note ?? "" }));
}

export { notesOf as annotationNotes };

/** Rows with the engine's changed ranges made symmetric: nothing every other outlet in the row says is marked. */
function symmetricRows(input: ComparisonInput, rows: ReadingRow[]): ReadingRow[] {
  const result = input.result;
  if (!result) return rows;
  const cellText = (row: ReadingRow, si: number) => (row.cells[si]?.sentences ?? []).map((i) => result.sources[si]?.sentences[i]?.text ?? "").join(" ");
  return rows.map((row) => {
    if (row.claimGroup === null) return row;
    const texts = row.cells.map((_, si) => cellText(row, si));
    return {
      ...row,
      cells: row.cells.map((cell, si) => {
        if (cell.sentences.length === 0 || cell.changed.length === 0) return cell;
        const others = texts.filter((t, k) => k !== si && t !== "");
        return { ...cell, changed: unsharedRanges(texts[si] ?? "", cell.changed, others) };
      }),
    };
  });
}

function matches(d: DiscrepancyItem, f: ReviewFilters): boolean {
  return (!f.type || d.type === f.type) && (!f.severity || d.severity === f.severity) && (!f.status || d.status === f.status) && !(f.hideOmissions && d.type === "omission");
}

/** Each outlet whose marked words are not in `row`, with the first row that holds them. */
function elsewhere(rows: readonly ReadingRow[], row: ReadingRow | null, d: DiscrepancyInput, outlets: readonly string[]): DiscrepancyItem["elsewhere"] {
  if (!row || d.type === "omission") return [];
  const out: DiscrepancyItem["elsewhere"] = [];
  for (const s of d.spans) {
    if (row.cells[s.source]?.sentences.includes(s.sentence) || out.some((e) => e.outlet === outlets[s.source])) continue;
    const there = rows.find((r) => r.cells[s.source]?.sentences.includes(s.sentence));
    if (there) out.push({ outlet: outlets[s.source] ?? "", row: { key: there.key, number: there.number } });
  }
  return out;
}

/** A comparison as its views show it. Pure. */
export function presentComparison(input: ComparisonInput, filters: ReviewFilters = NO_FILTERS): ComparisonPresentation {
  const result = input.result;
  const outlets = result?.sources.map((s) => s.label) ?? input.sources.map((s) => s.outlet);
  const rows = result ? symmetricRows(input, readingRows(result)) : [];
  const items: DiscrepancyItem[] = input.discrepancies.map((d) => {
    const sources = [...new Set(d.spans.map((s) => s.source))].sort((a, b) => a - b);
    const row = rowOf(rows, d);
    return {
      fingerprint: d.fingerprint,
      id: d.id,
      type: d.type,
      severity: d.severity,
      status: d.annotation?.status ?? "open",
      assignee: d.annotation?.assignee?.name ?? null,
      explanation: d.explanation,
      manual: d.manual,
      words: d.type === "omission" ? `only ${sources.map((s) => outlets[s]).join(", ")}` : d.spans.map((s) => `${outlets[s.source]}: ${q(s.text)}`).join(" · "),
      outlets: sources.map((s) => outlets[s] ?? ""),
      missingFrom: d.type === "omission" ? outlets.filter((_, i) => !sources.includes(i)) : [],
      row: row ? { key: row.key, number: row.number } : null,
      elsewhere: elsewhere(rows, row, d, outlets),
      annotation: d.annotation,
      source: d,
    };
  });
  items.sort((a, b) => (a.row?.number ?? Infinity) - (b.row?.number ?? Infinity) || severityOrder(a, b) || a.id - b.id);
  const shown = items.filter((d) => matches(d, filters)).sort(ORDER_BY[filters.order]);

  const bySeverity: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  const byStatus: Record<Status, number> = { open: 0, confirmed: 0, dismissed: 0, follow_up: 0 };
  const types = new Map<DiscrepancyType, number>();
  for (const d of items) {
    bySeverity[d.severity] += 1;
    byStatus[d.status] += 1;
    types.set(d.type, (types.get(d.type) ?? 0) + 1);
  }
  const carriers = rows.map((r) => r.cells.filter((c) => c.sentences.length > 0).length);
  const n = outlets.length;
  const rowCounts = {
    total: rows.length,
    everyOutlet: carriers.filter((c) => c === n).length,
    several: carriers.filter((c) => c > 1 && c < n).length,
    oneOnly: carriers.filter((c) => c === 1).length,
  };
  const everyone = n === 2 ? "both outlets" : `all ${n} outlets`;
  const rowWords =
    `${plural(rowCounts.total, "row")} of claims: ${rowCounts.everyOutlet} carried by ${everyone}` +
    (n > 2 ? `, ${rowCounts.several} by some` : "") +
    `, ${rowCounts.oneOnly} by one outlet only`;
  const open = byStatus.open;
  const discrepancyWords = `${plural(items.length, "discrepancy", "discrepancies")} (${bySeverity.high} high, ${bySeverity.medium} medium, ${bySeverity.low} low); ${open} still open`;
  const shownWords = shown.length === items.length ? (items.length === 1 ? "The one discrepancy" : `All ${plural(items.length, "discrepancy", "discrepancies")}`) : `${shown.length} of ${plural(items.length, "discrepancy", "discrepancies")}`;
  return {
    outlets,
    rows,
    discrepancies: items,
    shown,
    counts: {
      total: items.length,
      shown: shown.length,
      bySeverity,
      byType: [...types.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
      byStatus,
      rows: rowCounts,
    },
    words: { rows: rowWords, discrepancies: discrepancyWords, shown: shownWords },
    noLongerDetected: input.orphans.map((a) => ({ fingerprint: a.fingerprint, type: a.type, quote: a.quote, status: a.status, assignee: a.assignee?.name ?? null, notes: notesOf(a) })),
  };
}

/** One row as the side-by-side shows it: the discrepancies beside it and whether it is worth a look. */
export interface ShownRow {
  row: ReadingRow;
  /** Ids of the discrepancies touching its visible cells. */
  ids: number[];
  flagged: boolean;
}

/**
 * The rows to show for the chosen columns and filters. A claim only hidden columns carry is left
 * out; with `onlyFlagged`, so is a row without a discrepancy the filters keep.
 */
export function shownRows(p: ComparisonPresentation, visible: readonly number[], filters: ReviewFilters): ShownRow[] {
  const kept = new Set(p.shown.map((d) => d.fingerprint));
  const touching = sentenceDiscrepancies(p.discrepancies.map((d) => d.source), p.rows);
  return p.rows.flatMap((row) => {
    if (visible.every((si) => (row.cells[si]?.sentences.length ?? 0) === 0)) return [];
    const flags = visible.flatMap((si) => (row.cells[si]?.sentences ?? []).flatMap((s) => touching(row, si, s)));
    const listed = flags.filter((d) => kept.has(d.fingerprint) && (d.severity !== "low" || d.type !== "omission" || filters.type === "omission"));
    if (filters.onlyFlagged && listed.length === 0) return [];
    return [{ row, ids: [...new Set(flags.map((d) => d.id))], flagged: listed.length > 0 }];
  });
}

export { STATUS_LABELS };
