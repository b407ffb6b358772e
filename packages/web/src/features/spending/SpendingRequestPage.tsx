import { useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Steps,
  Typography,
} from 'antd';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import type { ResolutionsResponse } from '../matters/api.ts';
import type { SpendingDetail } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { useMe } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { RefusalAlert, RuleTag } from '../matters/parts.tsx';
import { SittingForm } from '../supervision/SittingForm.tsx';
import { useCommittee } from '../supervision/parts.tsx';
import type { Proposal } from '../supervision/api.ts';
import { HoldCard } from './HoldCard.tsx';
import { SpendingStatusTag } from './parts.tsx';

/** One spending request: its chain with the step the reader may sign, the payment, and the holds. */
export default function SpendingRequestPage() {
  const t = useT();
  const { villageId } = useVillage();
  const { requestId } = useParams();
  const path = `/api/villages/${villageId}/spending/${requestId ?? ''}`;
  const { data: loaded, error: loadError, reload } = useApi<SpendingDetail>(path);
  const [answer, setAnswer] = useState<SpendingDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  // the day the act took place: a clerk enters what was signed on paper on its own day (补录)
  const [on, setOn] = useState<string | null>(null);
  const [holdForm] = Form.useForm<{ reason: string; coProposerIds?: string[] }>();
  const myPersonId = useMe().home?.personId ?? null;
  const data = answer ?? loaded;
  const held = data?.holds.some((h) => h.status === 'adopted') ?? false;
  const resolutions = useApi<ResolutionsResponse>(
    held ? `/api/villages/${villageId}/resolutions` : null,
  );
  // the committee as it serves today, for a sitting form (a hold tabled, or its release by vote)
  const { overview: committee } = useCommittee(
    data && (data.can.proposeHold || data.can.releaseByVote) ? villageId : null,
  );
  /** A motion on a hold tabled, voted or counted: the request as it now stands. */
  const onMotion = () => {
    setAnswer(null);
    reload();
  };
  const holdProposal = async (): Promise<Proposal | null> => {
    try {
      const v = await holdForm.validateFields();
      return {
        kind: 'hold',
        requestId: requestId ?? '',
        reason: v.reason,
        coProposerIds: v.coProposerIds,
      };
    } catch {
      return null;
    }
  };

  /** Sends one act, dated as the page says (today by default); the answer is the request's page as it now stands. */
  const act = (target: string, body: object = {}) => {
    setBusy(true);
    setError(null);
    const url = target.startsWith('holds/')
      ? `/api/villages/${villageId}/spending-holds/${target.slice('holds/'.length)}`
      : `${path}/${target}`;
    const dated = on ? { ...body, on } : body;
    api<{ request: SpendingDetail }>(url, { method: 'POST', body: dated })
      .then((res) => setAnswer(res.request))
      .catch(setError)
      .finally(() => setBusy(false));
  };

  if (loadError && !data)
    return (
      <div className="page">
        <ErrorAlert error={loadError} />
      </div>
    );
  if (!data) return <PageLoading />;
  const r = data.request;
  const releasing = (resolutions.data?.items ?? [])
    .filter(
      (x) =>
        x.validity.valid &&
        (x.meeting.kind === 'representativesMeeting' || x.meeting.kind === 'villagersAssembly'),
    )
    .map((x) => ({ value: x.id, label: `${x.numberText} ${x.title}` }));
  const current = data.chain.findIndex((s) => s.signed === null);
  const sign = data.can.sign;
  // approved but held: the button stays, and the refusal says why in words (SEED002-SUPERVISION)
  const pay =
    data.can.pay ||
    (r.onHold && r.status === 'pending' && r.nextStep === null && data.abilities.manageSpending);
  const mayAct =
    sign !== null ||
    pay ||
    data.can.proposeHold ||
    (data.abilities.superviseSpending &&
      data.holds.some((h) => h.status === 'proposed' || h.status === 'adopted'));

  return (
    <div className="page" data-testid="spending-request-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {t('spending.numberText', { number: r.number })} {r.purpose}
        </Typography.Title>
        <SpendingStatusTag status={r.status} onHold={r.onHold} />
      </Flex>
      <RefusalAlert error={error} testId="spending-refused" />
      {mayAct && r.status === 'pending' && (
        <Flex gap={8} align="center" wrap className="block-gap">
          <label htmlFor="spending-act-on">{t('spending.actOn')}</label>
          <div className="filter-select">
            <DateInput
              id="spending-act-on"
              value={on}
              onChange={setOn}
              notAfterToday
              testId="spending-act-on"
            />
          </div>
          <Typography.Text type="secondary">{t('spending.actOn.hint')}</Typography.Text>
        </Flex>
      )}
      <Card className="block-gap">
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('spending.payee')}>{r.payee}</Descriptions.Item>
          <Descriptions.Item label={t('spending.amount')}>
            <span className="tabular" data-testid="spending-amount-text">
              {r.amount.text}
            </span>
            （人民币{r.amount.capitals}）
          </Descriptions.Item>
          <Descriptions.Item label={t('spending.authority')}>
            {r.resolution ? r.resolution.numberText : t.pick(r.authorityName)}
          </Descriptions.Item>
          {r.scheduledOn && (
            <Descriptions.Item label={t('spending.scheduledOn')}>
              {t.date(r.scheduledOn)}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('spending.expenseAccount')}>
            {r.expenseAccount}
          </Descriptions.Item>
          <Descriptions.Item label={t('spending.paidFromAccount')}>
            {r.paidFromAccount}
          </Descriptions.Item>
        </Descriptions>
        {data.payment && (
          <Typography.Paragraph strong data-testid="spending-paid">
            {t('spending.paid', {
              on: t.date(data.payment.paidOn),
              amount: data.payment.amount.text,
            })}
            {data.payment.voucher
              ? ` · ${t('spending.voucher', { number: data.payment.voucher.number })}`
              : ''}
          </Typography.Paragraph>
        )}
      </Card>

      <Card title={t('spending.chain')} className="block-gap">
        <Steps
          orientation="vertical"
          size="small"
          current={current < 0 ? data.chain.length : current}
          status={r.status === 'refused' ? 'error' : undefined}
          items={data.chain.map((s) => ({
            title: t.pick(s.name),
            description: s.signed
              ? t(
                  s.signed.decision === 'approved'
                    ? 'spending.chain.approved'
                    : 'spending.chain.refused',
                  {
                    by: s.signed.by,
                    on: t.date(s.signed.on),
                  },
                ) + (s.signed.note ? ` · ${s.signed.note}` : '')
              : t('spending.chain.seat', { seat: t.pick(s.seatName) }),
          }))}
        />
        <Space wrap>
          {sign && (
            <>
              <Button
                type="primary"
                loading={busy}
                onClick={() => act(`steps/${sign}/approve`)}
                data-testid="spending-approve"
              >
                {t('spending.approve')}
              </Button>
              <Button danger onClick={() => setRefusing(true)} data-testid="spending-refuse">
                {t('spending.refuse')}
              </Button>
            </>
          )}
          {pay && (
            <Button
              type="primary"
              loading={busy}
              onClick={() => act('payment')}
              data-testid="spending-pay"
            >
              {t('spending.pay')}
            </Button>
          )}
        </Space>
      </Card>

      <Card title={t('spending.holds')} className="block-gap">
        {data.holds.map((h) => (
          <HoldCard
            key={h.id}
            villageId={villageId}
            requestId={r.id}
            hold={h}
            mayAct={data.abilities.superviseSpending}
            busy={busy}
            resolutions={releasing}
            act={act}
            releaseByVote={
              data.can.releaseByVote && committee
                ? { members: committee.members, today: committee.on }
                : null
            }
            onMotion={onMotion}
          />
        ))}
        {data.can.proposeHold && (
          <div data-testid="spending-hold-form">
            <Form form={holdForm} layout="vertical">
              <Typography.Title level={5}>{t('spending.hold.propose')}</Typography.Title>
              <Typography.Paragraph type="secondary">
                {t('spending.hold.proposeHint')}
              </Typography.Paragraph>
              <Form.Item
                name="reason"
                label={t('spending.hold.reason')}
                rules={[{ required: true }]}
              >
                <Input.TextArea
                  maxLength={2000}
                  autoSize={{ minRows: 2 }}
                  data-testid="spending-hold-reason"
                />
              </Form.Item>
              <Form.Item name="coProposerIds" label={t('spending.hold.coProposers')}>
                <Select
                  mode="multiple"
                  data-testid="spending-hold-co-proposers"
                  options={data.supervisors
                    .filter((m) => m.personId !== myPersonId)
                    .map((m) => ({ value: m.personId, label: m.name }))}
                />
              </Form.Item>
            </Form>
            {committee && (
              <SittingForm
                villageId={villageId}
                members={committee.members}
                today={committee.on}
                proposal={holdProposal}
                outer={holdForm}
                onTabled={onMotion}
                submitLabel={t('spending.hold.table')}
                submitTestId="spending-hold-propose"
                danger
              />
            )}
          </div>
        )}
      </Card>

      <Flex gap={4} wrap className="block-gap">
        <Typography.Text type="secondary">{t('spending.rules')}</Typography.Text>
        {data.citations.map((c) => (
          <RuleTag key={c.ruleId} rule={c} />
        ))}
      </Flex>

      <Modal
        open={refusing}
        title={t('spending.refuse')}
        onCancel={() => setRefusing(false)}
        okButtonProps={{ disabled: !reason.trim(), danger: true }}
        onOk={() => {
          setRefusing(false);
          act(`steps/${sign ?? ''}/refuse`, { reason });
        }}
      >
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('spending.refuseReason')}
          maxLength={2000}
          data-testid="spending-refuse-reason"
        />
      </Modal>
    </div>
  );
}
