import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Card, Form, Input, Radio, Select, Typography } from 'antd';
import {
  CORRECTION_ADDRESSEES,
  CORRECTION_ADDRESSEE_NAMES,
  INSPECTION_OUTCOMES,
  INSPECTION_OUTCOME_NAMES,
  REFERRAL_ADDRESSEES,
  REFERRAL_ADDRESSEE_NAMES,
} from '@cunzhi/core/supervision/inspections';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import type { SpendingDetail, SpendingListResponse } from '../spending/api.ts';
import type {
  CorrectionAddressee,
  InspectionDetail,
  InspectionOutcome,
  MotionView,
  Proposal,
  ReferralAddressee,
} from './api.ts';
import { SittingForm } from './SittingForm.tsx';

interface ConclusionValues {
  outcome: InspectionOutcome;
  note?: string;
  correction?: { addressee: CorrectionAddressee; what: string; dueOn: string | null };
  referral?: { addressee: ReferralAddressee; summary: string };
  holdId?: string;
}

/** The conclusion as the committee votes it: only the part its outcome needs. */
function proposalOf(v: ConclusionValues, inspectionId: string): Proposal {
  const base = { kind: 'inspectionOutcome' as const, inspectionId };
  const note = (v.note ?? '').trim();
  switch (v.outcome) {
    case 'correction':
      return {
        ...base,
        outcome: v.outcome,
        note,
        correction: {
          addressee: v.correction!.addressee,
          what: v.correction!.what.trim(),
          dueOn: v.correction!.dueOn ?? '',
        },
      };
    case 'referral':
      return {
        ...base,
        outcome: v.outcome,
        note,
        referral: { addressee: v.referral!.addressee, summary: v.referral!.summary.trim() },
      };
    case 'suspension':
      return { ...base, outcome: v.outcome, note, holdId: v.holdId };
    default:
      return { ...base, outcome: v.outcome, note };
  }
}

/**
 * 检查结论: how the inspection ends — nothing found, a correction ordered with a deadline
 * (责成办理), the payment's suspension (要求暂停执行, through the hold proposed on it), or a
 * referral to the town (报上级处理) — put to the committee's vote.
 */
export function ConclusionForm({
  villageId,
  inspection,
  today,
  onTabled,
}: {
  villageId: string;
  inspection: InspectionDetail;
  today: string;
  onTabled: (motion: MotionView) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<ConclusionValues>();
  const outcome = Form.useWatch('outcome', form) ?? 'noIssue';

  const proposal = async (): Promise<Proposal | null> => {
    let v: ConclusionValues;
    try {
      v = await form.validateFields();
    } catch {
      return null;
    }
    return proposalOf(v, inspection.id);
  };

  return (
    <Card title={t('supervision.conclusion')} className="block-gap" data-testid="conclusion-form">
      <Form<ConclusionValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          outcome: 'noIssue',
          correction: { addressee: 'villagersCommittee' },
          referral: { addressee: 'disciplineCommission' },
        }}
      >
        <Form.Item name="outcome" label={t('supervision.conclusion.outcome')}>
          <Radio.Group data-testid="conclusion-outcome">
            {INSPECTION_OUTCOMES.map((o) => (
              <Radio.Button key={o} value={o}>
                <span data-testid={`conclusion-outcome-${o}`}>
                  {t.pick(INSPECTION_OUTCOME_NAMES[o])}
                </span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {outcome === 'correction' && <CorrectionFields today={today} />}
        {outcome === 'referral' && <ReferralFields />}
        {outcome === 'suspension' && <HoldField villageId={villageId} />}
        <Form.Item name="note" label={t('supervision.conclusion.note')}>
          <Input.TextArea
            autoSize={{ minRows: 2 }}
            maxLength={2000}
            data-testid="conclusion-note"
          />
        </Form.Item>
      </Form>
      <SittingForm
        villageId={villageId}
        members={inspection.members}
        today={today}
        proposal={proposal}
        outer={form}
        onTabled={onTabled}
        submitLabel={t('supervision.conclusion.submit')}
        submitTestId="conclusion-submit"
      />
    </Card>
  );
}

function CorrectionFields({ today }: { today: string }) {
  const t = useT();
  return (
    <>
      <Form.Item
        name={['correction', 'addressee']}
        label={t('supervision.correction.addressee')}
        rules={[{ required: true }]}
      >
        <Select
          data-testid="conclusion-correction-addressee"
          options={CORRECTION_ADDRESSEES.map((a) => ({
            value: a,
            label: t.pick(CORRECTION_ADDRESSEE_NAMES[a]),
          }))}
        />
      </Form.Item>
      <Form.Item
        name={['correction', 'what']}
        label={t('supervision.correction.what')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2 }}
          maxLength={2000}
          data-testid="conclusion-correction-what"
        />
      </Form.Item>
      <Form.Item
        name={['correction', 'dueOn']}
        label={t('supervision.correction.due')}
        rules={[{ required: true }]}
        extra={t('supervision.correction.due.hint', { today: t.date(today) })}
      >
        <DateInput testId="conclusion-correction-due-on" />
      </Form.Item>
    </>
  );
}

function ReferralFields() {
  const t = useT();
  return (
    <>
      <Form.Item
        name={['referral', 'addressee']}
        label={t('supervision.referral.addressee')}
        rules={[{ required: true }]}
        extra={t('supervision.referral.hint')}
      >
        <Select
          data-testid="conclusion-referral-addressee"
          options={REFERRAL_ADDRESSEES.map((a) => ({
            value: a,
            label: t.pick(REFERRAL_ADDRESSEE_NAMES[a]),
          }))}
        />
      </Form.Item>
      <Form.Item
        name={['referral', 'summary']}
        label={t('supervision.referral.summary')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3 }}
          maxLength={4000}
          data-testid="conclusion-referral-summary"
        />
      </Form.Item>
    </>
  );
}

/**
 * The hold the suspension rests on: first the spending request, then the hold proposed on
 * it (a hold is proposed on the request's page, 支出审批).
 */
function HoldField({ villageId }: { villageId: string }) {
  const t = useT();
  const [requestId, setRequestId] = useState<string | null>(null);
  const base = `/api/villages/${villageId}/spending`;
  const list = useApi<SpendingListResponse>(base);
  const detail = useApi<SpendingDetail>(requestId ? `${base}/${requestId}` : null);
  const holds = (detail.data?.holds ?? []).filter(
    (h) => h.status === 'proposed' || h.status === 'adopted',
  );
  if (list.error && !list.data)
    // without the spending list (no right to read it): the hold's number as given
    return (
      <Form.Item
        name="holdId"
        label={t('supervision.conclusion.hold')}
        rules={[{ required: true }]}
      >
        <Input data-testid="conclusion-hold" />
      </Form.Item>
    );
  return (
    <>
      <Form.Item label={t('supervision.conclusion.request')} required>
        <Select
          value={requestId}
          onChange={setRequestId}
          loading={list.loading}
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="conclusion-hold-request"
          options={(list.data?.requests ?? [])
            .filter((r) => r.status === 'pending')
            .map((r) => ({
              value: r.id,
              label: `${t('spending.numberText', { number: r.number })} ${r.purpose} ${r.amount.text}`,
            }))}
        />
      </Form.Item>
      {requestId && (
        <Form.Item
          name="holdId"
          label={t('supervision.conclusion.hold')}
          rules={[{ required: true }]}
          extra={
            holds.length === 0 && !detail.loading ? (
              <Typography.Text type="warning">
                {t('supervision.conclusion.hold.none')}{' '}
                <Link to={`/v/${villageId}/spending/${requestId}`}>
                  {t('spending.hold.propose')}
                </Link>
              </Typography.Text>
            ) : undefined
          }
        >
          <Select
            loading={detail.loading}
            data-testid="conclusion-hold"
            options={holds.map((h) => ({
              value: h.id,
              label: `${t.date(h.proposedOn)} ${t(`spending.hold.status.${h.status}`)}：${h.reason}`,
            }))}
          />
        </Form.Item>
      )}
    </>
  );
}
