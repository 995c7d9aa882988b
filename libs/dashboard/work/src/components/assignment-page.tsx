import { ArrowLeftOutlined } from '@ant-design/icons';
import { useSession } from '@ketqua/dashboard/data-access';
import { formatDateTime, formatHours, PageError, PageHeading, PageLoading, useLanguage, useProblemText } from '@ketqua/dashboard/ui';
import { problemOf } from '@ketqua/dashboard/data-access';
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Progress, Row, Space, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useSubscription } from 'urql';
import { AssignmentQuery } from '../graphql/assignment.query';
import { AssignmentNoticeSubscription } from '../graphql/assignment-notice.subscription';
import { FileList } from './file-list';
import { HeadActions } from './head-actions';
import { OfficialActions } from './official-actions';
import { DeadlineText, StatusTag } from './status';
import { WorkLogList } from './work-log-list';

/** One assignment: what is asked, every version with its review, the deadlines and the percentages. */
export function AssignmentPage({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const user = useSession()?.user;
  const { language } = useLanguage();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AssignmentQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [changes, setChanges] = useState(0);
  const reload = () => {
    setChanges((n) => n + 1);
    refetch({ requestPolicy: 'network-only' });
  };
  // A notification about this assignment (returned, accepted, submitted, extended…) arrives live:
  // show the change without the user reloading.
  const [{ data: notice }] = useSubscription({ query: AssignmentNoticeSubscription });
  const subject = notice?.notificationAdded.subject;
  const noticeId = subject?.kind === 'ASSIGNMENT' && subject.id === id ? notice?.notificationAdded.id : null;
  useEffect(() => {
    if (noticeId) reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [noticeId]);
  const a = data?.assignment;
  if (!a) return fetching ? <PageLoading /> : <PageError message={problemText(problemOf(error) ?? { network: true, message: null })} onRetry={reload} />;

  const isAssignee = user?.id === a.assignee.id;
  const isHead = user?.role === 'UNIT_HEAD' && !isAssignee;

  return (
    <>
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={onBack} style={{ paddingInline: 0 }}>
        {t('work.actions.back')}
      </Button>
      <PageHeading
        title={a.title}
        subtitle={`${a.assignee.fullName} · ${a.unit.name}`}
        extra={isAssignee ? <OfficialActions assignment={a} onChanged={reload} /> : isHead ? <HeadActions assignment={a} onChanged={reload} /> : null}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('work.detail.info')} size="small">
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('work.fields.status')}>
                <StatusTag status={a.status} isOverdue={a.isOverdue} />
              </Descriptions.Item>
              <Descriptions.Item label={t('work.deadline.label')}>
                <DeadlineText deadline={a.effectiveDeadline} workingDaysLeft={a.workingDaysLeft} isOverdue={a.isOverdue} />
                {a.effectiveDeadline !== a.deadline && (
                  <div>
                    <Typography.Text type="secondary">{t('work.deadline.effective', { at: formatDateTime(a.deadline) })}</Typography.Text>
                  </div>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('work.fields.assignedBy')}>{a.assignedBy.fullName}</Descriptions.Item>
              {a.sourceDocument ? <Descriptions.Item label={t('work.fields.sourceDocument')}>{a.sourceDocument}</Descriptions.Item> : null}
              <Descriptions.Item label={t('work.fields.catalogueItem')}>{a.catalogueItem ? `${a.catalogueItem.code} · ${a.catalogueItem.name}` : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('work.fields.quantity')}>
                {a.quantity} {a.unitOfMeasure} × {a.coefficient}
              </Descriptions.Item>
              <Descriptions.Item label={t('work.fields.weight')}>{a.weight}</Descriptions.Item>
              <Descriptions.Item label={t('work.fields.hoursLogged')}>{formatHours(a.hoursLogged, language)}</Descriptions.Item>
              {a.description ? (
                <Descriptions.Item label={t('work.fields.description')}>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{a.description}</Typography.Paragraph>
                </Descriptions.Item>
              ) : null}
              {a.attachments.length > 0 && (
                <Descriptions.Item label={t('work.fields.attachments')}>
                  <FileList files={a.attachments} />
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <Card title={t('work.detail.versions')} size="small" style={{ marginTop: 16 }}>
            {a.deliverables.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.detail.noVersions')} />
            ) : (
              <Flex vertical gap={12}>
                {[...a.deliverables].reverse().map((d) => (
                  <Card
                    key={d.id}
                    size="small"
                    type="inner"
                    data-testid="deliverable-version"
                    title={
                      <Space>
                        {t('work.detail.version', { n: d.versionNo })}
                        <Tag color={d.onTime ? 'green' : 'red'}>{d.onTime ? t('work.detail.onTime') : t('work.detail.late')}</Tag>
                      </Space>
                    }
                    extra={<Typography.Text type="secondary">{t('work.detail.submittedAt', { at: formatDateTime(d.submittedAt) })}</Typography.Text>}
                  >
                    {d.note && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{d.note}</Typography.Paragraph>}
                    {d.files.length > 0 && <FileList files={d.files} />}
                    {d.links.map((l) => (
                      <div key={l}>
                        <a href={l} target="_blank" rel="noreferrer noopener">
                          {l}
                        </a>
                      </div>
                    ))}
                    {d.review && (
                      <Alert
                        style={{ marginTop: 8 }}
                        type={d.review.decision === 'ACCEPTED' ? 'success' : 'warning'}
                        title={
                          <Space wrap>
                            {t('work.detail.reviewedBy', { decision: t(`work.status.${d.review.decision}`), name: d.review.reviewer.fullName })}
                            <Typography.Text type="secondary">{formatDateTime(d.review.reviewedAt)}</Typography.Text>
                            {d.review.majorError && <Tag color="red">{t('work.detail.majorError')}</Tag>}
                            {d.review.objectiveCause && <Tag color="blue">{t('work.detail.waived')}</Tag>}
                          </Space>
                        }
                        description={d.review.comment}
                      />
                    )}
                  </Card>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          {a.scores && (
            <Card title={t('work.detail.scores')} size="small" data-testid="scores">
              {/* Before acceptance every percentage is 0 by the rule (nothing delivered yet): say so instead of showing 0%. */}
              {a.status !== 'ACCEPTED' ? (
                <>
                  <Typography.Text strong>{t('work.detail.notAssessed')}</Typography.Text>
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
                    {t('work.detail.notAssessedHint')}
                  </Typography.Paragraph>
                </>
              ) : (
                (['quantity', 'quality', 'progress'] as const).map((k) => (
                  <div key={k} style={{ marginBottom: 8 }}>
                    <Typography.Text>{t(`work.detail.${k}`)}</Typography.Text>
                    <Progress percent={a.scores?.[k]} status="normal" format={(p) => `${p ?? 0}%`} aria-label={t(`work.detail.${k}`)} />
                  </div>
                ))
              )}
              {a.status === 'ACCEPTED' && (
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
                  {t('work.detail.scoresHint', { version: a.scores.ruleSetVersion })}
                </Typography.Paragraph>
              )}
            </Card>
          )}
          <Card title={t('work.logWork.list')} size="small" style={{ marginTop: 16 }}>
            <WorkLogList key={changes} filter={{ assignmentId: a.id }} />
          </Card>
          <Card title={t('work.detail.deadlines')} size="small" style={{ marginTop: 16 }}>
            <Timeline
              items={a.deadlines.map((d) => ({
                color: d.missed ? (d.objectiveCause ? 'blue' : 'red') : 'green',
                content: (
                  <>
                    <Typography.Text strong>{formatDateTime(d.effectiveDeadline)}</Typography.Text>
                    {d.missed && (
                      <Tag color="red" style={{ marginInlineStart: 8 }}>
                        {t('work.detail.missed')}
                      </Tag>
                    )}
                    {d.objectiveCause && <Tag color="blue">{t('work.detail.waived')}</Tag>}
                    <div>
                      <Typography.Text type="secondary">{d.reason ?? t('work.detail.firstDeadline')}</Typography.Text>
                    </div>
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
