import { useState } from 'react';
import {
  Button,
  Card,
  Checkbox,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { BODY_KIND_INFO } from '@cunzhi/core/bodies/bodyKinds';
import { MEETING_KIND_INFO } from '@cunzhi/core/meetings/meetingKinds';
import { CONTEST_BODIES, REVIEWER_BODIES } from '@cunzhi/core/points/scheme';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { useSay } from './LineFacts.tsx';
import { pointsApi, type Overview, type Scheme, type SchemeInput } from './api.ts';

/** The scheme's versions, newest first, each with its items and how it was adopted. */
export function SchemeTab({
  villageId,
  data,
  onChange,
}: {
  villageId: string;
  data: Overview;
  onChange: () => void;
}) {
  const t = useT();
  const [drafting, setDrafting] = useState(false);
  const [adopting, setAdopting] = useState<Scheme | null>(null);
  const manage = data.abilities.managePointsScheme;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {manage && (
        <Button type="primary" onClick={() => setDrafting(true)} data-testid="points-scheme-new">
          {t('points.scheme.new')}
        </Button>
      )}
      {data.schemes.length === 0 && (
        <Typography.Paragraph type="secondary">{t('points.scheme.none')}</Typography.Paragraph>
      )}
      {data.schemes.map((s) => (
        <Card
          key={s.id}
          data-testid="points-scheme"
          title={
            <span>
              {s.title} {t('points.scheme.version', { version: s.version })}{' '}
              {s.inForce ? (
                <Tag color="green">{t('points.scheme.inForce')}</Tag>
              ) : !s.adoptedOn ? (
                <Tag color="gold">{t('points.scheme.draft')}</Tag>
              ) : null}
            </span>
          }
          extra={
            manage &&
            !s.adoptedOn && (
              <Button onClick={() => setAdopting(s)} data-testid="points-scheme-adopt">
                {t('points.scheme.adopt')}
              </Button>
            )
          }
        >
          <SchemeFacts scheme={s} />
        </Card>
      ))}
      {drafting && (
        <SchemeDrawer
          villageId={villageId}
          onClose={() => setDrafting(false)}
          onDone={() => {
            setDrafting(false);
            onChange();
          }}
        />
      )}
      {adopting && (
        <AdoptDrawer
          villageId={villageId}
          scheme={adopting}
          resolutions={data.resolutions}
          onClose={() => setAdopting(null)}
          onDone={() => {
            setAdopting(null);
            onChange();
          }}
        />
      )}
    </Space>
  );
}

function SchemeFacts({ scheme: s }: { scheme: Scheme }) {
  const t = useT();
  const say = useSay();
  return (
    <>
      {s.adoptedOn && s.meetingKind && (
        <Typography.Paragraph data-testid="points-scheme-adopted">
          {t('points.scheme.adoptedBy', {
            on: t.date(s.adoptedOn),
            meeting: say(t.pick(MEETING_KIND_INFO[s.meetingKind])),
            resolution: s.resolution ?? '',
            from: t.date(s.effectiveFrom),
          })}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">
        {t('points.scheme.publicity')}：{s.publicityDays}
        {t(`points.scheme.unit.${s.publicityUnit}`)} · {t('points.scheme.reviewer')}：
        {say(t.pick(BODY_KIND_INFO[s.reviewerBody]))} · {t('points.scheme.contestBody')}：
        {say(t.pick(BODY_KIND_INFO[s.contestBody]))}
        {s.personRollsIntoHousehold ? ` · ${t('points.scheme.rollsIn')}` : ''}
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={s.items}
        columns={[
          { title: t('points.item.name'), dataIndex: 'name' },
          {
            title: t('points.print.points'),
            dataIndex: 'points',
            render: (p: number) => (p > 0 ? `+${p}` : p),
          },
          {
            title: t('points.item.beneficiary'),
            dataIndex: 'beneficiary',
            render: (b: 'person' | 'household') => t(`points.item.beneficiary.${b}`),
          },
          {
            title: t('points.item.evidence'),
            dataIndex: 'evidenceRequired',
            render: (e: boolean) => (e ? '✓' : ''),
          },
          {
            title: t('points.item.cap'),
            key: 'cap',
            render: (_: unknown, i: Scheme['items'][number]) =>
              i.capPoints && i.capPeriod
                ? t('points.item.capText', {
                    points: i.capPoints,
                    period: t(`points.item.period.${i.capPeriod}`),
                  })
                : '—',
          },
        ]}
      />
    </>
  );
}

const NEW_ITEM = { points: 5, evidenceRequired: false, beneficiary: 'household' as const };

function SchemeDrawer({
  villageId,
  onClose,
  onDone,
}: {
  villageId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<SchemeInput>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    await api(`${pointsApi(villageId)}/schemes`, { method: 'POST', body: values });
    onDone();
  });
  const bodyOptions = (kinds: readonly (keyof typeof BODY_KIND_INFO)[]) =>
    kinds.map((k) => ({ value: k, label: t.pick(BODY_KIND_INFO[k]) }));
  return (
    <Drawer
      open
      onClose={onClose}
      title={t('points.scheme.new')}
      size={720}
      destroyOnHidden
      data-testid="points-scheme-drawer"
      extra={
        <Button
          type="primary"
          loading={busy}
          onClick={() => void submit()}
          data-testid="form-submit"
        >
          {t('points.scheme.new')}
        </Button>
      }
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          partOfVillageRules: false,
          personRollsIntoHousehold: true,
          publicityDays: 5,
          publicityUnit: 'working',
          reviewerBody: 'villageAffairsSupervisionCommittee',
          contestBody: 'representativesMeeting',
          items: [NEW_ITEM],
        }}
      >
        <Form.Item name="title" label={t('points.scheme.titleField')} rules={[{ required: true }]}>
          <Input maxLength={200} data-testid="points-scheme-title" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="partOfVillageRules" valuePropName="checked">
            <Checkbox>{t('points.scheme.partOfRules')}</Checkbox>
          </Form.Item>
          <Form.Item name="personRollsIntoHousehold" valuePropName="checked">
            <Checkbox>{t('points.scheme.rollsIn')}</Checkbox>
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="publicityDays" label={t('points.scheme.publicityDays')}>
            <InputNumber min={1} max={30} />
          </Form.Item>
          <Form.Item name="publicityUnit" label={t('points.scheme.publicity')}>
            <Select
              style={{ width: 120 }}
              options={(['working', 'calendar'] as const).map((u) => ({
                value: u,
                label: t(`points.scheme.unit.${u}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="reviewerBody" label={t('points.scheme.reviewer')}>
            <Select style={{ width: 200 }} options={bodyOptions(REVIEWER_BODIES)} />
          </Form.Item>
          <Form.Item name="contestBody" label={t('points.scheme.contestBody')}>
            <Select style={{ width: 200 }} options={bodyOptions(CONTEST_BODIES)} />
          </Form.Item>
        </Space>
        <Typography.Title level={5}>{t('points.scheme.items')}</Typography.Title>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Card
                  size="small"
                  key={field.key}
                  className="block-gap"
                  data-testid="points-item-form"
                >
                  <Space wrap align="start">
                    <Form.Item
                      name={[field.name, 'name']}
                      label={t('points.item.name')}
                      rules={[{ required: true }]}
                    >
                      <Input
                        maxLength={200}
                        style={{ width: 220 }}
                        data-testid="points-item-name"
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'points']}
                      label={t('points.item.points')}
                      rules={[{ required: true }]}
                    >
                      <InputNumber min={-1000} max={1000} data-testid="points-item-points" />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'beneficiary']}
                      label={t('points.item.beneficiary')}
                    >
                      <Select
                        style={{ width: 100 }}
                        options={(['household', 'person'] as const).map((b) => ({
                          value: b,
                          label: t(`points.item.beneficiary.${b}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'capPoints']} label={t('points.item.capPoints')}>
                      <InputNumber min={1} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'capPeriod']} label={t('points.item.capPeriod')}>
                      <Select
                        allowClear
                        style={{ width: 100 }}
                        options={(['month', 'quarter', 'year'] as const).map((p) => ({
                          value: p,
                          label: t(`points.item.period.${p}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'evidenceRequired']}
                      valuePropName="checked"
                      label=" "
                    >
                      <Checkbox>{t('points.item.evidence')}</Checkbox>
                    </Form.Item>
                    <Form.Item label=" ">
                      <Button onClick={() => remove(field.name)}>{t('points.item.remove')}</Button>
                    </Form.Item>
                  </Space>
                </Card>
              ))}
              <Button onClick={() => add(NEW_ITEM)} data-testid="points-item-add">
                {t('points.scheme.addItem')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}

function AdoptDrawer({
  villageId,
  scheme,
  resolutions,
  onClose,
  onDone,
}: {
  villageId: string;
  scheme: Scheme;
  resolutions: Overview['resolutions'];
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ resolutionId: string; effectiveFrom?: string }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    await api(`${pointsApi(villageId)}/schemes/${scheme.id}/adoption`, {
      method: 'POST',
      body: values,
    });
    onDone();
  });
  return (
    <Drawer
      open
      onClose={onClose}
      title={t('points.scheme.adopt')}
      size={520}
      destroyOnHidden
      data-testid="points-adopt-drawer"
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form form={form} layout="vertical">
        <Form.Item
          name="resolutionId"
          label={t('points.scheme.resolution')}
          rules={[{ required: true }]}
        >
          <Select
            data-testid="points-adopt-resolution"
            options={resolutions.map((r) => ({
              value: r.id,
              label: `${r.label}（${t.pick(MEETING_KIND_INFO[r.meetingKind])}，${t.date(r.adoptedOn)}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('points.scheme.effectiveFrom')}>
          <DateInput />
        </Form.Item>
        <Button
          type="primary"
          loading={busy}
          onClick={() => void submit()}
          data-testid="form-submit"
        >
          {t('points.scheme.adopt')}
        </Button>
      </Form>
    </Drawer>
  );
}
