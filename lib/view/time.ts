/**
 * A stored time as people read it, with its time zone said: "2026-12-02 05:15 UTC". The server
 * renders every page, so times are shown in one zone everywhere (never a browser's guess that
 * differs between the server's HTML and the browser's).
 */
export function formatTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
