"use client";

import { DataTable, type DataTableColumn } from "./data-table";

export interface UserListRow {
  id: string;
  name: string;
  email: string;
  role: string;
  createdAt: string;
}

const columns: Array<DataTableColumn<UserListRow>> = [
  { id: "name", header: "Name", cell: ({ row }) => row.original.name },
  { id: "email", header: "Email", cell: ({ row }) => row.original.email },
  { id: "role", header: "Role", cell: ({ row }) => <span className="badge">{row.original.role}</span> },
  { id: "createdAt", header: "Since", cell: ({ row }) => row.original.createdAt.slice(0, 10) },
];

export function UsersTable({ rows }: { rows: UserListRow[] }) {
  return <DataTable columns={columns} data={rows} caption={`${rows.length} people`} getRowId={(r) => r.id} />;
}
