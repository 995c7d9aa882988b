import { Descriptions, Grid, Table, type TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { Breakpoint } from 'antd/es/_util/responsiveObserver';
import type { ReactNode } from 'react';

type Column<T> = ColumnType<T> & { responsive?: Breakpoint[] };

function cellOf<T>(column: Column<T>, record: T, index: number): ReactNode {
  const path = column.dataIndex === undefined ? [] : ([] as Array<string | number>).concat(column.dataIndex as string | number | Array<string | number>);
  const value = path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | undefined)?.[key], record);
  const rendered = column.render ? column.render(value, record, index) : value;
  return (rendered && typeof rendered === 'object' && 'children' in rendered && !('$$typeof' in rendered) ? rendered.children : rendered) as ReactNode;
}

/**
 * An antd Table whose `responsive` columns, when the screen is too narrow for them (a phone, or a
 * laptop at 200% zoom), are not lost: each row expands to show them (WCAG 1.4.10 reflow). On a wide
 * screen it is the plain Table.
 */
export function ResponsiveTable<T extends object>(props: TableProps<T>) {
  const screens = Grid.useBreakpoint();
  const columns = (props.columns ?? []) as Array<Column<T>>;
  const hidden = columns.filter((c) => c.responsive?.length && !c.responsive.some((bp) => screens[bp]));
  if (!hidden.length) return <Table<T> {...props} />;
  return (
    <Table<T>
      {...props}
      expandable={{
        expandedRowRender: (record, index) => (
          <Descriptions
            size="small"
            column={1}
            items={hidden.map((c, i) => ({ key: String(c.key ?? i), label: typeof c.title === 'function' ? null : c.title, children: cellOf(c, record, index) }))}
          />
        ),
        ...props.expandable,
      }}
    />
  );
}
