"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson } from "@/components/annotations/post-json";

/** A button that posts one change about a comparison and refreshes the page; a refusal is shown beside it. */
function PostButton({ url, body, label, className }: { url: string; body: unknown; label: string; className: string }) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "busy" | { error: string }>("idle");
  const send = async () => {
    setState("busy");
    const res = await postJson(url, body);
    if (!res.ok) {
      setState({ error: res.data.error ?? `The server answered ${res.status}.` });
      return;
    }
    setState("idle");
    router.refresh();
  };
  return (
    <>
      <button type="button" className={className} onClick={send} disabled={state === "busy"}>{label}</button>
      {typeof state === "object" ? <span role="alert" className="error"> {state.error}</span> : null}
    </>
  );
}

export function ReanalyseButton({ comparisonId, label }: { comparisonId: string; label: string }) {
  return <PostButton url={`/api/comparisons/${comparisonId}/reanalyse`} body={{}} label={label} className="secondary" />;
}

/** Restore, leave out or put back one line of a source. */
export function LineButton({ comparisonId, sourceId, text, action, label }: { comparisonId: string; sourceId: string; text: string; action: "restore" | "discard" | "undo"; label: string }) {
  return (
    <span className="inline-form">
      <PostButton url={`/api/comparisons/${comparisonId}/source-lines`} body={{ sourceId, text, action }} label={label} className="secondary small" />
    </span>
  );
}
