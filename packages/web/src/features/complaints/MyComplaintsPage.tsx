import { useState } from 'react';
import { api, type FieldError } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { Button } from '../../light/Button.tsx';
import { Card, Tag } from '../../light/Card.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Switch } from '../../light/choice.tsx';
import { Field, required, TextInput, useForm } from '../../light/form.tsx';
import { Spinner } from '../../light/Spinner.tsx';
import type {
  CadresResponse,
  ComplaintReceipt,
  FileComplaintInput,
  OwnComplaint,
  OwnComplaintsResponse,
} from './api.ts';
import './complaints.css';

/**
 * 我要投诉, on the villager's phone (light kit, no antd): a complaint to the supervision
 * committee, in their name or anonymously, naming cadres if it is about them (which sends it
 * to the town discipline commission); the 查询码 shown once; and their named complaints with
 * where each stands and its answer.
 */
export default function MyComplaintsPage() {
  const t = useT();
  const { villageId } = useVillage();
  const path = `/api/villages/${villageId}/my-complaints`;
  const mine = useApi<OwnComplaintsResponse>(path);
  // a fresh, untouched form after each complaint sent (its rules show only once typed in)
  const [sent, setSent] = useState<ComplaintReceipt[]>([]);
  const receipt = sent.at(-1);
  return (
    <div className="page villager-home" data-testid="my-complaints-page">
      <h1 className="villager-h1">{t('complaints.mine.title')}</h1>
      <p className="l-secondary">{t('complaints.mine.hint')}</p>
      {receipt && (
        <Card className="block-gap" data-testid="my-complaint-receipt">
          <div role="status">
            <p>{t('complaints.receipt.title', { number: receipt.number })}</p>
            <p className="my-complaints-code" data-testid="my-complaint-code">
              {receipt.trackingCode}
            </p>
            <p className="l-secondary">{t('complaints.mine.codeHint')}</p>
          </div>
        </Card>
      )}
      <ComplaintForm
        key={sent.length}
        path={path}
        villageId={villageId}
        onSent={(r) => {
          setSent((all) => [...all, r]);
          mine.reload();
        }}
      />
      <Card
        className="block-gap-top"
        title={<h2 className="my-complaints-h2">{t('complaints.mine.list')}</h2>}
      >
        {!mine.data ? (
          <Spinner />
        ) : mine.data.items.length === 0 ? (
          <p className="l-secondary">{t('complaints.mine.none')}</p>
        ) : (
          <ul className="my-complaints-list" data-testid="my-complaints-list">
            {mine.data.items.map((c) => (
              <OwnItem key={c.number} c={c} />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function OwnItem({ c }: { c: OwnComplaint }) {
  const t = useT();
  const answer = c.answer ?? c.town?.answer ?? null;
  return (
    <li className="my-complaints-item" data-testid="my-complaint">
      <div>
        <strong>{c.subject}</strong>{' '}
        <span className="l-secondary">
          {t('complaints.numberText', { number: c.number })} · {t.date(c.receivedOn)}
        </span>
      </div>
      <div>
        <Tag
          color={c.status === 'answered' ? 'green' : c.status === 'referred' ? 'orange' : 'blue'}
        >
          {c.town
            ? t('complaints.mine.town', { status: t(`complaints.town.${c.town.status}`) })
            : t(`complaints.status.${c.status}`)}
        </Tag>
        {c.handlerName && <span className="l-secondary">{t.pick(c.handlerName)} </span>}
        {c.status === 'assigned' && c.dueOn && (
          <span className="l-secondary">{t('complaints.mine.due', { date: t.date(c.dueOn) })}</span>
        )}
      </div>
      {answer && (
        <div className="my-complaints-answer" data-testid="my-complaint-answer">
          {answer}
        </div>
      )}
    </li>
  );
}

function ComplaintForm({
  path,
  villageId,
  onSent,
}: {
  path: string;
  villageId: string;
  onSent: (receipt: ComplaintReceipt) => void;
}) {
  const t = useT();
  const [anonymous, setAnonymous] = useState(false);
  const [concerns, setConcerns] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const form = useForm(
    { subject: '', body: '' },
    {
      subject: [required(t('complaints.mine.subjectRequired'))],
      body: [required(t('complaints.mine.bodyRequired'))],
    },
  );
  const subject = form.field('subject');
  const body = form.field('body');

  const submit = async () => {
    if (!form.validate()) return;
    setBusy(true);
    setError(null);
    try {
      const input: FileComplaintInput = {
        anonymous,
        subject: form.values.subject,
        body: form.values.body,
        concernsPersonIds: concerns,
      };
      onSent(await api<ComplaintReceipt>(path, { method: 'POST', body: input }));
    } catch (cause) {
      setError(cause);
      setUnmatched(form.applyServerErrors(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card data-testid="my-complaint-form">
      <ErrorAlert error={error} unmatched={unmatched} />
      <Field label={t('complaints.subject')} id="complaint-subject" error={subject.error}>
        <TextInput
          id="complaint-subject"
          maxLength={100}
          value={subject.value}
          onChange={subject.onChange}
          error={subject.error}
          data-testid="my-complaint-subject"
        />
      </Field>
      <Field label={t('complaints.body')} id="complaint-body" error={body.error}>
        <textarea
          id="complaint-body"
          className={
            body.error ? 'l-input l-input-error my-complaints-text' : 'l-input my-complaints-text'
          }
          rows={5}
          maxLength={4000}
          value={body.value}
          aria-invalid={body.error ? true : undefined}
          onChange={(e) => body.onChange(e.target.value)}
          data-testid="my-complaint-body"
        />
      </Field>
      <Field
        label={t('complaints.concerns')}
        id="complaint-concerns"
        extra={t('complaints.concerns.hint')}
      >
        <CadrePicker villageId={villageId} value={concerns} onChange={setConcerns} />
      </Field>
      <Field
        label={t('complaints.mine.anonymous')}
        id="complaint-anonymous"
        extra={t('complaints.mine.anonymousHint')}
      >
        <div className="my-complaints-switch">
          <Switch
            checked={anonymous}
            onChange={setAnonymous}
            aria-label={t('complaints.mine.anonymous')}
            data-testid="my-complaint-anonymous"
          />
        </div>
      </Field>
      <Button
        kind="primary"
        size="large"
        block
        loading={busy}
        onClick={() => void submit()}
        data-testid="my-complaint-submit"
      >
        {t('complaints.mine.submit')}
      </Button>
    </Card>
  );
}

/** The serving cadres, loaded when the villager opens the list: tick those it is about. */
function CadrePicker({
  villageId,
  value,
  onChange,
}: {
  villageId: string;
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const cadres = useApi<CadresResponse>(
    open ? `/api/villages/${villageId}/complaint-cadres` : null,
  );
  if (!open)
    return (
      <Button onClick={() => setOpen(true)} data-testid="my-complaint-cadres-open">
        {value.length > 0
          ? t('complaints.concerns.chosen', { n: value.length })
          : t('complaints.concerns.choose')}
      </Button>
    );
  if (!cadres.data) return <Spinner small />;
  const needle = q.trim();
  const shown = cadres.data.items.filter((c) => !needle || c.name.includes(needle));
  const toggle = (id: string) =>
    onChange(value.includes(id) ? value.filter((x) => x !== id) : [...value, id]);
  return (
    <>
      <TextInput id="complaint-concerns" value={q} onChange={setQ} placeholder={t('app.search')} />
      <div className="my-complaints-cadres" data-testid="my-complaint-cadres">
        {shown.map((c) => (
          <label key={c.personId} className="my-complaints-cadre">
            <input
              type="checkbox"
              checked={value.includes(c.personId)}
              onChange={() => toggle(c.personId)}
            />
            <span>
              {c.name}{' '}
              <span className="l-secondary">{c.seats.map((s) => t.pick(s)).join('、')}</span>
            </span>
          </label>
        ))}
      </div>
    </>
  );
}
