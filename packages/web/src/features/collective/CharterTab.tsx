import { useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { NEWBORN_RULES, SHARE_CLASSES } from '@cunzhi/core/collective/charter';
import { api } from '../../api/client.ts';
import { useT, type Translator } from '../../i18n/index.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { ActDrawer } from './ActDrawer.tsx';
import { orgApi, type Charter, type CharterInput, type OrgDetail } from './api.ts';

const percent = (bp: number) => (bp / 100).toString();

/** The charter in one sentence: reserve, the committee's payment, share classes, mode, newborns. */
export function charterSummary(t: Translator, c: Charter): string {
  const p = c.terms.committeePayment;
  const payment =
    p.kind === 'none'
      ? t('collective.charter.payment.none')
      : p.kind === 'rate'
        ? `${t('collective.charter.payment')} ${percent(p.rateBp)}%`
        : `${t('collective.charter.payment')} ¥${t.num(p.fen / 100)}`;
  return t('collective.charter.summary', {
    reserve: percent(c.terms.reserveRateBp),
    payment,
    classes: c.terms.shareClasses
      .map((s) => `${t(`collective.charter.class.${s.shareClass}`)}×${s.weight}`)
      .join('、'),
    mode: t(`collective.charter.mode.${c.terms.shareMode}`),
    newborn: t(`collective.charter.newborn.${c.terms.newborn}`),
  });
}

/** The charter's versions, newest first, and the record of a new one. */
export function CharterTab({
  villageId,
  data,
  onChange,
}: {
  villageId: string;
  data: OrgDetail;
  onChange: () => void;
}) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {data.abilities.manageCollective && (
        <Button type="primary" onClick={() => setAdding(true)} data-testid="collective-charter-new">
          {t('collective.charter.new')}
        </Button>
      )}
      {data.charters.map((c) => (
        <Card
          key={c.id}
          size="small"
          data-testid="collective-charter"
          title={
            <span>
              {t('collective.charter.version', { version: c.version })}{' '}
              {c.inForce && <Tag color="green">{t('collective.charter.inForce')}</Tag>}
            </span>
          }
        >
          <Typography.Paragraph>
            {t('collective.charter.adoptedBy', {
              on: t.date(c.adoptedOn),
              by: c.adoptedBy,
              from: t.date(c.effectiveFrom),
            })}
          </Typography.Paragraph>
          <Typography.Paragraph>{charterSummary(t, c)}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            {t('collective.charter.decision')}：
            {t('collective.charter.decision.value', c.terms.assemblyDecision)} ·{' '}
            {t('collective.charter.partyStudy')}：
            {t(`collective.charter.partyStudy.${c.terms.partyStudy}`)}
            {c.terms.otherLossReasons.length > 0 &&
              ` · ${t('collective.charter.otherReasons')}：${c.terms.otherLossReasons.join('；')}`}
          </Typography.Paragraph>
        </Card>
      ))}
      {adding && (
        <CharterDrawer
          villageId={villageId}
          data={data}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            onChange();
          }}
        />
      )}
    </Space>
  );
}

/** The form's values: rates in per cent, the fixed payment in yuan, reasons one per line. */
interface CharterForm {
  terms: {
    reserveRateBp: number;
    committeePayment: { kind: 'none' | 'rate' | 'fixed'; rateBp?: number; fen?: number };
    shareClasses: CharterInput['terms']['shareClasses'];
    shareMode: CharterInput['terms']['shareMode'];
    newborn: CharterInput['terms']['newborn'];
    adjustEveryYears?: number | null;
    partyStudy: CharterInput['terms']['partyStudy'];
    assemblyDecision: string;
    otherLossReasons?: string;
  };
  resolutionId?: string;
  paperResolution?: string;
  adoptedOn?: string;
  effectiveFrom?: string;
}

function toInput(v: CharterForm): CharterInput {
  const p = v.terms.committeePayment;
  const [num = 2, den = 3] = v.terms.assemblyDecision.split('/').map(Number);
  return {
    ...v,
    terms: {
      ...v.terms,
      reserveRateBp: Math.round(v.terms.reserveRateBp * 100),
      committeePayment:
        p.kind === 'rate'
          ? { kind: 'rate', rateBp: Math.round((p.rateBp ?? 0) * 100) }
          : p.kind === 'fixed'
            ? { kind: 'fixed', fen: Math.round((p.fen ?? 0) * 100) }
            : { kind: 'none' },
      adjustEveryYears: v.terms.shareMode === 'dynamic' ? (v.terms.adjustEveryYears ?? null) : null,
      assemblyDecision: { num, den },
      otherLossReasons: (v.terms.otherLossReasons ?? '')
        .split('\n')
        .map((r) => r.trim())
        .filter((r) => r !== ''),
    },
  };
}

function CharterDrawer({
  villageId,
  data,
  onClose,
  onDone,
}: {
  villageId: string;
  data: OrgDetail;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<CharterForm>();
  const paymentKind = Form.useWatch(['terms', 'committeePayment', 'kind'], form);
  const mode = Form.useWatch(['terms', 'shareMode'], form);
  const first = data.charters.length === 0;
  const assemblies = data.resolutions.filter((r) => r.power === 'charter');
  return (
    <ActDrawer
      title={t('collective.charter.new')}
      testId="collective-charter-drawer"
      form={form}
      initialValues={{
        terms: {
          reserveRateBp: 10,
          committeePayment: { kind: 'none' },
          shareClasses: [{ shareClass: 'population', weight: 1 }],
          shareMode: 'static',
          newborn: 'none',
          partyStudy: 'warn',
          assemblyDecision: '2/3',
        },
      }}
      send={(values) =>
        api(`${orgApi(villageId, data.org.id)}/charters`, { method: 'POST', body: toInput(values) })
      }
      onClose={onClose}
      onDone={onDone}
    >
      <Space wrap align="start">
        <Form.Item name={['terms', 'reserveRateBp']} label={t('collective.charter.reserve')}>
          <InputNumber min={0} max={99.99} step={1} data-testid="collective-charter-reserve" />
        </Form.Item>
        <Form.Item
          name={['terms', 'committeePayment', 'kind']}
          label={t('collective.charter.payment')}
        >
          <Select
            style={{ width: 220 }}
            options={(['none', 'rate', 'fixed'] as const).map((k) => ({
              value: k,
              label: t(`collective.charter.payment.${k}`),
            }))}
          />
        </Form.Item>
        {paymentKind === 'rate' && (
          <Form.Item
            name={['terms', 'committeePayment', 'rateBp']}
            label={t('collective.charter.paymentRate')}
          >
            <InputNumber min={0} max={99.99} />
          </Form.Item>
        )}
        {paymentKind === 'fixed' && (
          <Form.Item
            name={['terms', 'committeePayment', 'fen']}
            label={t('collective.charter.paymentFixed')}
          >
            <InputNumber min={0} precision={2} style={{ width: 180 }} />
          </Form.Item>
        )}
      </Space>
      <Typography.Title level={5}>{t('collective.charter.classes')}</Typography.Title>
      <Form.List name={['terms', 'shareClasses']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} wrap align="start">
                <Form.Item name={[field.name, 'shareClass']}>
                  <Select
                    style={{ width: 200 }}
                    options={SHARE_CLASSES.map((c) => ({
                      value: c,
                      label: t(`collective.charter.class.${c}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'weight']}>
                  <InputNumber min={1} addonAfter={t('collective.charter.weight')} />
                </Form.Item>
                <Button onClick={() => remove(field.name)}>×</Button>
              </Space>
            ))}
            {fields.length < SHARE_CLASSES.length && (
              <Button
                className="block-gap"
                onClick={() => add({ shareClass: 'farmingYears', weight: 1 })}
              >
                +
              </Button>
            )}
          </>
        )}
      </Form.List>
      <Space wrap align="start">
        <Form.Item name={['terms', 'shareMode']} label={t('collective.charter.mode')}>
          <Select
            style={{ width: 240 }}
            options={(['static', 'dynamic'] as const).map((m) => ({
              value: m,
              label: t(`collective.charter.mode.${m}`),
            }))}
          />
        </Form.Item>
        <Form.Item name={['terms', 'newborn']} label={t('collective.charter.newborn')}>
          <Select
            style={{ width: 180 }}
            options={NEWBORN_RULES.map((n) => ({
              value: n,
              label: t(`collective.charter.newborn.${n}`),
            }))}
          />
        </Form.Item>
        {mode === 'dynamic' && (
          <Form.Item name={['terms', 'adjustEveryYears']} label={t('collective.charter.adjust')}>
            <InputNumber min={1} max={30} />
          </Form.Item>
        )}
      </Space>
      <Space wrap align="start">
        <Form.Item name={['terms', 'assemblyDecision']} label={t('collective.charter.decision')}>
          <Select
            style={{ width: 160 }}
            options={['2/3', '3/4', '4/5'].map((v) => {
              const [num = 2, den = 3] = v.split('/').map(Number);
              return { value: v, label: t('collective.charter.decision.value', { num, den }) };
            })}
          />
        </Form.Item>
        <Form.Item name={['terms', 'partyStudy']} label={t('collective.charter.partyStudy')}>
          <Select
            style={{ width: 160 }}
            options={(['warn', 'refuse'] as const).map((p) => ({
              value: p,
              label: t(`collective.charter.partyStudy.${p}`),
            }))}
          />
        </Form.Item>
      </Space>
      <Form.Item name={['terms', 'otherLossReasons']} label={t('collective.charter.otherReasons')}>
        <Input.TextArea rows={3} data-testid="collective-charter-reasons" />
      </Form.Item>
      <Form.Item name="resolutionId" label={t('collective.charter.resolution')}>
        <Select
          allowClear
          options={assemblies.map((r) => ({
            value: r.id,
            label: `${r.label}（${t.date(r.adoptedOn)}）`,
          }))}
        />
      </Form.Item>
      {first && (
        <Space wrap align="start">
          <Form.Item name="paperResolution" label={t('collective.charter.paper')}>
            <Input maxLength={200} style={{ width: 320 }} data-testid="collective-charter-paper" />
          </Form.Item>
          <Form.Item name="adoptedOn" label={t('collective.charter.adoptedOn')}>
            <DateInput notAfterToday testId="collective-charter-adopted-on" />
          </Form.Item>
        </Space>
      )}
      <Form.Item name="effectiveFrom" label={t('collective.charter.effectiveFrom')}>
        <DateInput />
      </Form.Item>
    </ActDrawer>
  );
}
