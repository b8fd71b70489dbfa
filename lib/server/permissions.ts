import "server-only";

/**
 * Who may do what: the one place authorization is decided. Every use case that
 * changes data calls `assertCan` before it touches the database; pages use
 * `can` only to decide which controls to show.
 */
export const ROLES = ["admin", "editor", "journalist"] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export type Action =
  | "comparison:create"
  | "comparison:read"
  | "comparison:edit-sources"
  | "comparison:reanalyse"
  | "comparison:sign-off"
  | "comparison:manage"
  | "discrepancy:comment"
  | "discrepancy:set-status"
  | "discrepancy:assign"
  | "discrepancy:flag"
  | "claim-group:veto"
  | "users:manage"
  | "account:manage-own";

export interface ComparisonRef {
  createdById: string | null;
}

const EVERYONE: readonly Role[] = ROLES;
const EDITORS: readonly Role[] = ["admin", "editor"];

const RULES: Record<Action, (actor: Actor, comparison?: ComparisonRef) => boolean> = {
  "comparison:create": (a) => EVERYONE.includes(a.role),
  "comparison:read": (a) => EVERYONE.includes(a.role),
  // A journalist may rework the comparisons they created; editors and admins any.
  "comparison:edit-sources": (a, c) => EDITORS.includes(a.role) || (c !== undefined && c.createdById === a.id),
  "comparison:reanalyse": (a, c) => EDITORS.includes(a.role) || (c !== undefined && c.createdById === a.id),
  // The editor's summary on a comparison, signed off by name (page 1 of the report).
  "comparison:sign-off": (a) => EDITORS.includes(a.role),
  // Rename, archive, restore, delete: the comparison's owner and admins only (not other editors).
  "comparison:manage": (a, c) => a.role === "admin" || (c !== undefined && c.createdById !== null && c.createdById === a.id),
  "discrepancy:comment": (a) => EVERYONE.includes(a.role),
  "discrepancy:set-status": (a) => EDITORS.includes(a.role),
  "discrepancy:assign": (a) => EDITORS.includes(a.role),
  "discrepancy:flag": (a) => EDITORS.includes(a.role),
  "claim-group:veto": (a) => EDITORS.includes(a.role),
  "users:manage": (a) => a.role === "admin",
  // Your own password and sessions.
  "account:manage-own": (a) => EVERYONE.includes(a.role),
};

export function can(actor: Actor | null, action: Action, comparison?: ComparisonRef): boolean {
  return actor !== null && RULES[action](actor, comparison);
}

export class ForbiddenError extends Error {
  readonly status: 401 | 403;
  constructor(actor: Actor | null, action: Action) {
    super(actor ? `Your role (${actor.role}) does not allow this (${action}).` : "Sign in first.");
    this.name = "ForbiddenError";
    this.status = actor ? 403 : 401;
  }
}

export function assertCan(actor: Actor | null, action: Action, comparison?: ComparisonRef): asserts actor is Actor {
  if (!can(actor, action, comparison)) throw new ForbiddenError(actor, action);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** An Actor from a user record; an unknown role counts as the least privileged. */
export function toActor(user: { id: string; name: string; email: string; role?: unknown }): Actor {
  return { id: user.id, name: user.name, email: user.email, role: isRole(user.role) ? user.role : "journalist" };
}
