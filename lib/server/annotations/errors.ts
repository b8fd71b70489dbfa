import { formatTime } from "@/lib/view/time";
import type { AnnotationView } from "./types";

/** Someone changed the annotation since this client read it: nothing was written. */
export class ConflictError extends Error {
  constructor(readonly current: AnnotationView) {
    // Who made the change this client has not seen: the latest status or assignee change.
    const last = [...current.events].reverse().find((e) => e.kind === "status" || e.kind === "assign");
    const who = last ? `${last.actor ?? "Someone else"} changed this discrepancy at ${formatTime(last.at)}` : "Someone else changed this discrepancy";
    super(`${who} (now ${current.status}${current.assignee ? `, assigned to ${current.assignee.name}` : ""}). Review it and reapply your change if it still stands.`);
    this.name = "ConflictError";
  }
}

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} was not found.`);
    this.name = "NotFoundError";
  }
}

/** The request names something that cannot be used (a person with no account, ...): nothing was written. */
export class InvalidRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidRequestError";
  }
}
