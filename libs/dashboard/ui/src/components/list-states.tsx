import { Empty } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What a list or table shows when it has no rows: "Đang tải…" while its first answer is on its way,
 * the empty sentence only once the server has said there is nothing (never a false "nothing here").
 */
export function NoRows({ loading, children }: { loading: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  if (loading) {
    return (
      <div className="kq-no-rows" role="status" data-testid="rows-loading">
        {t('common.loading')}
      </div>
    );
  }
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={children} />;
}

/**
 * The props every antd Table and List takes from its query: a spinner and no empty text until the
 * first answer (urql's `fetching` with no data yet), then the empty sentence.
 * `<Table {...rowsState(fetching && !data, t('…empty'))} />`
 */
export function rowsState(loading: boolean, empty: ReactNode): { loading: boolean; locale: { emptyText: ReactNode } } {
  return { loading, locale: { emptyText: <NoRows loading={loading}>{empty}</NoRows> } };
}

/** The same for a Select whose options come from a query: "Đang tải…" in its dropdown, not "no data". */
export function optionsState(loading: boolean): { loading: boolean; notFoundContent?: ReactNode } {
  return loading ? { loading, notFoundContent: <NoRows loading>{null}</NoRows> } : { loading };
}
