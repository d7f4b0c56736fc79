import type { DynamicTable } from '@forge/react';
import type { ComponentProps, ReactNode } from 'react';

/** One column of a `DynamicTable`: its key, heading and how a row fills it. */
export interface Column<Row> {
  key: string;
  label: string;
  sortable?: boolean;
  cell: (row: Row, index: number) => ReactNode;
}

type TableProps = ComponentProps<typeof DynamicTable>;

/**
 * A `DynamicTable`'s `head` and `rows` from one list of columns, so a column's key, heading and
 * cell are written once and the head and the rows cannot disagree about the columns.
 *
 * @example
 * <DynamicTable caption="Deferred" {...columnTable([{ key: 'id', label: 'Issue', cell: (d) => d.id }], deferred, (d) => d.id)} />
 */
export function columnTable<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  rowKey: (row: Row, index: number) => string,
): Required<Pick<TableProps, 'head' | 'rows'>> {
  return {
    head: {
      cells: columns.map((c) => ({
        key: c.key,
        content: c.label,
        ...(c.sortable ? { isSortable: true } : {}),
      })),
    },
    rows: rows.map((row, index) => ({
      key: rowKey(row, index),
      cells: columns.map((c) => ({ key: c.key, content: c.cell(row, index) })),
    })),
  };
}
