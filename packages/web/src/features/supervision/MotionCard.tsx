import './supervision.css';
import { useState } from 'react';
import { Alert, Button, Card, Flex, Space, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { RefusalAlert } from '../matters/parts.tsx';
import { supervisionPath, type MotionView, type VoteChoice } from './api.ts';
import { MotionStatusTag, MotionSubjectLink } from './parts.tsx';
import { countText, sittingText } from './text.ts';

const CHOICES: VoteChoice[] = ['yes', 'no', 'abstain'];

interface MotionCardProps {
  villageId: string;
  motion: MotionView;
  /** The motion as the server now has it, after a vote or a count. */
  onChange: (motion: MotionView) => void;
}

/**
 * One motion of the committee: what it is about, how the committee sits for it, where the
 * count stands, the votes by name, and — for a member — the vote buttons or the count
 * once the window has closed.
 */
export function MotionCard({ villageId, motion: m, onChange }: MotionCardProps) {
  const t = useT();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const path = `${supervisionPath(villageId)}/motions/${m.id}`;

  const send = (key: string, url: string, body?: object) => {
    setBusy(key);
    setError(null);
    api<{ motion: MotionView }>(url, { method: 'POST', body: body ?? {} })
      .then((answer) => onChange(answer.motion))
      .catch(setError)
      .finally(() => setBusy(null));
  };

  return (
    <Card
      size="small"
      className="block-gap motion-card"
      data-testid="motion-card"
      data-status={m.status}
      data-kind={m.kind}
      title={
        <Flex gap={8} align="center" wrap>
          <MotionStatusTag status={m.status} />
          <span>{t.pick(m.kindName)}</span>
        </Flex>
      }
      extra={<span className="small-print">{sittingText(t, m)}</span>}
    >
      <Typography.Paragraph>
        <MotionSubjectLink villageId={villageId} motion={m} />
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" className="small-print">
        {t('supervision.motion.tabledBy', { name: m.tabledBy })}
        {m.decidedOn ? ` · ${t('supervision.motion.decidedOn', { on: t.date(m.decidedOn) })}` : ''}
      </Typography.Paragraph>
      <Typography.Paragraph strong data-testid="motion-count">
        {countText(t, m)}
      </Typography.Paragraph>
      {m.votes.length > 0 && (
        <Typography.Paragraph data-testid="motion-votes">
          {CHOICES.map((c) => {
            const names = m.votes.filter((v) => v.choice === c).map((v) => v.name);
            return names.length > 0 ? (
              <span key={c} className="motion-votes-group">
                {t('supervision.motion.votesBy', {
                  choice: t(`supervision.vote.${c}`),
                  names: names.join(t.lang === 'en' ? ', ' : '、'),
                })}
              </span>
            ) : null;
          })}
        </Typography.Paragraph>
      )}
      {m.refusal && m.status !== 'carried' && (
        <Alert type="warning" showIcon title={m.refusal} data-testid="motion-refusal" />
      )}
      <RefusalAlert error={error} testId="motion-error" />
      {(m.canVote || m.canClose) && (
        <MemberActions
          motion={m}
          busy={busy}
          onVote={(c) => send(c, `${path}/votes`, { choice: c })}
          onClose={() => send('close', `${path}/close`)}
        />
      )}
    </Card>
  );
}

/** A member's buttons: 同意 / 反对 / 弃权 (their vote marked) while open, 计票 once the window closed. */
function MemberActions({
  motion: m,
  busy,
  onVote,
  onClose,
}: {
  motion: MotionView;
  busy: string | null;
  onVote: (choice: VoteChoice) => void;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Space wrap className="block-gap-top">
      {m.canVote &&
        CHOICES.map((c) => (
          <Button
            key={c}
            type={m.myVote === c ? 'primary' : 'default'}
            danger={c === 'no' && m.myVote === c}
            loading={busy === c}
            disabled={busy !== null}
            onClick={() => onVote(c)}
            data-testid={`motion-vote-${c}`}
            data-mine={m.myVote === c ? 'true' : 'false'}
          >
            {t(`supervision.vote.${c}`)}
          </Button>
        ))}
      {m.canVote && m.myVote && (
        <Typography.Text type="secondary">
          {t('supervision.motion.myVote', { choice: t(`supervision.vote.${m.myVote}`) })}
        </Typography.Text>
      )}
      {m.canClose && (
        <Button loading={busy === 'close'} onClick={onClose} data-testid="motion-close">
          {t('supervision.motion.close')}
        </Button>
      )}
    </Space>
  );
}

/** Motions, open ones first (they wait for votes), then the decided, newest first. */
export function sortMotions(motions: readonly MotionView[]): MotionView[] {
  return [...motions].sort((a, b) => {
    if ((a.status === 'open') !== (b.status === 'open')) return a.status === 'open' ? -1 : 1;
    return (b.decidedOn ?? b.sitting.heldOn).localeCompare(a.decidedOn ?? a.sitting.heldOn);
  });
}

/** A list of motion cards that keeps each one as the server last answered it. */
export function MotionList({
  villageId,
  motions,
  onChange,
  empty,
}: {
  villageId: string;
  motions: readonly MotionView[];
  onChange: (motion: MotionView) => void;
  empty?: string;
}) {
  if (motions.length === 0)
    return empty ? <Typography.Text type="secondary">{empty}</Typography.Text> : null;
  return (
    <div data-testid="motion-list">
      {sortMotions(motions).map((m) => (
        <MotionCard key={m.id} villageId={villageId} motion={m} onChange={onChange} />
      ))}
    </div>
  );
}
