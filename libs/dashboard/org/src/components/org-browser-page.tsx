import { useSession } from '@ketqua/dashboard/data-access';
import { PageError, PageHeading, PageLoading, useProblemText } from '@ketqua/dashboard/ui';
import { Card, Col, Row, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findUnit } from '../hooks/unit-tree';
import { useAgencies } from '../hooks/use-agencies';
import { useUnitTree } from '../hooks/use-unit-tree';
import { AgencyPicker, type AgencyOption } from './agency-picker';
import { OfficialsPanel } from './officials-panel';
import { UnitTreePanel } from './unit-tree-panel';

/**
 * The organisation browser: the unit tree of an agency in the caller's scope and the officials of
 * the chosen unit. What is in scope is decided by the API; this page shows what it is given.
 */
export function OrgBrowserPage() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const user = useSession()?.user;
  const ownAgencyId = user?.agencyId ?? null;
  const agencies = useAgencies('');
  const [chosenAgency, setChosenAgency] = useState<AgencyOption | null>(null);
  const agency = chosenAgency ?? agencies.agencies.find((a) => a.id === ownAgencyId) ?? agencies.agencies[0] ?? null;

  const units = useUnitTree(agency?.id ?? null);
  const [chosenUnitId, setChosenUnitId] = useState<string | null>(null);
  // Start where the user works when that unit is in view (HR, a head), else at the first unit.
  const unit = findUnit(units.tree, chosenUnitId) ?? findUnit(units.tree, user?.unitId ?? null) ?? units.tree[0] ?? null;

  if (agencies.loading) return <PageLoading />;
  if (agencies.problem) return <PageError message={problemText(agencies.problem)} onRetry={agencies.reload} />;

  return (
    <>
      <PageHeading title={t('org.title')} subtitle={t('org.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9} xl={8}>
          <Card title={t('org.unitTree')}>
            {agency && agencies.totalCount <= 1 && (
              <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
                {agency.name}
              </Typography.Paragraph>
            )}
            {agencies.totalCount > 1 && (
              <AgencyPicker
                value={agency}
                first={agencies.agencies}
                onChange={(a) => {
                  setChosenAgency(a);
                  setChosenUnitId(null);
                }}
              />
            )}
            {units.loading ? (
              <Spin />
            ) : units.problem ? (
              <PageError message={problemText(units.problem)} onRetry={units.reload} />
            ) : (
              <UnitTreePanel
                tree={units.tree}
                selectedId={unit?.id ?? null}
                onSelect={(u) => setChosenUnitId(u.id)}
                hasMore={units.hasMore}
                loadingMore={units.loadingMore}
                onLoadMore={() => void units.loadMore()}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={15} xl={16}>
          <Card title={unit ? `${t('org.officials')} · ${unit.name}` : t('org.officials')}>
            {unit ? <OfficialsPanel unitId={unit.id} /> : <Typography.Text type="secondary">{t('org.selectUnit')}</Typography.Text>}
          </Card>
        </Col>
      </Row>
    </>
  );
}
