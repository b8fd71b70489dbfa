"use client";

import { useEffect, useRef } from "react";
import { typing } from "./review-context";

export const REVIEW_KEYS: Array<[string, string]> = [
  ["j / k", "next / previous discrepancy (its row and decision beside each other)"],
  ["c", "confirm"],
  ["d", "dismiss"],
  ["f", "needs follow-up"],
  ["o", "open again"],
  ["a", "assign to me"],
  ["n", "write a note (Ctrl+Enter adds it, Escape leaves the field)"],
  ["e", "export a report"],
  ["Escape", "close the panel (phones)"],
  ["?", "this list"],
];

/** "?" (or the button) opens the list of review keys in a modal dialog. */
export function KeyboardHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "?" || typing(e.target)) return;
      e.preventDefault();
      if (!dialog.current?.open) dialog.current?.showModal();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <button type="button" className="secondary small" onClick={() => dialog.current?.showModal()} aria-keyshortcuts="?">Keys</button>
      <dialog ref={dialog} className="keys-dialog" aria-labelledby="keys-heading">
        <h2 id="keys-heading">Review keys</h2>
        <dl>
          {REVIEW_KEYS.map(([key, what]) => (
            <div key={key}>
              <dt><kbd>{key}</kbd></dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
