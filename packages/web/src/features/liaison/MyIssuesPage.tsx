import { useState } from 'react';
import { api, type FieldError } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { Button } from '../../light/Button.tsx';
import { Card, Tag } from '../../light/Card.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { RadioList, Switch } from '../../light/choice.tsx';
import { Field, required, TextInput, useForm } from '../../light/form.tsx';
import { Spinner } from '../../light/Spinner.tsx';
import {
  type CaseReceipt,
  type LiaisonCategory,
  type LiaisonUrgency,
  type OwnCase,
  type OwnCasesResponse,
  type Rating,
  type RaiseOwnInput,
} from './api.ts';
import { StepList } from './steps.tsx';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.tsx';
import { IssueFields } from './issueFields.tsx';
import './liaison.css';

/**
 * 我要反映, on the villager's phone (light kit, no antd): raise an issue in their name or
 * anonymously (the 查询码 shown once), join one already raised nearby instead of repeating it,
 * follow each with its timeline, and rate the answer within the rating period.
 */
export default function MyIssuesPage() {
  const t = useT();
  const { villageId } = useVillage();
  const base = `/api/villages/${villageId}/liaison`;
  const mine = useApi<OwnCasesResponse>(`${base}/own-cases`);
  const [sent, setSent] = useState<CaseReceipt[]>([]);
  const receipt = sent.at(-1);
  return (
    <div className="page villager-home" data-testid="my-issues-page">
      <h1 className="villager-h1">{t('liaison.mine.title')}</h1>
      <p className="l-secondary">{t('liaison.mine.hint')}</p>
      {receipt && (
        <Card className="block-gap" data-testid="my-issue-receipt">
          <div role="status">
            <p>
              {receipt.mergedInto
                ? t('liaison.mine.receiptMerged', { number: receipt.mergedInto })
                : t('liaison.mine.receipt', { number: receipt.number })}
            </p>
            <p className="liaison-code" data-testid="my-issue-code">
              {receipt.trackingCode}
            </p>
            <p className="l-secondary">{t('liaison.mine.codeHint')}</p>
          </div>
        </Card>
      )}
      <IssueForm
        key={sent.length}
        path={`${base}/own-cases`}
        nearby={mine.data?.openNearby ?? []}
        onSent={(r) => {
          setSent((all) => [...all, r]);
          mine.reload();
        }}
      />
      <Card
        className="block-gap-top"
        title={<h2 className="liaison-h2">{t('liaison.mine.list')}</h2>}
      >
        {!mine.data ? (
          <Spinner />
        ) : mine.data.items.length === 0 ? (
          <p className="l-secondary">{t('liaison.mine.none')}</p>
        ) : (
          <ul className="liaison-list" data-testid="my-issues-list">
            {mine.data.items.map((c) => (
              <OwnItem
                key={c.id}
                c={c}
                rate={`${base}/own-cases/${c.id}/rate`}
                onRated={mine.reload}
                villageId={villageId}
              />
            ))}
          </ul>
        )}
      </Card>
      <Track base={base} />
    </div>
  );
}

/** One issue as its reporter follows it: where it stands, the answer, and the rating buttons. */
export function OwnItem({
  c,
  rate,
  onRated,
  extra,
  villageId,
}: {
  c: OwnCase;
  rate: string;
  onRated: () => void;
  extra?: Record<string, string>;
  /** Photos are shown and added on the reporter's own named issue (not by tracking code). */
  villageId?: string;
}) {
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const send = async (rating: Rating) => {
    setError(null);
    try {
      await api(rate, { method: 'POST', body: { ...extra, rating } });
      onRated();
    } catch (cause) {
      setError(cause);
    }
  };
  const open = ['reported', 'acknowledged', 'handling', 'routed'].includes(c.state);
  return (
    <li className="liaison-item" data-testid="my-issue">
      <div>
        <strong>{c.subject}</strong>{' '}
        <span className="l-secondary">
          {t('liaison.numberText', { number: c.number })} · {t.date(c.reportedOn)}
        </span>
      </div>
      <div>
        <Tag color={open ? (c.overdue ? 'red' : 'blue') : 'green'}>
          {t(`liaison.state.${c.state}`)}
        </Tag>
        {!c.own && <Tag>{t('liaison.mine.follow')}</Tag>}
        {open && (
          <span className="l-secondary">{t('liaison.mine.due', { date: t.date(c.dueOn) })}</span>
        )}
      </div>
      {c.feedback && (
        <div className="liaison-answer" data-testid="my-issue-feedback">
          {c.feedback}
        </div>
      )}
      {c.rating && (
        <p className="l-secondary">
          {t('liaison.mine.rated', { rating: t(`liaison.rating.${c.rating}`) })}
        </p>
      )}
      {c.canRate && c.ratingDueOn && (
        <div className="liaison-rate" data-testid="my-issue-rate">
          <p>{t('liaison.mine.rate', { date: t.date(c.ratingDueOn) })}</p>
          <ErrorAlert error={error} />
          {(['satisfied', 'basicallySatisfied', 'dissatisfied'] as const).map((r) => (
            <Button
              key={r}
              size="large"
              onClick={() => void send(r)}
              data-testid={`my-issue-rate-${r}`}
            >
              {t(`liaison.rating.${r}`)}
            </Button>
          ))}
        </div>
      )}
      <StepList steps={c.steps} />
      {c.own && villageId && (
        <AttachmentsPanel villageId={villageId} ownerKind="liaisonCase" ownerId={c.id} camera />
      )}
    </li>
  );
}

function IssueForm({
  path,
  nearby,
  onSent,
}: {
  path: string;
  nearby: OwnCasesResponse['openNearby'];
  onSent: (receipt: CaseReceipt) => void;
}) {
  const t = useT();
  const [anonymous, setAnonymous] = useState(false);
  const [category, setCategory] = useState<LiaisonCategory>('infrastructure');
  const [urgency, setUrgency] = useState<LiaisonUrgency>('normal');
  const [same, setSame] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const form = useForm(
    { subject: '', body: '' },
    {
      subject: [required(t('liaison.mine.subjectRequired'))],
      body: [required(t('liaison.mine.bodyRequired'))],
    },
  );
  const subject = form.field('subject');
  const body = form.field('body');
  const submit = async () => {
    if (!form.validate()) return;
    setBusy(true);
    setError(null);
    try {
      const input: RaiseOwnInput = {
        ...{ anonymous, category, urgency, subject: form.values.subject, body: form.values.body },
        ...(same ? { sameAsCaseId: same } : {}),
      };
      onSent(await api<CaseReceipt>(path, { method: 'POST', body: input }));
    } catch (cause) {
      setError(cause);
      setUnmatched(form.applyServerErrors(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card data-testid="my-issue-form">
      <ErrorAlert error={error} unmatched={unmatched} />
      {nearby.length > 0 && (
        <Field label={t('liaison.mine.same')} id="issue-same" extra={t('liaison.mine.sameHint')}>
          <RadioList
            name="issue-same"
            value={same}
            onChange={setSame}
            options={[
              { value: '', label: t('liaison.mine.sameNone') },
              ...nearby.map((n) => ({
                value: n.id,
                label: `${t('liaison.numberText', { number: n.number })} ${n.subject}`,
              })),
            ]}
          />
        </Field>
      )}
      <IssueFields
        idPrefix="my-issue"
        category={category}
        onCategory={setCategory}
        urgency={urgency}
        onUrgency={setUrgency}
        subject={subject}
        body={body}
      />
      <Field
        label={t('liaison.mine.anonymous')}
        id="issue-anonymous"
        extra={t('liaison.mine.anonymousHint')}
      >
        <Switch
          checked={anonymous}
          onChange={setAnonymous}
          aria-label={t('liaison.mine.anonymous')}
          data-testid="my-issue-anonymous"
        />
      </Field>
      <Button
        kind="primary"
        size="large"
        block
        loading={busy}
        onClick={() => void submit()}
        data-testid="my-issue-submit"
      >
        {t('liaison.mine.submit')}
      </Button>
    </Card>
  );
}

/** An anonymous report followed, and rated, by its 查询码. */
function Track({ base }: { base: string }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [found, setFound] = useState<OwnCase | null>(null);
  const [error, setError] = useState<unknown>(null);
  const look = async () => {
    setError(null);
    try {
      setFound(
        (await api<{ case: OwnCase }>(`${base}/track`, { method: 'POST', body: { code } })).case,
      );
    } catch (cause) {
      setFound(null);
      setError(cause);
    }
  };
  return (
    <Card
      className="block-gap-top"
      title={<h2 className="liaison-h2">{t('liaison.mine.track')}</h2>}
    >
      <ErrorAlert error={error} />
      <Field label={t('liaison.mine.code')} id="issue-code">
        <TextInput
          id="issue-code"
          value={code}
          onChange={setCode}
          maxLength={20}
          data-testid="my-issue-track-code"
        />
      </Field>
      <Button onClick={() => void look()} data-testid="my-issue-track">
        {t('liaison.mine.trackSubmit')}
      </Button>
      {found && (
        <ul className="liaison-list">
          <OwnItem
            c={found}
            rate={`${base}/track/rate`}
            extra={{ code }}
            onRated={() => void look()}
          />
        </ul>
      )}
    </Card>
  );
}
