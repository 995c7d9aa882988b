import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { DATE_FORMAT } from '@ketqua/dashboard/ui';
import { Button, DatePicker, Divider, Form, Input, InputNumber, Modal, Space, TimePicker, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { CreatePilotMutation } from '../../graphql/create-pilot.mutation';
import { PilotUnitChoicesQuery } from '../../graphql/pilot-units.query';
import { UpdatePilotMutation } from '../../graphql/update-pilot.mutation';
import { useAction } from '../../hooks/use-action';
import { unitChoiceTree } from '../../logic/unit-choices';

export interface PilotFormValue {
  id: string;
  version: number;
  name: string;
  decisionNumber: string;
  startDate: string;
  endDate: string;
  unitIds: string[];
  maxHomeSharePercent: number;
  minOnSite: number;
  maxHomeDaysPerWeek: number;
  sampleRatePercent: number;
  answerWindowMinutes: number;
  coreHours: Array<{ start: string; end: string }>;
}

interface Values {
  name: string;
  decisionNumber: string;
  dates: [Dayjs, Dayjs];
  unitIds: string[];
  maxHomeSharePercent: number;
  minOnSite: number;
  maxHomeDaysPerWeek: number;
  sampleRatePercent: number;
  answerWindowMinutes: number;
  coreHours: Array<{ range: [Dayjs, Dayjs] }>;
}

// The defaults of PRODUCT.md 4.1, 4.2 and 4.6, shown filled in so HR sees what a new pilot gets.
const DEFAULTS = {
  maxHomeSharePercent: 30,
  minOnSite: 1,
  maxHomeDaysPerWeek: 2,
  sampleRatePercent: 10,
  answerWindowMinutes: 15,
  coreHours: [
    { start: '08:00', end: '11:30' },
    { start: '13:00', end: '17:00' },
  ],
};

const hm = (value: string) => dayjs(value, 'HH:mm');

/** Create or edit a pilot: name, deciding document, dates, units and rules. */
export function PilotFormModal({ edit, onClose }: { edit?: PilotFormValue; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [{ data }] = useQuery({ query: PilotUnitChoicesQuery });
  const [, create] = useMutation(CreatePilotMutation);
  const [, update] = useMutation(UpdatePilotMutation);
  const action = useAction({ form, fieldAliases: { startDate: 'dates', endDate: 'dates' } });

  // Units by agency, sub-units under their unit: participating agencies follow from the units picked.
  const unitTree = unitChoiceTree(data?.units.edges.map((e) => e.node) ?? []);

  const source = edit ?? DEFAULTS;
  const initial: Partial<Values> = {
    name: edit?.name,
    decisionNumber: edit?.decisionNumber,
    dates: edit ? [dayjs(edit.startDate), dayjs(edit.endDate)] : undefined,
    unitIds: edit?.unitIds ?? [],
    maxHomeSharePercent: source.maxHomeSharePercent,
    minOnSite: source.minOnSite,
    maxHomeDaysPerWeek: source.maxHomeDaysPerWeek,
    sampleRatePercent: source.sampleRatePercent,
    answerWindowMinutes: source.answerWindowMinutes,
    coreHours: source.coreHours.map((w) => ({ range: [hm(w.start), hm(w.end)] as [Dayjs, Dayjs] })),
  };

  const submit = async (v: Values) => {
    const input = {
      name: v.name.trim(),
      decisionNumber: v.decisionNumber.trim(),
      startDate: v.dates[0].format('YYYY-MM-DD'),
      endDate: v.dates[1].format('YYYY-MM-DD'),
      unitIds: v.unitIds,
      maxHomeSharePercent: v.maxHomeSharePercent,
      minOnSite: v.minOnSite,
      maxHomeDaysPerWeek: v.maxHomeDaysPerWeek,
      sampleRatePercent: v.sampleRatePercent,
      answerWindowMinutes: v.answerWindowMinutes,
      coreHours: v.coreHours.map((w) => ({ start: w.range[0].format('HH:mm'), end: w.range[1].format('HH:mm') })),
    };
    const ok = edit
      ? await action.run(() => update({ input: { ...input, id: edit.id, version: edit.version } }), t('pilot.common.saved'))
      : await action.run(() => create({ input }), t('pilot.pilots.created'));
    if (ok) onClose(true);
  };

  const required = [{ required: true, message: t('pilot.common.required') }];
  return (
    <Modal
      open
      width={720}
      title={edit ? t('pilot.pilots.formEdit') : t('pilot.pilots.formNew')}
      okText={t('pilot.actions.save')}
      cancelText={t('pilot.actions.cancel')}
      confirmLoading={action.busy}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item name="name" label={t('pilot.pilots.fields.name')} rules={[{ ...required[0], whitespace: true }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Space wrap size="large" align="start">
          <Form.Item name="decisionNumber" label={t('pilot.pilots.fields.decisionNumber')} rules={[{ ...required[0], whitespace: true }]}>
            <Input maxLength={200} style={{ width: 300 }} placeholder="2468/QĐ-SNV" />
          </Form.Item>
          <Form.Item name="dates" label={t('pilot.pilots.fields.dates')} rules={required}>
            <DatePicker.RangePicker format={DATE_FORMAT} />
          </Form.Item>
        </Space>
        <Form.Item name="unitIds" label={t('pilot.pilots.fields.units')} rules={[{ required: true, type: 'array', min: 1, message: t('pilot.common.required') }]}>
          <TreeSelect multiple treeData={unitTree} treeDefaultExpandAll showSearch treeNodeFilterProp="title" allowClear />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          {t('pilot.pilots.fields.rules')}
        </Divider>
        <Space wrap size="large" align="start">
          <Form.Item name="maxHomeSharePercent" label={t('pilot.pilots.fields.maxHomeSharePercent')} rules={required}>
            <InputNumber min={1} max={100} />
          </Form.Item>
          <Form.Item name="minOnSite" label={t('pilot.pilots.fields.minOnSite')} rules={required}>
            <InputNumber min={0} max={1000} />
          </Form.Item>
          <Form.Item name="maxHomeDaysPerWeek" label={t('pilot.pilots.fields.maxHomeDaysPerWeek')} rules={required}>
            <InputNumber min={1} max={5} />
          </Form.Item>
          <Form.Item name="sampleRatePercent" label={t('pilot.pilots.fields.sampleRatePercent')} rules={required}>
            <InputNumber min={0} max={100} step={0.5} />
          </Form.Item>
          <Form.Item name="answerWindowMinutes" label={t('pilot.pilots.fields.answerWindowMinutes')} rules={required}>
            <InputNumber min={1} max={120} />
          </Form.Item>
        </Space>
        <Form.Item label={t('pilot.pilots.fields.coreHours')} required>
          <Form.List name="coreHours">
            {(fields, { add, remove }) => (
              <Space direction="vertical">
                {fields.map((field) => (
                  <Space key={field.key}>
                    <Form.Item name={[field.name, 'range']} rules={required} noStyle>
                      <TimePicker.RangePicker format="HH:mm" minuteStep={5} />
                    </Form.Item>
                    {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('pilot.actions.remove')} />}
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                  {t('pilot.pilots.fields.addCoreHours')}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
