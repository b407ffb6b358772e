import '../meetings/phone.css';
import './supervision.css';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { PageLoading } from '../../components/PageLoading.tsx';
import { Button } from '../../light/Button.tsx';
import { Card, Tag } from '../../light/Card.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { toast } from '../../light/feedback.tsx';
// refusal.tsx, not parts.tsx: this page loads without antd
import { RefusalAlert } from '../meetings/refusal.tsx';
import {
  supervisionPage,
  supervisionPath,
  type MotionView,
  type SupervisionInbox,
  type VoteChoice,
} from './api.ts';
import { countText, sittingText } from './text.ts';
import { PhoneFindingForm } from './PhoneFinding.tsx';

const CHOICES: VoteChoice[] = ['yes', 'no', 'abstain'];

/**
 * A supervision member's phone: the motions awaiting their vote (big buttons), the
 * inspections they are assigned to, corrections past their deadline, and the complaints
 * station's work (to classify, or the committee's own to answer). Drawn with the
 * light kit: a village phone loads no antd.
 */
export default function SupervisionInboxPage() {
  const t = useT();
  const { villageId } = useVillage();
  const { data, error, reload } = useApi<SupervisionInbox>(`${supervisionPath(villageId)}/inbox`);
  if (error && !data)
    return (
      <div className="phone-page">
        <ErrorAlert error={error} />
        <Button size="large" block onClick={reload}>
          {t('app.retry')}
        </Button>
      </div>
    );
  if (!data) return <PageLoading />;
  const base = supervisionPage(villageId);

  return (
    <div className="phone-page supervision-inbox" data-testid="supervision-inbox">
      <div className="phone-meeting">
        <div className="phone-meeting-kind">{t('supervision.menu')}</div>
        <h1 className="phone-meeting-title">{t('supervision.inbox.title')}</h1>
        <div className="phone-meeting-when">{t.date(data.on)}</div>
      </div>

      <h2 className="inbox-h2">{t('supervision.inbox.toVote', { count: data.toVote.length })}</h2>
      {data.toVote.length === 0 && (
        <p className="phone-hint">{t('supervision.inbox.toVote.none')}</p>
      )}
      {data.toVote.map((m) => (
        <VoteCard key={m.id} villageId={villageId} motion={m} onVoted={reload} />
      ))}

      <h2 className="inbox-h2">{t('supervision.inbox.inspections')}</h2>
      {data.inspections.length === 0 && (
        <p className="phone-hint">{t('supervision.inbox.inspections.none')}</p>
      )}
      {data.inspections.map((i) => (
        <Card key={i.id} size="small" className="inbox-card" data-testid="inbox-inspection">
          <Link to={`${base}/inspections/${i.id}`} className="inbox-link">
            {t('supervision.inspection.number', { number: i.number })} {i.title}
          </Link>
          <div className="l-secondary">
            {t.pick(i.subjectName)}
            {i.subjectRef ? ` · ${i.subjectRef}` : ''} ·{' '}
            {t('supervision.inbox.findings', { count: i.findings })}
          </div>
          {i.status === 'open' && (
            <PhoneFindingForm villageId={villageId} inspectionId={i.id} onSaved={reload} />
          )}
        </Card>
      ))}

      {data.overdue.length > 0 && (
        <>
          <h2 className="inbox-h2">{t('supervision.inbox.overdue')}</h2>
          {data.overdue.map((c) => (
            <Card key={c.id} size="small" className="inbox-card" data-testid="inbox-overdue">
              <Tag color="red">{t('supervision.correction.state.overdue')}</Tag>{' '}
              {t.pick(c.addresseeName)} ·{' '}
              {t('supervision.correction.dueOn', { on: t.date(c.dueOn) })}
              <p className="inbox-what">{c.what}</p>
              <Link to={`${base}/inspections/${c.inspectionId}`}>{c.inspectionTitle}</Link>
            </Card>
          ))}
        </>
      )}

      {data.complaints.length > 0 && (
        <>
          <h2 className="inbox-h2">
            {t('supervision.inbox.complaints', { count: data.complaints.length })}
          </h2>
          {data.complaints.map((c) => (
            <Card key={c.id} size="small" className="inbox-card" data-testid="inbox-complaint">
              <Tag color={c.status === 'received' ? 'orange' : 'blue'}>
                {t(`supervision.inbox.complaint.${c.status}`)}
              </Tag>{' '}
              <Link to={`/v/${villageId}/complaints/${c.id}`} className="inbox-link">
                {t('supervision.inbox.complaint.number', { number: c.number })} {c.subject}
              </Link>
              {c.dueOn && (
                <div className="l-secondary">
                  {t('supervision.correction.dueOn', { on: t.date(c.dueOn) })}
                </div>
              )}
            </Card>
          ))}
        </>
      )}

      <p className="phone-hint">
        <Link to={base}>{t('supervision.inbox.console')}</Link>
      </p>
    </div>
  );
}

/** One motion with the member's three big buttons; their vote stays highlighted until the window closes. */
function VoteCard({
  villageId,
  motion,
  onVoted,
}: {
  villageId: string;
  motion: MotionView;
  onVoted: () => void;
}) {
  const t = useT();
  const [busy, setBusy] = useState<VoteChoice | null>(null);
  const [error, setError] = useState<unknown>(null);
  const vote = (choice: VoteChoice) => {
    setBusy(choice);
    setError(null);
    api<{ motion: MotionView }>(`${supervisionPath(villageId)}/motions/${motion.id}/votes`, {
      method: 'POST',
      body: { choice },
    })
      .then((res) => {
        toast(
          res.motion.status === 'open'
            ? t('supervision.inbox.voted', { choice: t(`supervision.vote.${choice}`) })
            : t(`supervision.motion.status.${res.motion.status}`),
        );
        onVoted();
      })
      .catch(setError)
      .finally(() => setBusy(null));
  };
  return (
    <Card
      className="inbox-card"
      data-testid="motion-card"
      data-status={motion.status}
      data-kind={motion.kind}
    >
      <div className="phone-motion-number">{t.pick(motion.kindName)}</div>
      <div className="phone-motion-title">{motion.subject.label}</div>
      <div className="l-secondary">{sittingText(t, motion)}</div>
      <p className="phone-note">{countText(t, motion)}</p>
      {motion.myVote && (
        <div className="phone-confirm-text" data-testid="inbox-my-vote">
          {t('supervision.inbox.myVote')}
          <span className={`phone-choice vote-${motion.myVote}`}>
            {t(`supervision.vote.${motion.myVote}`)}
          </span>
        </div>
      )}
      <RefusalAlert error={error} testId="inbox-error" />
      <div className="vote-buttons">
        {CHOICES.map((c) => (
          <Button
            key={c}
            kind="primary"
            size="large"
            block
            className={`vote-button vote-${c}${motion.myVote && motion.myVote !== c ? ' vote-other' : ''}`}
            loading={busy === c}
            disabled={busy !== null}
            onClick={() => vote(c)}
            data-testid={`motion-vote-${c}`}
            data-mine={motion.myVote === c ? 'true' : 'false'}
          >
            {t(`supervision.vote.${c}`)}
          </Button>
        ))}
      </div>
    </Card>
  );
}
