import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Descriptions, Empty, Flex, Space, Steps, Table, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import type { DisputeDetail, DisputeResponse } from './api.ts';
import { hasMessage, useT, type Translator } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { DisputeStateTag, disputesApi } from './parts.tsx';
import { AgreementCard, ConfirmationCard } from './AgreementCards.tsx';
import { isStepAction, StepModal, type StepAction } from './StepModal.tsx';
import './disputes.css';

/**
 * One dispute: where it stands among the stages of 三调联动, its parties and their consent,
 * mediators, records, agreement and confirmation, and the steps the reader may take now.
 */
export default function DisputePage() {
  const t = useT();
  const { villageId } = useVillage();
  const { disputeId = '' } = useParams();
  const { data, error } = useApi<DisputeResponse>(`${disputesApi(villageId)}/${disputeId}`);
  const [moved, setMoved] = useState<DisputeDetail | null>(null);
  const [step, setStep] = useState<StepAction | null>(null);
  const d = moved ?? data?.dispute;
  if (error && !d)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!d) return <PageLoading />;
  const actions = d.actions.filter(isStepAction);
  return (
    <div className="page" data-testid="dispute-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {d.numberText} {d.subject}
        </Typography.Title>
        <DisputeStateTag state={d.state} />
      </Flex>
      {actions.length > 0 && (
        <Space wrap className="block-gap" data-testid="dispute-actions">
          {actions.map((a) => (
            <Button key={a} onClick={() => setStep(a)} data-testid={`dispute-action-${a}`}>
              {t(`disputes.action.${a}`)}
            </Button>
          ))}
        </Space>
      )}
      <StagesCard d={d} />
      <Card className="block-gap">
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('disputes.origin')}>
            {t(`disputes.origin.${d.origin}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('disputes.category')}>
            {t(`disputes.category.${d.category}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('disputes.receivedOn')}>
            {t.date(d.receivedOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('disputes.acceptedOn')}>
            {d.acceptedOn ? t.date(d.acceptedOn) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('disputes.facts')} span={2}>
            <span className="dispute-text">{d.facts}</span>
          </Descriptions.Item>
          {d.endReason && (
            <Descriptions.Item label={t('disputes.endReason')} span={2}>
              {d.endReason}
            </Descriptions.Item>
          )}
          {d.outcome && (
            <Descriptions.Item label={t('disputes.outcome')} span={2}>
              <span className="dispute-text" data-testid="dispute-outcome">
                {d.outcome}
              </span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <PartiesCard d={d} />
      <Card className="block-gap" title={t('disputes.mediators')} size="small">
        {d.mediators.length ? (
          <span data-testid="dispute-mediators">
            {d.mediators.map((m) => `${m.name}（${t(`disputes.how.${m.how}`)}）`).join('、')}
          </span>
        ) : (
          <Typography.Text type="secondary">{t('disputes.mediators.none')}</Typography.Text>
        )}
      </Card>
      <Card className="block-gap" title={t('disputes.records')} size="small">
        {d.records.length ? (
          d.records.map((r) => (
            <div key={r.seq} className="block-gap" data-testid="dispute-record">
              <Typography.Text strong>
                {t.date(r.heldOn)} · {r.place}
              </Typography.Text>
              <div>
                {t('disputes.record.present')}：{r.present}
              </div>
              <Typography.Paragraph className="dispute-text">{r.content}</Typography.Paragraph>
            </div>
          ))
        ) : (
          <Typography.Text type="secondary">{t('disputes.records.none')}</Typography.Text>
        )}
      </Card>
      {d.agreement && (
        <AgreementCard
          d={d}
          print={
            d.agreement.form === 'written' && (
              <Link to={`/v/${villageId}/disputes/${d.id}/agreement`}>
                <Button icon={<PrinterOutlined />} data-testid="dispute-print">
                  {t('disputes.agreement.print')}
                </Button>
              </Link>
            )
          }
        />
      )}
      {d.confirmation && <ConfirmationCard c={d.confirmation} />}
      {step && (
        <StepModal
          action={step}
          dispute={d}
          villageId={villageId}
          onCancel={() => setStep(null)}
          onDone={(next) => {
            setMoved(next);
            setStep(null);
          }}
        />
      )}
    </div>
  );
}

/** Where the town's inbox has the referral, in the inbox's own words. */
function referralStatus(t: Translator, status: string): string {
  const key = `townInbox.status.${status}`;
  return hasMessage(key) ? t(key) : status;
}

/** 三调联动: each stage with its body, handler, dates and outcome. */
function StagesCard({ d }: { d: DisputeDetail }) {
  const t = useT();
  return (
    <Card
      className="block-gap"
      title={t('disputes.stages')}
      size="small"
      data-testid="dispute-stages"
    >
      <Steps
        orientation="vertical"
        size="small"
        current={d.stages.length - 1}
        items={d.stages.map((s) => ({
          title: `${t(`disputes.stage.${s.stage}`)} · ${s.body}`,
          status: s.endedOn ? 'finish' : 'process',
          description: (
            <div data-testid="dispute-stage">
              <div>
                {t.date(s.startedOn)} — {s.endedOn ? t.date(s.endedOn) : t('disputes.stages.open')}
                {s.handler ? ` · ${s.handler}` : ''}
              </div>
              {s.referral && (
                <div>
                  {t('disputes.stages.referral', { status: referralStatus(t, s.referral.status) })}
                  {s.referral.dueOn ? ` · ${t.date(s.referral.dueOn)}` : ''}
                </div>
              )}
              {s.outcome && <div className="dispute-text">{s.outcome}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}

/** The parties, their answer to mediation and their mark on the agreement. */
function PartiesCard({ d }: { d: DisputeDetail }) {
  const t = useT();
  type Party = DisputeDetail['partyList'][number];
  return (
    <Card className="block-gap" title={t('disputes.parties')} size="small">
      {d.partyList.length === 0 ? (
        <Empty />
      ) : (
        <Table<Party>
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={d.partyList}
          data-testid="dispute-parties"
          columns={[
            { key: 'name', title: t('disputes.form.party'), render: (_, p) => p.name },
            {
              key: 'consent',
              title: t('disputes.consent'),
              render: (_, p) =>
                `${t(`disputes.consent.${p.consent}`)}${p.consentOn ? ` · ${t.date(p.consentOn)}` : ''}`,
            },
            {
              key: 'signed',
              title: t('disputes.signed'),
              render: (_, p) =>
                p.signedOn && p.mark
                  ? `${t(`disputes.mark.${p.mark}`)} · ${t.date(p.signedOn)}`
                  : d.agreement?.form === 'written'
                    ? t('disputes.notSigned')
                    : '',
            },
          ]}
        />
      )}
    </Card>
  );
}
