import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Descriptions, Flex, Form, Input, Space, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import type { ReferralDetail, ReferralResponse } from './api.ts';
import { RevealButton } from '../complaints/parts.tsx';
import { useT } from '../../i18n/index.tsx';
import { Shell } from '../../app/Shell.tsx';
import { useMe } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { townNav } from './nav.tsx';
import { ReferralStatusTag } from './TownInboxPage.tsx';

/** One referral at the town: what the village reported, whom it names, and the steps 受理 → 办理 → 答复 → 办结. */
export default function ReferralPage() {
  const t = useT();
  const me = useMe();
  const { villageId = '', referralId = '' } = useParams();
  const path = `/api/town/referrals/${villageId}/${referralId}`;
  const { data: loaded, error: loadError } = useApi<ReferralResponse>(path);
  const [current, setCurrent] = useState<ReferralDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const r = current ?? loaded?.referral;
  const step = (verb: 'accept' | 'handle' | 'close') => {
    setBusy(true);
    setError(null);
    api<ReferralResponse>(`${path}/${verb}`, { method: 'POST' })
      .then((res) => setCurrent(res.referral))
      .catch(setError)
      .finally(() => setBusy(false));
  };
  let content;
  if (!r) content = loadError ? <ErrorAlert error={loadError} /> : <PageLoading />;
  else
    content = (
      <>
        <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
          <Typography.Title level={1} className="no-margin page-title">
            {r.subject}
          </Typography.Title>
          <ReferralStatusTag status={r.status} />
        </Flex>
        <ErrorAlert error={error} />
        <Card className="block-gap">
          <Descriptions column={{ xs: 1, sm: 2 }} size="small">
            <Descriptions.Item label={t('townInbox.village')}>
              {r.townName} · {r.villageName}
            </Descriptions.Item>
            <Descriptions.Item label={t('townInbox.addressee')}>
              {t(`townInbox.addressee.${r.addressee}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('townInbox.source')}>
              {t(`townInbox.source.${r.sourceKind}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('townInbox.filedOn')}>
              {t.date(r.filedOn)}（{t('townInbox.ageDays', { days: r.ageDays })}）
            </Descriptions.Item>
            {r.complaint && (
              <Descriptions.Item label={t('townInbox.complaint')} span={2}>
                {t('townInbox.complaintFacts', {
                  number: r.complaint.number,
                  date: t.date(r.complaint.receivedOn),
                  channel: t(`complaints.channel.${r.complaint.channel as 'phone'}`),
                  who: r.complaint.anonymous ? t('complaints.anonymous') : t('complaints.named'),
                })}
                {!r.complaint.anonymous && (
                  <RevealButton path={`${path}/complainant`} testId="referral-reveal" />
                )}
              </Descriptions.Item>
            )}
            {r.concerns.length > 0 && (
              <Descriptions.Item label={t('townInbox.concerns')} span={2}>
                <span data-testid="referral-concerns">
                  {r.concerns
                    .map(
                      (c) =>
                        `${c.name}${c.seats.length ? `（${c.seats.map((s) => t.pick(s)).join('、')}）` : ''}`,
                    )
                    .join('；')}
                </span>
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={2} className="section-title">
            {t('townInbox.summary')}
          </Typography.Title>
          <Typography.Paragraph className="pre-wrap" data-testid="referral-summary">
            {r.summary}
          </Typography.Paragraph>
          <Space wrap>
            {r.status === 'filed' && (
              <Button
                type="primary"
                loading={busy}
                onClick={() => step('accept')}
                data-testid="referral-accept"
              >
                {t('townInbox.accept')}
              </Button>
            )}
            {r.status === 'accepted' && (
              <Button loading={busy} onClick={() => step('handle')} data-testid="referral-handle">
                {t('townInbox.handle')}
              </Button>
            )}
            {r.status === 'answered' && (
              <Button
                type="primary"
                loading={busy}
                onClick={() => step('close')}
                data-testid="referral-close"
              >
                {t('townInbox.close')}
              </Button>
            )}
          </Space>
        </Card>
        <Card title={t('townInbox.answer')} className="block-gap">
          {r.answer && (
            <Typography.Paragraph className="pre-wrap" data-testid="referral-answer">
              {r.answer}
            </Typography.Paragraph>
          )}
          {(r.status === 'accepted' || r.status === 'handling' || r.status === 'answered') && (
            <AnswerForm path={`${path}/answer`} initial={r.answer ?? ''} onAnswered={setCurrent} />
          )}
        </Card>
        <Link to="/town/inbox">{t('townInbox.back')}</Link>
      </>
    );
  return (
    <Shell nav={townNav(t, me.staffUnits)} selectedKey="inbox">
      <div className="page" data-testid="referral-page">
        {content}
      </div>
    </Shell>
  );
}

function AnswerForm({
  path,
  initial,
  onAnswered,
}: {
  path: string;
  initial: string;
  onAnswered: (r: ReferralDetail) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ answer: string }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const res = await api<ReferralResponse>(path, { method: 'POST', body: values });
    onAnswered(res.referral);
  });
  return (
    <Form form={form} layout="vertical" initialValues={{ answer: initial }}>
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form.Item name="answer" rules={[{ required: true }]} extra={t('townInbox.answer.hint')}>
        <Input.TextArea
          maxLength={4000}
          autoSize={{ minRows: 3 }}
          data-testid="referral-answer-text"
        />
      </Form.Item>
      <Button
        type="primary"
        loading={busy}
        onClick={() => void submit()}
        data-testid="referral-answer-submit"
      >
        {t('townInbox.answer.submit')}
      </Button>
    </Form>
  );
}
