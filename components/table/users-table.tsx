"use client";

import { useActionState } from "react";
import { EMPTY_FORM, type FormState } from "@/lib/form-state";
import { DataTable, type DataTableColumn } from "./data-table";

export interface UserListRow {
  id: string;
  name: string;
  email: string;
  role: string;
  createdAt: string;
  deactivatedAt: string | null;
}

type Action = (state: FormState, form: FormData) => Promise<FormState>;

function columns(actorId: string, pending: boolean): Array<DataTableColumn<UserListRow>> {
  return [
    { id: "name", header: "Name", cell: ({ row }) => row.original.name },
    { id: "email", header: "Email", cell: ({ row }) => row.original.email },
    { id: "role", header: "Role", cell: ({ row }) => <span className="badge">{row.original.role}</span> },
    { id: "createdAt", header: "Since", cell: ({ row }) => row.original.createdAt.slice(0, 10) },
    {
      id: "status",
      header: "Status",
      cell: ({ row }) => (row.original.deactivatedAt ? <span className="badge deactivated">deactivated {row.original.deactivatedAt.slice(0, 10)}</span> : "active"),
    },
    {
      id: "actions",
      header: () => <span className="visually-hidden">Actions</span>,
      cell: ({ row }) => {
        const u = row.original;
        if (u.id === actorId) return <span className="muted">you</span>;
        return u.deactivatedAt ? (
          <button type="submit" name="reactivate" value={u.id} className="secondary small" disabled={pending} aria-label={`Reactivate ${u.name}`}>Reactivate</button>
        ) : (
          <button type="submit" name="deactivate" value={u.id} className="secondary small" disabled={pending} aria-label={`Deactivate ${u.name}`}>Deactivate</button>
        );
      },
    },
  ];
}

/** Everyone with an account; an admin deactivates or reactivates someone from their row. */
export function UsersTable({ rows, actorId, setActive }: { rows: UserListRow[]; actorId: string; setActive: Action }) {
  const [state, formAction, pending] = useActionState(setActive, EMPTY_FORM);
  const active = rows.filter((r) => !r.deactivatedAt).length;
  return (
    <form action={formAction} className="table-form">
      {state.message ? state.ok ? <p role="status" className="success">{state.message}</p> : <p role="alert" className="error">{state.message}</p> : null}
      <DataTable
        columns={columns(actorId, pending)}
        data={rows}
        caption={`${rows.length} ${rows.length === 1 ? "person" : "people"}${active < rows.length ? `, ${rows.length - active} deactivated` : ""}`}
        getRowId={(r) => r.id}
      />
    </form>
  );
}
