import { PlusOutlined } from '@ant-design/icons';
import { useSession } from '@ketqua/dashboard/data-access';
import { optionsState, PageHeading, rowsState, ResponsiveTable } from '@ketqua/dashboard/ui';
import { Button, Form, Input, InputNumber, Modal, Select, Space, Switch, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CreateCatalogueItemMutation } from '../graphql/create-catalogue-item.mutation';
import { UpdateCatalogueItemMutation } from '../graphql/update-catalogue-item.mutation';
import { useAction } from '../hooks/use-action';
import { useCatalogue, useTeamScope } from '../hooks/use-team-scope';

type Item = ReturnType<typeof useCatalogue>['items'][number];

/** Danh mục sản phẩm of a unit: item types, unit of measure, conversion coefficient, per position. */
export function CataloguePage() {
  const { t } = useTranslation();
  const user = useSession()?.user;
  const scope = useTeamScope();
  const [unitId, setUnitId] = useState<string | null>(user?.unitId ?? null);
  const catalogue = useCatalogue(unitId, true);
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const [positionFilter, setPositionFilter] = useState<string | undefined>();
  const unit = scope.units.find((u) => u.id === unitId);
  const positions = scope.positions.filter((p) => !unit || p.agencyId === unit.agencyId);
  const positionName = (id: string | null) => (id ? (positions.find((p) => p.id === id)?.name ?? '—') : t('work.catalogue.anyPosition'));

  const columns: ColumnsType<Item> = [
    { key: 'code', title: t('work.catalogue.code'), dataIndex: 'code' },
    { key: 'name', title: t('work.catalogue.name'), dataIndex: 'name' },
    { key: 'uom', title: t('work.catalogue.unitOfMeasure'), dataIndex: 'unitOfMeasure', responsive: ['sm'] },
    { key: 'coef', title: t('work.catalogue.coefficient'), dataIndex: 'coefficient', align: 'right' },
    { key: 'position', title: t('work.catalogue.position'), render: (_, i) => positionName(i.positionId), responsive: ['md'] },
    { key: 'active', title: '', render: (_, i) => (i.active ? <Tag color="green">{t('work.catalogue.active')}</Tag> : <Tag>{t('work.catalogue.retired')}</Tag>) },
    {
      key: 'edit',
      render: (_, i) => (
        <Button size="small" onClick={() => setEditing(i)}>
          {t('work.actions.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeading
        title={t('work.catalogue.title')}
        subtitle={t('work.catalogue.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} disabled={!unitId} onClick={() => setEditing('new')}>
            {t('work.catalogue.add')}
          </Button>
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          style={{ minWidth: 280 }}
          aria-label={t('work.catalogue.unit')}
          value={unitId}
          onChange={setUnitId}
          {...optionsState(scope.fetching)}
          options={scope.units.map((u) => ({ value: u.id, label: u.name }))}
        />
        <Select
          style={{ minWidth: 240 }}
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('work.catalogue.position')}
          placeholder={t('work.catalogue.allPositions')}
          value={positionFilter}
          onChange={setPositionFilter}
          options={positions.map((p) => ({ value: p.id, label: p.name }))}
        />
      </Space>
      <ResponsiveTable<Item>
        rowKey="id"
        size="middle"
        columns={columns}
        // A position's catalogue: its own items and those for every position.
        dataSource={positionFilter ? catalogue.items.filter((i) => !i.positionId || i.positionId === positionFilter) : catalogue.items}
        pagination={false}
        {...rowsState(catalogue.fetching, t('work.catalogue.empty'))}
      />
      {editing && unitId && (
        <ItemModal
          unitId={unitId}
          item={editing === 'new' ? null : editing}
          positions={positions}
          onClose={(changed) => {
            setEditing(null);
            if (changed) catalogue.reload();
          }}
        />
      )}
    </>
  );
}

function ItemModal({
  unitId,
  item,
  positions,
  onClose,
}: {
  unitId: string;
  item: Item | null;
  positions: Array<{ id: string; name: string }>;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string; name: string; unitOfMeasure: string; coefficient: number; positionId?: string; active: boolean }>();
  const [, create] = useMutation(CreateCatalogueItemMutation);
  const [, update] = useMutation(UpdateCatalogueItemMutation);
  const action = useAction({ form });
  return (
    <Modal
      open
      title={item ? t('work.catalogue.editTitle') : t('work.catalogue.addTitle')}
      okText={t('work.actions.save')}
      cancelText={t('work.actions.close')}
      confirmLoading={action.busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={item ? { ...item, positionId: item.positionId ?? undefined } : { coefficient: 1, active: true }}
        onFinish={async (v) => {
          const ok = item
            ? await action.run(
                () =>
                  update({
                    input: {
                      id: item.id,
                      version: item.version,
                      name: v.name,
                      unitOfMeasure: v.unitOfMeasure,
                      coefficient: v.coefficient,
                      positionId: v.positionId ?? null,
                      active: v.active,
                    },
                  }),
                t('work.form.saved'),
              )
            : await action.run(
                () => create({ input: { unitId, code: v.code, name: v.name, unitOfMeasure: v.unitOfMeasure, coefficient: v.coefficient, positionId: v.positionId ?? null } }),
                t('work.form.saved'),
              );
          if (ok) onClose(true);
        }}
      >
        <Form.Item name="code" label={t('work.catalogue.code')} rules={[{ required: true, message: t('work.form.required') }]}>
          <Input disabled={!!item} maxLength={40} />
        </Form.Item>
        <Form.Item name="name" label={t('work.catalogue.name')} rules={[{ required: true, min: 2, message: t('work.form.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="unitOfMeasure" label={t('work.catalogue.unitOfMeasure')} rules={[{ required: true, message: t('work.form.required') }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="coefficient" label={t('work.catalogue.coefficient')} rules={[{ required: true, message: t('work.form.required') }]}>
            <InputNumber min={0.01} max={100} step={0.25} />
          </Form.Item>
        </Space>
        <Form.Item name="positionId" label={t('work.catalogue.position')}>
          <Select allowClear showSearch optionFilterProp="label" placeholder={t('work.catalogue.anyPosition')} options={positions.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        {item && (
          <Form.Item name="active" label={t('work.catalogue.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
