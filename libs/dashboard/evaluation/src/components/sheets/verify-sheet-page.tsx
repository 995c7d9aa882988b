import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { problemOf } from '@ketqua/dashboard/data-access';
import { formatDateTime, formatLocalDate, PageError, PageHeading, useProblemText } from '@ketqua/dashboard/ui';
import { Alert, Button, Card, Descriptions, Empty, Form, Input, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EvaluationSheetQuery } from '../../graphql/sheets/evaluation-sheet.query';

/**
 * Xác minh phiếu đánh giá: whoever holds a printed sheet types its verification code and sees the
 * published record it stands for — name, unit, period, score, grade, which publication, and whether
 * a later one replaced it. Any signed-in user may check; the API audits each lookup.
 */
export function VerifySheetPage({ code: initialCode, onCode }: { code?: string; onCode?: (code: string) => void }) {
  const { t, i18n } = useTranslation();
  const problemText = useProblemText();
  const [draft, setDraft] = useState(initialCode ?? '');
  const [code, setCode] = useState(initialCode?.trim() ?? '');
  useEffect(() => {
    if (initialCode !== undefined) {
      setDraft(initialCode);
      setCode(initialCode.trim());
    }
  }, [initialCode]);
  const [{ data, fetching, error }] = useQuery({ query: EvaluationSheetQuery, variables: { code }, pause: !code, requestPolicy: 'network-only' });
  const problem = problemOf(error);
  const record = data?.evaluationSheet;
  const submit = () => {
    const next = draft.trim();
    setCode(next);
    onCode?.(next);
  };

  return (
    <>
      <PageHeading title={t('sheets.verify.title')} subtitle={t('sheets.verify.subtitle')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="inline" onFinish={submit}>
          <Form.Item label={t('sheets.verify.code')} htmlFor="sheet-code" required>
            <Input
              id="sheet-code"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              placeholder={t('sheets.verify.placeholder')}
              autoComplete="off"
              maxLength={64}
              style={{ minWidth: 260, fontFamily: 'monospace' }}
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" disabled={!draft.trim()} loading={fetching}>
              {t('sheets.verify.check')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {!code ? (
        <Empty description={t('sheets.verify.empty')} />
      ) : problem?.code === 'NOT_FOUND' ? (
        <Alert type="error" showIcon data-testid="sheet-verdict" data-verdict="unknown" message={t('sheets.verify.unknown')} description={t('sheets.verify.unknownText')} />
      ) : problem ? (
        <PageError message={problemText(problem)} />
      ) : fetching && !record ? (
        <Card loading />
      ) : record ? (
        <Card size="small">
          <Space align="start" style={{ marginBottom: 12 }} data-testid="sheet-verdict" data-verdict={record.isLatestRevision ? 'current' : 'superseded'}>
            {record.isLatestRevision ? (
              <CheckCircleFilled style={{ color: '#389e0d', fontSize: 28 }} aria-hidden />
            ) : (
              <ExclamationCircleFilled style={{ color: '#d46b08', fontSize: 28 }} aria-hidden />
            )}
            <div>
              <Tag color={record.isLatestRevision ? 'green' : 'orange'} style={{ fontSize: 16, padding: '2px 10px' }}>
                {record.isLatestRevision ? t('sheets.verify.current') : t('sheets.verify.superseded')}
              </Tag>
              <Typography.Paragraph style={{ marginTop: 6, marginBottom: 0 }}>
                {record.isLatestRevision
                  ? t('sheets.verify.currentText')
                  : record.reopened
                    ? t('sheets.verify.reopenedText', { latest: record.latestRevision })
                    : t('sheets.verify.supersededText', { latest: record.latestRevision })}
              </Typography.Paragraph>
            </div>
          </Space>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('sheets.verify.official')}>{record.officialName}</Descriptions.Item>
            <Descriptions.Item label={t('sheets.verify.unit')}>
              {record.unitName} — {record.agencyName}
            </Descriptions.Item>
            <Descriptions.Item label={t('sheets.verify.period')}>
              {record.periodName} ({formatLocalDate(record.periodStartsOn)} – {formatLocalDate(record.periodEndsOn)})
            </Descriptions.Item>
            <Descriptions.Item label={t('sheets.verify.regime')}>{t(`sheets.regime.${record.regime === 'VIEN_CHUC' ? 'VIEN_CHUC' : 'CONG_CHUC'}`)}</Descriptions.Item>
            {record.score !== null && record.score !== undefined && <Descriptions.Item label={t('sheets.verify.score')}>{record.score}/100</Descriptions.Item>}
            <Descriptions.Item label={t('sheets.verify.grade')}>
              <strong>{record.gradeLabel ? (i18n.language === 'en' ? record.gradeLabel.en : record.gradeLabel.vi) : '—'}</strong>
            </Descriptions.Item>
            <Descriptions.Item label={t('sheets.verify.revision')}>
              {t('sheets.verify.revisionText', { revision: record.revision, latest: record.latestRevision })}
            </Descriptions.Item>
            <Descriptions.Item label={t('sheets.verify.publishedAt')}>{formatDateTime(record.publishedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('sheets.verify.ruleSet')}>
              <code>{record.ruleSetVersion}</code>
            </Descriptions.Item>
            <Descriptions.Item label={t('sheets.verify.code')}>
              <code>{record.code}</code>
            </Descriptions.Item>
          </Descriptions>
        </Card>
      ) : null}
    </>
  );
}
