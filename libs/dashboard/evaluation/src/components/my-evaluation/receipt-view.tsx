import type { EvaluationDetailsFragment } from '@ketqua/dashboard/data-access';
import { formatLocalDate, useLanguage } from '@ketqua/dashboard/ui';
import { Descriptions, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { percentText } from '../labels';

type Record = EvaluationDetailsFragment['record'];
type Line = Record['receipt']['lines'][number];

const units = (n: number) => String(Number(n.toFixed(2)));

/** libs/domain words a deduction "<kind in English> (<reference>)": the kind is shown in the reader's language, then the reference. */
const referenceOf = (reason: string) => /^[^(]*\((.*)\)$/s.exec(reason)?.[1] ?? reason;

/**
 * Biên lai: every assignment the period counted with its converted units, its three percentages and
 * each 25-point deduction (a waived one shown with its objective cause), then the combination, the
 * formula, the rounding and the rule-set version — exactly what buildRecord used.
 */
export function ReceiptView({ record, periodName }: { record: Record; periodName: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { receipt } = record;
  const columns: ColumnsType<Line> = [
    { key: 'title', title: t('evaluationFlow.receipt.assignment'), dataIndex: 'title' },
    { key: 'doc', title: t('evaluationFlow.receipt.sourceDocument'), render: (_, l) => l.sourceDocument ?? '—' },
    { key: 'deadline', title: t('evaluationFlow.receipt.deadline'), render: (_, l) => formatLocalDate(l.deadlineDate) },
    { key: 'units', title: t('evaluationFlow.receipt.units'), align: 'right', render: (_, l) => `${units(l.expectedUnits)} / ${units(l.deliveredUnits)}` },
    { key: 'quantity', title: t('evaluationFlow.receipt.quantity'), align: 'right', render: (_, l) => percentText(l.quantity) },
    { key: 'quality', title: t('evaluationFlow.receipt.quality'), align: 'right', render: (_, l) => percentText(l.quality) },
    { key: 'progress', title: t('evaluationFlow.receipt.progress'), align: 'right', render: (_, l) => percentText(l.progress) },
    {
      key: 'deductions',
      title: t('evaluationFlow.receipt.deductions'),
      render: (_, l) =>
        l.deductions.length ? (
          <ul className="kq-receipt-deductions">
            {l.deductions.map((d, i) => (
              <li key={i}>
                {t(`evaluationFlow.deduction.${d.kind === 'MISSED_DEADLINE' ? 'MISSED_DEADLINE' : 'MAJOR_ERROR_RETURN'}`)} ({referenceOf(d.reason)}):{' '}
                {d.waived ? <strong>{t('evaluationFlow.receipt.waived', { cause: d.waiver ?? '' })}</strong> : t('evaluationFlow.receipt.deductionPoints', { points: d.points })}
              </li>
            ))}
          </ul>
        ) : (
          t('evaluationFlow.receipt.noDeduction')
        ),
    },
  ];
  const c = receipt.combination;
  return (
    <section aria-labelledby="kq-receipt-title" data-testid="receipt">
      <Typography.Title level={3} id="kq-receipt-title">
        {t('evaluationFlow.receipt.title')}
      </Typography.Title>
      <Table<Line>
        rowKey="assignmentId"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        columns={columns}
        dataSource={receipt.lines}
        caption={t('evaluationFlow.receipt.caption', { period: periodName })}
        locale={{ emptyText: t('evaluationFlow.receipt.empty') }}
      />
      <Descriptions
        size="small"
        column={1}
        className="kq-receipt-notes"
        items={[
          {
            key: 'combination',
            label: t('evaluationFlow.receipt.formula'),
            children: (
              <span>
                {t('evaluationFlow.receipt.combination', c)}. {receipt.formula[language]}
              </span>
            ),
          },
          { key: 'rounding', label: t('evaluationFlow.receipt.rounding'), children: receipt.rounding[language] },
          { key: 'ruleSet', label: t('evaluationFlow.receipt.ruleSet'), children: record.ruleSetVersion },
        ]}
      />
    </section>
  );
}
