import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { blockingWeekdays, weekGrid, type WeekCellState, type WeekdayCapInput } from '../../logic/week-grid';
import { weekdayName, weekdayShort } from '../labels';

const STATE_STYLE: Record<WeekCellState, { background: string; border: string }> = {
  free: { background: '#fafbfc', border: '#e3e8ef' },
  ok: { background: '#f0f9eb', border: '#95d475' },
  full: { background: '#fdf6ec', border: '#eebe77' },
  overCap: { background: '#fef0f0', border: '#f56c6c' },
  underMinOnSite: { background: '#fef0f0', border: '#f56c6c' },
};

/**
 * Monday to Friday: how many of the unit would be at home with this request against the most the
 * cap allows, and whether a requested day breaks the cap or the on-site minimum.
 */
export function WeekGridView({ days }: { days: readonly WeekdayCapInput[] }) {
  const { t } = useTranslation();
  const cells = weekGrid(days);
  const blocking = blockingWeekdays(cells);
  return (
    <div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('pilot.enrollments.grid')}
      </Typography.Text>
      {/* A table of one row (the week): the row is `display: contents` so the cells stay the grid's items. */}
      <div role="table" aria-label={t('pilot.enrollments.grid')} style={{ display: 'grid', gridTemplateColumns: 'repeat(5, minmax(64px, 1fr))', gap: 6, marginTop: 4 }}>
        <div role="row" style={{ display: 'contents' }}>
          {cells.map((c) => {
            const detail = `${weekdayName(t, c.weekday)}: ${t('pilot.enrollments.gridCap', { max: c.maxHome, cap: c.capPercent })}, ${t('pilot.enrollments.gridOnSite', { n: c.onSite })}`;
            const style = STATE_STYLE[c.state];
            const note =
              c.state === 'overCap'
                ? t('pilot.enrollments.overCap')
                : c.state === 'underMinOnSite'
                  ? t('pilot.enrollments.underMinOnSite')
                  : c.state === 'full'
                    ? t('pilot.enrollments.full')
                    : '';
            return (
              <Tooltip key={c.weekday} title={detail}>
                <div
                  role="cell"
                  data-testid={`week-cell-${c.weekday}`}
                  data-state={c.state}
                  style={{ background: style.background, border: `${c.requested ? 2 : 1}px solid ${style.border}`, borderRadius: 6, padding: '4px 6px', textAlign: 'center' }}
                >
                  <div style={{ fontWeight: c.requested ? 700 : 400 }}>{weekdayShort(t, c.weekday)}</div>
                  <div style={{ fontSize: 16 }}>{t('pilot.enrollments.gridCell', { home: c.homeWithRequest, max: c.maxHome })}</div>
                  <div style={{ fontSize: 11, color: '#4f5b6a' }}>{c.requested ? note || t('pilot.enrollments.gridRequested') : note || '\u00a0'}</div>
                  {/* The tooltip's cap and on-site count, for keyboard and screen-reader users too. */}
                  <span className="kq-visually-hidden">{detail}</span>
                </div>
              </Tooltip>
            );
          })}
        </div>
      </div>
      <Typography.Text type={blocking.length ? 'danger' : 'success'} style={{ fontSize: 12 }}>
        {blocking.length ? t('pilot.enrollments.wouldBreak', { days: blocking.map((d) => weekdayName(t, d)).join(', ') }) : t('pilot.enrollments.withinLimits')}
      </Typography.Text>
    </div>
  );
}
