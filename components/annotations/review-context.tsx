"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { AnnotationView, Status } from "@/lib/view/decisions";

/** One listed discrepancy as the desk needs it (from the presenter's `DiscrepancyItem`). */
export interface DeskItem {
  fingerprint: string;
  type: string;
  severity: string;
  status: Status;
  words: string;
  explanation: string;
  manual: boolean;
  rowKey: string | null;
  rowNumber: number | null;
  /** Outlets it involves whose columns are hidden, and the address that shows them too (null when all are shown). */
  unseen: { outlets: string[]; href: string } | null;
  /** Outlets whose words are in another row ("HuffPost's words: row 52"). */
  elsewhere: Array<{ outlet: string; rowKey: string; rowNumber: number }>;
  annotation: AnnotationView | null;
}

interface Review {
  items: DeskItem[];
  current: DeskItem | null;
  /** Chosen by the person (not the default first one): the phone's bottom sheet opens only then. */
  chosen: boolean;
  select(fingerprint: string, options?: { focus?: boolean }): void;
  move(step: 1 | -1): void;
  close(): void;
  /** The last selection asked for focus to move into the decision panel. */
  focusPanel: boolean;
}

const ReviewContext = createContext<Review | null>(null);

export function useReview(): Review {
  const review = useContext(ReviewContext);
  if (!review) throw new Error("useReview outside ReviewProvider");
  return review;
}

/** Keys typed into a field are the field's, never a shortcut. */
export function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName) || el.isContentEditable));
}

/** "e": open the export dialog and put focus on its first choice. */
function openExport(): void {
  const dialog = document.querySelector<HTMLDetailsElement>("details.export-dialog");
  if (!dialog) return;
  dialog.open = true;
  dialog.scrollIntoView({ block: "center" });
  dialog.querySelector<HTMLElement>("input, select, button")?.focus();
}

/**
 * The review's one selection: which discrepancy the decision panel shows, its row highlighted and
 * scrolled to the middle of the screen beside the panel. j / k move through the listed ones;
 * a badge in the side-by-side (a `#d-…` link) or a list entry selects one; selecting moves focus to
 * the panel. Nothing chosen yet: the panel shows the first listed discrepancy.
 */
/** Screens on which the decision panel is a bottom sheet (closed until a discrepancy is chosen), not beside the text. */
const SHEET_QUERY = "(max-width: 900px)";

export function ReviewProvider({ items, children }: { items: DeskItem[]; children: React.ReactNode }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [chosen, setChosen] = useState(false);
  /** Counts selections: choosing the discrepancy already shown still brings its row into view. */
  const [tick, setTick] = useState(0);
  const [focusPanel, setFocusPanel] = useState(false);
  /** Where the chosen one was in the list: when a decision takes it off a filtered list, the next one takes its place. */
  const [position, setPosition] = useState(0);
  const current = items.find((d) => d.fingerprint === selected) ?? items[Math.min(position, items.length - 1)] ?? null;
  const scroll = useRef(false);
  const currentRef = useRef(current);
  useEffect(() => {
    currentRef.current = current;
  }, [current]);

  const select = useCallback(
    (fingerprint: string, options?: { focus?: boolean }) => {
      setFocusPanel(options?.focus ?? true);
      scroll.current = true;
      setSelected(fingerprint);
      setPosition(Math.max(0, items.findIndex((d) => d.fingerprint === fingerprint)));
      setChosen(true);
      setTick((t) => t + 1);
    },
    [items],
  );

  const move = useCallback(
    (step: 1 | -1) => {
      if (items.length === 0) return;
      // From the one the panel shows: beside the text it says "Discrepancy 1 of N" before anything is
      // chosen, so the first j goes to the second (it used to choose the first, and a decision meant for
      // the second landed on it). On a phone the panel is a sheet that opens on the first choice.
      const index = items.findIndex((d) => d.fingerprint === current?.fingerprint);
      const shown = chosen || !window.matchMedia(SHEET_QUERY).matches;
      const next = items[shown ? Math.min(items.length - 1, Math.max(0, index + step)) : Math.max(0, index)];
      if (next) select(next.fingerprint);
    },
    [items, current, chosen, select],
  );

  const close = useCallback(() => setChosen(false), []);

  // The selected row: highlighted; scrolled beside the panel when the person chose it.
  useEffect(() => {
    document.querySelectorAll(".row.selected").forEach((el) => el.classList.remove("selected"));
    if (!current?.rowKey) return;
    const el = document.getElementById(`row-${current.rowKey}`);
    el?.classList.add("selected");
    // Beside the panel on a wide screen (the middle); above the bottom sheet on a phone (the top).
    if (scroll.current) el?.scrollIntoView({ block: window.matchMedia(SHEET_QUERY).matches ? "start" : "center", behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
    scroll.current = false;
  }, [current, tick]);

  // A `#d-<fingerprint>` link (badges in the side-by-side, shared links) selects without jumping away.
  useEffect(() => {
    const fromHash = () => {
      const hash = decodeURIComponent(window.location.hash.replace(/^#d-/, ""));
      if (items.some((d) => d.fingerprint === hash)) select(hash, { focus: false });
    };
    const onClick = (e: MouseEvent) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
      // The skip link: the decision on the discrepancy shown (the first, unless one was chosen), focused.
      if ((e.target as HTMLElement | null)?.closest?.("a[href='#decision']")) {
        const shown = currentRef.current ?? items[0];
        if (!shown) return;
        e.preventDefault();
        select(shown.fingerprint);
        return;
      }
      const link = (e.target as HTMLElement | null)?.closest?.<HTMLAnchorElement>("a[href^='#d-']");
      if (!link) return;
      const fingerprint = decodeURIComponent((link.getAttribute("href") ?? "").slice(3));
      if (!items.some((d) => d.fingerprint === fingerprint)) return;
      e.preventDefault();
      history.replaceState(null, "", `#d-${fingerprint}`);
      select(fingerprint);
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    document.addEventListener("click", onClick);
    return () => {
      window.removeEventListener("hashchange", fromHash);
      document.removeEventListener("click", onClick);
    };
  }, [items, select]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === "j") move(1);
      else if (e.key === "k") move(-1);
      else if (e.key === "e") openExport();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [move]);

  const value = useMemo(() => ({ items, current, chosen, select, move, close, focusPanel }), [items, current, chosen, select, move, close, focusPanel]);
  return <ReviewContext.Provider value={value}>{children}</ReviewContext.Provider>;
}
