import type { HTMLAttributes, Key, ReactNode } from 'react';
import {
  Card,
  Empty,
  Pagination,
  Table,
  type TableColumnsType,
  type TablePaginationConfig,
} from 'antd';
import { useIsPhone } from '../app/useIsPhone.ts';
import { useT } from '../i18n/index.tsx';

export interface Column<T> {
  key: string;
  title: string;
  render: (row: T) => ReactNode;
  width?: number | string;
  /** Shown as the card's title on phones. */
  primary?: boolean;
  /** Not repeated on phone cards (e.g. a column that only holds a button). */
  hideOnPhone?: boolean;
  align?: 'left' | 'right' | 'center';
}

interface Paging {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
}

interface DataListProps<T> {
  rows: readonly T[];
  rowKey: (row: T) => Key;
  columns: Column<T>[];
  loading?: boolean;
  paging?: Paging;
  onOpen?: (row: T) => void;
  rowTestId?: string;
  testId?: string;
  empty?: string;
  /** Extra content at the bottom of each phone card (buttons). */
  cardExtra?: (row: T) => ReactNode;
}

/** A table on wide screens, a list of cards on phones; same columns, same test ids. */
export function DataList<T extends object>(props: DataListProps<T>) {
  const { rows, rowKey, columns, loading, paging, onOpen, rowTestId, testId, empty, cardExtra } =
    props;
  const t = useT();
  const isPhone = useIsPhone();
  const emptyNode = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;

  if (isPhone) {
    const primary = columns.find((c) => c.primary);
    const rest = columns.filter((c) => c !== primary && !c.hideOnPhone);
    return (
      <div data-testid={testId} className="data-cards">
        {rows.length === 0 && !loading ? emptyNode : null}
        {rows.map((row) => (
          <Card
            key={rowKey(row)}
            size="small"
            className={onOpen ? 'data-card data-card-clickable' : 'data-card'}
            title={primary?.render(row)}
            loading={loading && rows.length === 0}
            onClick={onOpen ? () => onOpen(row) : undefined}
            data-testid={rowTestId}
            data-row-key={String(rowKey(row))}
          >
            <dl className="data-card-fields">
              {rest.map((col) => (
                <div key={col.key} className="data-card-field">
                  <dt>{col.title}</dt>
                  <dd>{col.render(row)}</dd>
                </div>
              ))}
            </dl>
            {cardExtra?.(row)}
          </Card>
        ))}
        {paging && paging.total > paging.pageSize ? (
          <Pagination
            className="data-cards-pagination"
            simple
            current={paging.page}
            pageSize={paging.pageSize}
            total={paging.total}
            onChange={paging.onChange}
          />
        ) : null}
      </div>
    );
  }

  const tableColumns: TableColumnsType<T> = columns.map((col) => ({
    key: col.key,
    title: col.title,
    width: col.width,
    align: col.align,
    render: (_: unknown, row: T) => col.render(row),
  }));
  const pagination: TablePaginationConfig | false = paging
    ? {
        current: paging.page,
        pageSize: paging.pageSize,
        total: paging.total,
        showSizeChanger: true,
        showTotal: (total) => t('app.total', { total: t.num(total) }),
        onChange: paging.onChange,
      }
    : false;
  return (
    <Table<T>
      data-testid={testId}
      rowKey={(row) => rowKey(row)}
      columns={tableColumns}
      dataSource={rows}
      loading={loading}
      pagination={pagination}
      locale={{ emptyText: emptyNode }}
      onRow={(row) =>
        ({
          'data-testid': rowTestId,
          onClick: onOpen ? () => onOpen(row) : undefined,
          className: onOpen ? 'data-row-clickable' : undefined,
        }) as HTMLAttributes<HTMLElement>
      }
      scroll={{ x: 'max-content' }}
    />
  );
}
