"use client";

import { useActionState } from "react";
import { EMPTY_FORM, type FormState } from "@/lib/form-state";
import { formatTime } from "@/lib/view/time";
import { DataTable, type DataTableColumn } from "./data-table";

export interface InvitationRow {
  id: string;
  email: string;
  role: string;
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
}

function columns(pending: boolean): Array<DataTableColumn<InvitationRow>> {
  return [
    { id: "email", header: "Email", cell: ({ row }) => row.original.email },
    { id: "role", header: "Role", cell: ({ row }) => <span className="badge">{row.original.role}</span> },
    { id: "invitedBy", header: "Invited by", cell: ({ row }) => row.original.invitedBy ?? "—" },
    { id: "expiresAt", header: "Link valid until", cell: ({ row }) => <time dateTime={row.original.expiresAt}>{formatTime(row.original.expiresAt)}</time> },
    {
      id: "actions",
      header: () => <span className="visually-hidden">Actions</span>,
      cell: ({ row }) => (
        <button type="submit" name="invitationId" value={row.original.id} className="secondary small" disabled={pending} aria-label={`Revoke the invitation for ${row.original.email}`}>
          Revoke
        </button>
      ),
    },
  ];
}

/** Invitation links not used yet; revoking one makes its link stop working. */
export function InvitationsTable({ rows, revoke }: { rows: InvitationRow[]; revoke: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(revoke, EMPTY_FORM);
  return (
    <form action={formAction} className="table-form">
      {state.message ? state.ok ? <p role="status" className="success">{state.message}</p> : <p role="alert" className="error">{state.message}</p> : null}
      <DataTable
        columns={columns(pending)}
        data={rows}
        caption={`${rows.length} pending invitation${rows.length === 1 ? "" : "s"}`}
        getRowId={(r) => r.id}
        empty="No invitation is waiting to be used."
      />
    </form>
  );
}
