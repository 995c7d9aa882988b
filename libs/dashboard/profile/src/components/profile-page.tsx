import { KeyOutlined } from '@ant-design/icons';
import { formatDateTime, initialsOf, PageError, PageHeading, PageLoading, useProblemText } from '@ketqua/dashboard/ui';
import { Avatar, Button, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMyProfile } from '../hooks/use-my-profile';
import { NotificationDeliveryCard } from './notification-delivery-card';

/** "Hồ sơ của tôi": where the official works, in which position and rank, and their account. */
export function ProfilePage({ onChangePassword }: { onChangePassword: () => void }) {
  const { t } = useTranslation();
  const { me, loading, problem, reload } = useMyProfile();
  const problemText = useProblemText();

  if (loading) return <PageLoading />;
  if (problem || !me) return <PageError message={problem ? problemText(problem) : t('errors.unknown')} onRetry={reload} />;

  const none = <Typography.Text type="secondary">{t('profile.none')}</Typography.Text>;

  return (
    <>
      <PageHeading
        title={t('profile.title')}
        subtitle={t('profile.subtitle')}
        extra={
          <Button icon={<KeyOutlined />} onClick={onChangePassword}>
            {t('profile.changePassword')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Space size={16} align="center" wrap>
          <Avatar size={64} style={{ background: '#0f3a68', fontSize: 24 }}>
            {initialsOf(me.fullName)}
          </Avatar>
          <div>
            <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
              {me.fullName}
            </Typography.Title>
            <Typography.Text type="secondary">{[me.position?.name, me.unit.name].filter(Boolean).join(' · ')}</Typography.Text>
            <div style={{ marginTop: 6 }}>
              <Tag color="blue">{t(`roles.${me.role}`)}</Tag>
              {me.isLeader && <Tag color="gold">{t('profile.leader')}</Tag>}
              {!me.active && <Tag color="red">{t('profile.inactive')}</Tag>}
            </div>
          </div>
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('profile.work')}>
            <Descriptions column={1} size="small" colon={false} styles={{ label: { width: '38%', maxWidth: 170 } }}>
              <Descriptions.Item label={t('profile.agency')}>{me.agency.name}</Descriptions.Item>
              <Descriptions.Item label={t('profile.unit')}>{me.unit.name}</Descriptions.Item>
              <Descriptions.Item label={t('profile.position')}>{me.position?.name ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('profile.rank')}>{me.rank ? `${me.rank.name} (${me.rank.code})` : none}</Descriptions.Item>
              <Descriptions.Item label={t('profile.staffCategory')}>{t(`staffCategories.${me.staffCategory}`)}</Descriptions.Item>
              <Descriptions.Item label={t('profile.leader')}>{me.isLeader ? t('profile.yes') : t('profile.no')}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('profile.account')}>
            <Descriptions column={1} size="small" colon={false} styles={{ label: { width: '38%', maxWidth: 150 } }}>
              <Descriptions.Item label={t('profile.email')}>{me.email}</Descriptions.Item>
              <Descriptions.Item label={t('profile.role')}>{t(`roles.${me.role}`)}</Descriptions.Item>
              {me.role !== 'OFFICIAL' && me.role !== 'UNIT_HEAD' && (
                <Descriptions.Item label={t('profile.scope')}>{me.cityScope || me.role === 'ADMIN' ? t('profile.scopeCity') : t('profile.scopeAgency')}</Descriptions.Item>
              )}
              <Descriptions.Item label={t('profile.status')}>{me.active ? t('profile.active') : t('profile.inactive')}</Descriptions.Item>
              <Descriptions.Item label={t('profile.lastLogin')}>{me.lastLoginAt ? formatDateTime(me.lastLoginAt) : none}</Descriptions.Item>
            </Descriptions>
          </Card>
          <NotificationDeliveryCard />
        </Col>
      </Row>
    </>
  );
}
