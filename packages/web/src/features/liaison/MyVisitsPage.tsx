import { useState } from 'react';
import { api, type FieldError } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { Button } from '../../light/Button.tsx';
import { Card, Tag } from '../../light/Card.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { toast } from '../../light/feedback.tsx';
import { Switch } from '../../light/choice.tsx';
import { Field, required, useForm } from '../../light/form.tsx';
import { Spinner } from '../../light/Spinner.tsx';
import {
  type LiaisonCategory,
  type LiaisonUrgency,
  type LogVisitInput,
  type OwnVisitsResponse,
  type VisitReceipt,
} from './api.ts';
import { IssueFields, TextArea } from './issueFields.tsx';
import './liaison.css';

type Household = OwnVisitsResponse['households'][number];

/**
 * 走访登记 on the phone of a Party member linked to households, or of a grid chief: the
 * households they visit (overdue first), and a visit logged at the door — with an issue the
 * household raised reported at once as a 民情 case. Photos will be added through the
 * attachments store.
 */
export default function MyVisitsPage() {
  const t = useT();
  const { villageId } = useVillage();
  const base = `/api/villages/${villageId}/liaison`;
  const list = useApi<OwnVisitsResponse>(`${base}/own-visits`);
  const [open, setOpen] = useState<string | null>(null);
  const rows = [...(list.data?.households ?? [])].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue),
  );
  return (
    <div className="page villager-home" data-testid="my-visits-page">
      <h1 className="villager-h1">{t('liaison.visits.title')}</h1>
      <p className="l-secondary">{t('liaison.visits.hint')}</p>
      {!list.data ? (
        <Spinner />
      ) : rows.length === 0 ? (
        <p className="l-secondary">{t('liaison.visits.none')}</p>
      ) : (
        <ul className="liaison-list">
          {rows.map((h) => (
            <li key={h.householdId} className="liaison-item" data-testid="my-visit-household">
              <HouseholdLine h={h} />
              {open === h.householdId ? (
                <VisitForm
                  path={`${base}/visits`}
                  householdId={h.householdId}
                  onDone={(r) => {
                    toast(
                      r.caseNumber
                        ? t('liaison.visits.loggedCase', { number: r.caseNumber })
                        : t('liaison.visits.logged'),
                    );
                    setOpen(null);
                    list.reload();
                  }}
                />
              ) : (
                <Button onClick={() => setOpen(h.householdId)} data-testid="my-visit-open">
                  {t('liaison.visits.log')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function HouseholdLine({ h }: { h: Household }) {
  const t = useT();
  return (
    <div>
      <strong>{h.headName ?? h.householdNumber}</strong>{' '}
      <span className="l-secondary">
        {h.householdNumber} {h.gridName ?? ''}
      </span>{' '}
      <Tag>{t(`liaison.visit.kind.${h.kind}`)}</Tag>
      {h.overdue && <Tag color="red">{t('liaison.overdue')}</Tag>}
      <div className="l-secondary">
        {t('liaison.link.lastVisit')}：{h.lastVisitOn ? t.date(h.lastVisitOn) : '—'}
        {h.visitDueOn && ` · ${t('liaison.link.visitDue')}：${t.date(h.visitDueOn)}`}
      </div>
    </div>
  );
}

function VisitForm({
  path,
  householdId,
  onDone,
}: {
  path: string;
  householdId: string;
  onDone: (r: VisitReceipt) => void;
}) {
  const t = useT();
  const [raise, setRaise] = useState(false);
  const [category, setCategory] = useState<LiaisonCategory>('livelihood');
  const [urgency, setUrgency] = useState<LiaisonUrgency>('normal');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const form = useForm(
    { note: '', subject: '', body: '' },
    {
      note: [required(t('liaison.visits.noteRequired'))],
      subject: raise ? [required(t('liaison.mine.subjectRequired'))] : [],
      body: raise ? [required(t('liaison.mine.bodyRequired'))] : [],
    },
  );
  const note = form.field('note');
  const subject = form.field('subject');
  const body = form.field('body');
  const submit = async () => {
    if (!form.validate()) return;
    setBusy(true);
    setError(null);
    try {
      const v = form.values;
      const input: LogVisitInput = {
        householdId,
        note: v.note,
        ...(raise ? { raise: { category, urgency, subject: v.subject, body: v.body } } : {}),
      };
      onDone(await api<VisitReceipt>(path, { method: 'POST', body: input }));
    } catch (cause) {
      setError(cause);
      setUnmatched(form.applyServerErrors(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card data-testid="my-visit-form">
      <ErrorAlert error={error} unmatched={unmatched} />
      <Field label={t('liaison.visit.note')} id="visit-note" error={note.error}>
        <TextArea id="visit-note" field={note} rows={4} maxLength={2000} testId="my-visit-note" />
      </Field>
      <Field label={t('liaison.visits.raise')} id="visit-raise">
        <Switch
          checked={raise}
          onChange={setRaise}
          aria-label={t('liaison.visits.raise')}
          data-testid="my-visit-raise"
        />
      </Field>
      {raise && (
        <>
          <IssueFields
            idPrefix="my-visit"
            category={category}
            onCategory={setCategory}
            urgency={urgency}
            onUrgency={setUrgency}
            subject={subject}
            body={body}
          />
        </>
      )}
      <Button
        kind="primary"
        size="large"
        block
        loading={busy}
        onClick={() => void submit()}
        data-testid="my-visit-submit"
      >
        {t('liaison.submit')}
      </Button>
    </Card>
  );
}
