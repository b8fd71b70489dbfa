"use client";

import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { SentenceChoice } from "@/lib/view/same-claim";
import { postJson } from "./post-json";

/** Every outlet's sentences, given once for the whole side-by-side (each picker reads its outlet's). */
const Choices = createContext<SentenceChoice[][]>([]);

export function SameClaimChoices({ choices, children }: { choices: SentenceChoice[][]; children: ReactNode }) {
  return <Choices.Provider value={choices}>{children}</Choices.Provider>;
}

/** A sentence by place in the analysis shown and its words (the server checks they are still there). */
type Ref = { source: number; sentence: number; text: string };
type State = { step: "closed" } | { step: "open" } | { step: "saving" } | { step: "done"; ruling: string } | { step: "undoing"; ruling: string } | { step: "error"; message: string };

/**
 * An editor's "same claim": in a row an outlet is missing from, say which of that outlet's sentences
 * carries the claim the engine did not see. Later analyses align it in this row and flag what differs
 * (the counterpart of "not the same claim"); it can be undone here or under Activity.
 */
export function SameClaimButton({ comparisonId, source, outlet, row }: { comparisonId: string; source: number; outlet: string; row: Ref[] }) {
  const router = useRouter();
  const choices = useContext(Choices)[source] ?? [];
  const [state, setState] = useState<State>({ step: "closed" });
  const [filter, setFilter] = useState("");
  const [chosen, setChosen] = useState<string>("");
  const id = useId();
  // Focus follows the picker: into its filter when it opens, back to its button when it closes.
  const filterInput = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (!moved) return;
    if (state.step === "open") filterInput.current?.focus();
    if (state.step === "closed") toggle.current?.focus();
  }, [state.step, moved]);
  const shown = filter.trim() ? choices.filter((c) => c.text.toLowerCase().includes(filter.trim().toLowerCase())) : choices;
  // A choice the filter hides is no choice: what is saved is what the editor sees selected.
  const selected = shown.some((c) => String(c.sentence) === chosen) ? chosen : "";

  const save = async () => {
    const sentence = Number(selected);
    const text = choices.find((c) => c.sentence === sentence)?.full;
    if (selected === "" || !Number.isInteger(sentence) || text === undefined) {
      setState({ step: "error", message: `Choose ${outlet}'s sentence first.` });
      return;
    }
    setState({ step: "saving" });
    const res = await postJson<{ ruling: string }>(`/api/comparisons/${comparisonId}/joins`, { row, sentence: { source, sentence, text } });
    if (!res.ok) setState({ step: "error", message: res.data.error ?? "The ruling was not saved." });
    else {
      setState({ step: "done", ruling: res.data.ruling });
      router.refresh();
    }
  };
  const undo = async (ruling: string) => {
    setState({ step: "undoing", ruling });
    const res = await postJson(`/api/comparisons/${comparisonId}/vetoes/undo`, { ruling });
    if (!res.ok) setState({ step: "error", message: res.data.error ?? "The ruling was not undone." });
    else {
      setState({ step: "closed" });
      router.refresh();
    }
  };

  if (state.step === "closed") {
    return (
      <div className="row-actions">
        <button
          ref={toggle}
          type="button"
          className="secondary small"
          onClick={() => {
            setMoved(true);
            setState({ step: "open" });
          }}
        >
          Same claim in {outlet}…
        </button>
      </div>
    );
  }
  if (state.step === "done" || state.step === "undoing") {
    return (
      <div className="row-actions">
        <span role="status" className="muted">Marked as the same claim; re-analysing… </span>
        <button type="button" className="secondary small" onClick={() => undo(state.ruling)} disabled={state.step === "undoing"}>
          {state.step === "undoing" ? "Undoing…" : "Undo"}
        </button>
      </div>
    );
  }
  return (
    <div
      className="same-claim"
      role="group"
      aria-label={`${outlet}'s sentence that carries this claim`}
      onKeyDown={(e) => {
        // Escape closes the picker as Cancel does (not while the ruling is being saved).
        if (e.key !== "Escape" || state.step === "saving") return;
        e.stopPropagation();
        setState({ step: "closed" });
      }}
    >
      <label htmlFor={`${id}-filter`}>Find in {outlet}</label>
      <input ref={filterInput} id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Words of the sentence" />
      <label htmlFor={`${id}-sentence`}>{outlet}&apos;s sentence that carries this claim</label>
      <select id={`${id}-sentence`} value={selected} onChange={(e) => {
          setChosen(e.target.value);
          if (state.step === "error") setState({ step: "open" });
        }} size={Math.min(6, Math.max(2, shown.length))}>
        {/* Chosen while nothing is: without it the browser shows the first sentence as chosen, and saving then said "choose first". */}
        <option value="" hidden />
        {shown.map((c) => (
          <option key={c.sentence} value={String(c.sentence)}>
            row {c.row} · {c.text}
          </option>
        ))}
      </select>
      {shown.length === 0 ? <p className="muted">No sentence of {outlet} has these words.</p> : null}
      <div className="row-actions">
        <button type="button" className="small" onClick={save} disabled={state.step === "saving"}>
          {state.step === "saving" ? "Saving…" : "Same claim"}
        </button>{" "}
        <button type="button" className="secondary small" onClick={() => setState({ step: "closed" })} disabled={state.step === "saving"}>
          Cancel
        </button>
      </div>
      {state.step === "saving" ? <span role="status" className="muted">Saving the ruling, then re-analysing…</span> : null}
      {state.step === "error" ? <span role="alert" className="error">{state.message}</span> : null}
    </div>
  );
}
