"use client";

import { useState } from "react";

/** Copies a text (a one-time link) to the clipboard and says so; where the clipboard is refused, says to copy it by hand. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [said, setSaid] = useState<"" | "copied" | "failed">("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid("copied");
    } catch {
      setSaid("failed");
    }
  };
  return (
    <p className="copy">
      <button type="button" className="secondary small" onClick={copy}>{label}</button>{" "}
      <span role="status" className={said === "failed" ? "error" : "muted"}>
        {said === "copied" ? "Copied." : said === "failed" ? "The browser did not allow copying: select the link and copy it." : ""}
      </span>
    </p>
  );
}
