"use client";

import { tableFeatures, useTable, type ColumnDef, type RowData } from "@tanstack/react-table";

/**
 * The one table of Parallax, on @tanstack/react-table. Sorting, filtering and
 * paging happen on the server and live in the URL, so the table renders the rows
 * it is given; headers can carry their own sort links.
 */
export const dataTableFeatures = tableFeatures({});
export type DataTableColumn<Row extends RowData> = ColumnDef<typeof dataTableFeatures, Row>;

export function DataTable<Row extends RowData>({ columns, data, caption, getRowId, empty, sorted }: {
  columns: Array<DataTableColumn<Row>>;
  data: Row[];
  caption: string;
  getRowId?: (row: Row) => string;
  empty?: React.ReactNode;
  /** The server-side sort, announced on its column header. */
  sorted?: { column: string; direction: "ascending" | "descending" };
}) {
  const table = useTable({ features: dataTableFeatures, columns, data, getRowId });
  return (
    <table className="data">
      <caption className="muted" style={{ textAlign: "left", padding: "0.4rem 0" }}>{caption}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th key={header.id} scope="col" aria-sort={sorted?.column === header.column.id ? sorted.direction : undefined}>
                {header.isPlaceholder ? null : <table.FlexRender header={header} />}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.length === 0 ? (
          <tr><td colSpan={columns.length}>{empty ?? "Nothing here yet."}</td></tr>
        ) : (
          table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id}><table.FlexRender cell={cell} /></td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
