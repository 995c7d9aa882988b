import { Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface QuotaMeterScope {
  kind: 'AGENCY' | 'TASK_GROUP';
  rule: 'PERCENT_OF_GOOD' | 'PARTY_MEMBER_SHARE';
  regime: 'CONG_CHUC' | 'VIEN_CHUC';
  taskGroup?: string | null;
  excellent: number;
  good: number;
  allowedExcellent: number;
  exceptionExtra: number;
  withinQuota: boolean;
  reason?: string | null;
}

/**
 * One scope of the excellent-grade quota as a bar: excellent against the most allowed (20% of good,
 * or the Party-member share, plus a recorded exception). The bar turns red past the quota.
 */
export function QuotaMeter({ scope }: { scope: QuotaMeterScope }) {
  const { t } = useTranslation();
  const name = `${t(`quota.regimes.${scope.regime}`)} · ${scope.kind === 'AGENCY' ? t('quota.agencyScope') : t('quota.groupScope', { group: scope.taskGroup ?? '' })}${
    scope.rule === 'PARTY_MEMBER_SHARE' ? ` · ${t('quota.partyRule')}` : ''
  }`;
  const percent = scope.allowedExcellent === 0 ? (scope.excellent > 0 ? 100 : 0) : Math.min(100, Math.round((scope.excellent / scope.allowedExcellent) * 100));
  const over = scope.excellent - scope.allowedExcellent;
  return (
    <div data-testid="quota-meter" data-over={!scope.withinQuota}>
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Text strong>{name}</Typography.Text>
        <span>
          {scope.exceptionExtra > 0 && <Tag color="blue">{t('quota.exceptionExtra', { count: scope.exceptionExtra })}</Tag>}
          {scope.withinQuota ? <Tag color="green">{t('quota.within')}</Tag> : <Tag color="red">{t('quota.over', { count: over })}</Tag>}
        </span>
      </Flex>
      <Progress
        percent={percent}
        status={scope.withinQuota ? 'normal' : 'exception'}
        strokeColor={scope.withinQuota ? undefined : '#b42318'}
        format={() => t('quota.meter', { excellent: scope.excellent, allowed: scope.allowedExcellent })}
        aria-label={t('quota.meterLabel', { scope: name, excellent: scope.excellent, allowed: scope.allowedExcellent, good: scope.good })}
      />
      {scope.reason === 'PARTY_SHARE_NOT_ENTERED' && <Typography.Text type="warning">{t('quota.partyMissing')}</Typography.Text>}
    </div>
  );
}
