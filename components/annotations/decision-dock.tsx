"use client";

import { useEffect, useState } from "react";
import { AnnotationPanel, type PanelPermissions } from "./annotation-panel";
import { FlagForm } from "./flag-form";
import { KeyboardHelp } from "./keyboard-help";
import { useReview } from "./review-context";

/** "A", "A and B", "A, B and C". */
function listOf(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * Beside the side-by-side, following the selection: the selected discrepancy's decision panel, its
 * place in the list with previous / next, and flagging a missed discrepancy from the words selected
 * in the text (so neither needs a scroll to the bottom of the page). On a phone it is a bottom sheet
 * that opens when a discrepancy is chosen or words are selected.
 */
export function DecisionDock({ comparisonId, permissions, assignees, me, canFlag, outlets }: {
  comparisonId: string;
  permissions: PanelPermissions;
  assignees: Array<{ id: string; name: string }>;
  me: { id: string; name: string } | null;
  canFlag: boolean;
  outlets: string[];
}) {
  const { items, current, chosen, move, close, focusPanel } = useReview();
  const [flagging, setFlagging] = useState(false);
  const index = current ? items.findIndex((d) => d.fingerprint === current.fingerprint) : -1;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && chosen && !(e.target as HTMLElement | null)?.closest?.("textarea, dialog")) close();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [chosen, close]);

  return (
    <aside id="decision" className="dock" aria-label="Decision panel" tabIndex={-1} data-open={chosen || flagging ? "true" : "false"} data-mode={flagging && !chosen ? "flag" : "decide"}>
      <div className="dock-bar">
        <span className="muted">
          {items.length === 0 ? "No discrepancy listed" : index >= 0 ? `Discrepancy ${index + 1} of ${items.length}` : `${items.length} listed`}
          {current?.rowNumber ? ` · row ${current.rowNumber}` : ""}
          {current?.unseen ? (
            <span className="dock-unseen">
              {" · "}
              {current.unseen.outlets.length === 1 ? `${current.unseen.outlets[0]}'s column is hidden: ` : `the columns of ${listOf(current.unseen.outlets)} are hidden: `}
              <a href={current.unseen.href}>show {current.unseen.outlets.length === 1 ? "it" : "them"}</a>
            </span>
          ) : null}
          {current?.elsewhere.map((e) => (
            <span key={e.outlet} className="dock-elsewhere">
              {" · "}
              {e.outlet}&apos;s words: <a href={`#row-${e.rowKey}`}>row {e.rowNumber}</a>
            </span>
          ))}
        </span>
        <span className="dock-nav">
          <button type="button" className="secondary small" onClick={() => move(-1)} disabled={index <= 0 || !chosen} aria-keyshortcuts="k">Previous</button>
          <button type="button" className="secondary small" onClick={() => move(1)} disabled={items.length === 0 || (chosen && index >= items.length - 1)} aria-keyshortcuts="j">Next</button>
          <KeyboardHelp />
          {chosen || flagging ? (
            <button type="button" className="secondary small dock-close" onClick={() => { close(); setFlagging(false); }}>Close</button>
          ) : null}
        </span>
      </div>
      {current ? (
        <AnnotationPanel
          key={current.fingerprint}
          comparisonId={comparisonId}
          fingerprint={current.fingerprint}
          heading={`${current.type} (${current.severity}): ${current.explanation}`}
          initial={current.annotation}
          permissions={permissions}
          assignees={assignees}
          me={me}
          takeFocus={focusPanel && chosen}
        />
      ) : null}
      {canFlag ? <FlagForm comparisonId={comparisonId} outlets={outlets} onSelection={setFlagging} /> : null}
    </aside>
  );
}
