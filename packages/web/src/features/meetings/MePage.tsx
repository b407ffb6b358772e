import { useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import './phone.css';
import { api, ApiError } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import {
  meetingPath,
  type Choice,
  type MeetingDetail,
  type MeView,
  type MotionView,
  type VoteRecord,
  motionPath,
} from './api.ts';
import { useT, type MessageKey } from '../../i18n/index.tsx';
import { Shell } from '../../app/Shell.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { Button } from '../../light/Button.tsx';
import { Alert, Result } from '../../light/feedback.tsx';
import { TextInput } from '../../light/form.tsx';
import { RadioList } from '../../light/choice.tsx';
import { Icon } from '../../light/icons.tsx';
// refusal.tsx, not parts.tsx: the phone page loads without antd
import { kindName, RefusalAlert, usePolling } from './refusal.tsx';

type CheckInAs = MeView['checkInAs'][number];

/** Someone a phone votes for: its owner, or a principal whose written proxy the owner holds. */
interface Voter {
  principalId: string | null;
  name: string | null;
}

/** What the server recorded for this voice and motion: a choice, 'secret-cast', or nothing yet. */
function recordedVote(me: MeView, motionId: string, principalId: string | null): VoteRecord | null {
  const personId = principalId ?? me.personId;
  if (!personId) return null;
  return me.votesByPerson[motionId]?.[personId] ?? null;
}

const CHOICES: { choice: Choice; label: MessageKey; className: string }[] = [
  { choice: 'yes', label: 'vote.yes', className: 'vote-yes' },
  { choice: 'no', label: 'vote.no', className: 'vote-no' },
  { choice: 'abstain', label: 'vote.abstain', className: 'vote-abstain' },
];

/**
 * The phone at the meeting (reached by scanning the QR code): one task per screen —
 * check in, wait, vote (with a confirmation), voted. Drawn with the light kit (no antd), so a
 * villager's phone loads little.
 */
export default function MePage() {
  return (
    <Shell>
      <MeScreens />
    </Shell>
  );
}

function MeScreens() {
  const t = useT();
  const { villageId = '', meetingId = '' } = useParams();
  const [params] = useSearchParams();
  const path = meetingPath(villageId, meetingId);
  const { data, error, reload } = useApi<MeetingDetail>(path);
  const status = data?.meeting.status;
  usePolling(reload, 3000, status === 'open' || status === 'planned');

  if (error && !data)
    return (
      <div className="phone-page">
        <RefusalAlert error={error} />
        <Button size="large" block onClick={reload}>
          {t('app.retry')}
        </Button>
      </div>
    );
  if (!data) return <PageLoading />;
  const { meeting, me } = data;

  let screen;
  if (meeting.status === 'cancelled') {
    screen = (
      <Result status="warning" title={t('vote.screen.cancelled')} data-testid="me-cancelled" />
    );
  } else if (meeting.status === 'closed') {
    screen = <ClosedScreen detail={data} />;
  } else if (!me.checkedIn) {
    screen = (
      <CheckInScreen
        detail={data}
        path={path}
        initialCode={params.get('code') ?? ''}
        onDone={reload}
      />
    );
  } else {
    screen = <VoteFlow detail={data} villageId={villageId} onChange={reload} />;
  }

  return (
    <div className="phone-page" data-testid="me-page" data-meeting-id={meeting.id}>
      <div className="phone-meeting">
        <div className="phone-meeting-kind">{kindName(t, meeting.kind, meeting.kindName)}</div>
        <h1 className="phone-meeting-title" data-testid="me-meeting-title">
          {meeting.title}
        </h1>
        <div className="phone-meeting-when">
          {t.date(meeting.meetingOn)} {meeting.startsAt} {meeting.place}
        </div>
      </div>
      {screen}
    </div>
  );
}

function CheckInScreen({
  detail,
  path,
  initialCode,
  onDone,
}: {
  detail: MeetingDetail;
  path: string;
  initialCode: string;
  onDone: () => void;
}) {
  const t = useT();
  const [code, setCode] = useState(initialCode);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fromQr = initialCode !== '';
  // a supervisor at the assembly attends as a villager (the server's default) or to supervise
  const options = detail.me.checkInAs;
  const [picked, setPicked] = useState<CheckInAs | null>(null);
  const capacity = picked && options.includes(picked) ? picked : (options[0] ?? null);
  const choosing = options.length > 1;

  const checkIn = async () => {
    setBusy(true);
    setError(null);
    try {
      await api(`${path}/check-in`, {
        method: 'POST',
        body: choosing && capacity ? { code: code.trim(), capacity } : { code: code.trim() },
      });
      onDone();
    } catch (cause) {
      setError(cause);
      if (cause instanceof ApiError && cause.id === 'conflict_stale') onDone();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="phone-screen" data-testid="me-checkin">
      <div className="phone-big-text">{t('vote.screen.checkIn')}</div>
      {!detail.me.eligible && (
        <p className="phone-note" data-testid="me-not-eligible">
          {t('vote.screen.notEligible')}
        </p>
      )}
      {choosing && capacity && (
        <div className="phone-capacity" data-testid="me-capacity" data-capacity={capacity}>
          <div className="phone-capacity-title">{t('vote.checkInAs')}</div>
          <RadioList<CheckInAs>
            name="me-capacity"
            value={capacity}
            onChange={setPicked}
            optionClassName="phone-capacity-option"
            options={options.map((c) => ({
              value: c,
              label: (
                <span data-testid={`me-capacity-${c}`}>
                  {t(
                    c === 'supervisor'
                      ? 'vote.checkInAs.supervisor'
                      : detail.meeting.kind === 'partyMembersMeeting'
                        ? 'vote.checkInAs.member.party'
                        : 'vote.checkInAs.member',
                  )}
                </span>
              ),
            }))}
          />
          <div className="phone-hint" data-testid="me-capacity-hint">
            {t(`vote.checkInAs.${capacity}.hint`)}
          </div>
        </div>
      )}
      {!fromQr && (
        <TextInput
          size="large"
          className="phone-code-input"
          value={code}
          onChange={setCode}
          placeholder={t('vote.code.placeholder')}
          autoCapitalize="off"
          spellCheck={false}
          autoComplete="off"
          data-testid="me-code"
        />
      )}
      <RefusalAlert error={error} testId="me-error" />
      <Button
        kind="primary"
        size="large"
        block
        className="phone-button"
        disabled={!code.trim()}
        loading={busy}
        onClick={() => void checkIn()}
        data-testid="me-checkin-submit"
      >
        {t('vote.checkIn')}
      </Button>
    </div>
  );
}

function VoteFlow({
  detail,
  villageId,
  onChange,
}: {
  detail: MeetingDetail;
  villageId: string;
  onChange: () => void;
}) {
  const t = useT();
  const { meeting, me, motions } = detail;
  const open = motions.find((m) => m.status === 'open') ?? null;
  const mayVote = me.capacity !== 'supervisor' && me.capacity !== 'observer';
  // voices the server said were voted already (another tab or phone): kept here, above the
  // screens, so the message stays on the 已投票 screen that follows instead of vanishing with the form
  const [refused, setRefused] = useState<ReadonlySet<string>>(() => new Set());

  if (meeting.status === 'planned')
    return (
      <Waiting
        testId="me-waiting"
        title={t('vote.screen.checkedIn')}
        hint={t('vote.screen.notStarted')}
      />
    );
  if (!open) {
    const last = motions
      .filter((m) => m.status === 'closed')
      // ISO instants compare as text: localeCompare would load the collator on the phone
      .sort((a, b) => {
        const [x, y] = [a.closedAt ?? '', b.closedAt ?? ''];
        return y > x ? 1 : y < x ? -1 : b.number - a.number;
      })[0];
    return (
      <>
        <Waiting
          testId="me-waiting"
          title={t('vote.screen.checkedIn')}
          hint={t('vote.screen.waiting')}
        />
        {last?.result && <LastResult motion={last} />}
      </>
    );
  }
  if (!mayVote)
    return (
      <Waiting
        testId="me-no-vote"
        title={t('vote.screen.noVote')}
        hint={t(`meetings.capacity.${me.capacity ?? 'observer'}`)}
      />
    );
  if (open.voting === 'showOfHands')
    return (
      <div className="phone-screen" data-testid="me-hands" data-motion-id={open.id}>
        <MotionHeading motion={open} />
        <div className="phone-big-text">{t('vote.screen.hands')}</div>
      </div>
    );

  const voters: Voter[] = [
    { principalId: null, name: null },
    // principals count (and vote) through their holder once the holder is checked in
    ...me.represents
      .filter((p) => p.counted)
      .map((p) => ({ principalId: p.personId, name: p.name })),
  ];
  const voiceKey = (v: Voter) => `${open.id}-${v.principalId ?? 'self'}`;
  const alreadyVoted = voters.filter((v) => refused.has(voiceKey(v)));
  const notice =
    alreadyVoted.length > 0 ? (
      <Alert
        type="info"
        data-testid="already-voted"
        title={alreadyVoted
          .map((v) =>
            v.principalId
              ? t('vote.alreadyVotedFor', { name: v.name ?? '' })
              : t('vote.alreadyVoted'),
          )
          .join(t.lang === 'en' ? '; ' : '；')}
      />
    ) : null;
  const next = voters.find((v) => recordedVote(me, open.id, v.principalId) === null);
  if (next)
    return (
      <VoteScreen
        key={voiceKey(next)}
        motion={open}
        voter={next}
        villageId={villageId}
        notice={notice}
        onAlreadyVoted={() => setRefused((s) => new Set(s).add(voiceKey(next)))}
        onVoted={onChange}
      />
    );
  return <VotedScreen motion={open} me={me} voters={voters} notice={notice} />;
}

function MotionHeading({ motion }: { motion: MotionView }) {
  const t = useT();
  const [showBody, setShowBody] = useState(false);
  return (
    <div className="phone-motion">
      <div className="phone-motion-number">
        {t('meetings.live.voting', { number: motion.number })}
      </div>
      <div className="phone-motion-title" data-testid="me-motion-title">
        {motion.title}
      </div>
      {motion.body && (
        <>
          <Button kind="link" className="phone-link" onClick={() => setShowBody((s) => !s)}>
            {showBody ? t('vote.body.hide') : t('vote.body.show')}
          </Button>
          {showBody && <div className="phone-motion-body pre-wrap">{motion.body}</div>}
        </>
      )}
    </div>
  );
}

function VoteScreen({
  motion,
  voter,
  villageId,
  notice,
  onAlreadyVoted,
  onVoted,
}: {
  motion: MotionView;
  voter: Voter;
  villageId: string;
  /** 您已经投过票了, when the server said so. */
  notice: ReactNode;
  onAlreadyVoted: () => void;
  onVoted: () => void;
}) {
  const t = useT();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const cast = async () => {
    if (!choice) return;
    setBusy(true);
    setError(null);
    try {
      await api(`${motionPath(villageId, motion.id)}/votes`, {
        method: 'POST',
        body: voter.principalId ? { choice, onBehalfOf: voter.principalId } : { choice },
      });
      onVoted();
    } catch (cause) {
      setChoice(null);
      if (cause instanceof ApiError && cause.id === 'already_voted') {
        // said by the flow, on this screen and on 已投票 after it
        onAlreadyVoted();
        onVoted();
      } else {
        setError(cause);
        if (cause instanceof ApiError && cause.status === 409) onVoted();
      }
    } finally {
      setBusy(false);
    }
  };

  const proxyBanner = voter.principalId ? (
    <div className="phone-proxy" data-testid="me-proxy-for">
      {t('vote.forPrincipal', { name: voter.name ?? '' })}
    </div>
  ) : null;

  if (choice) {
    const picked = CHOICES.find((c) => c.choice === choice);
    return (
      <div className="phone-screen" data-testid="me-confirm" data-choice={choice}>
        <MotionHeading motion={motion} />
        {proxyBanner}
        <div className="phone-confirm-text">
          {t('vote.confirm.youChose')}
          <span className={`phone-choice ${picked?.className ?? ''}`}>
            {picked ? t(picked.label) : ''}
          </span>
        </div>
        {motion.voting === 'secret' && <div className="phone-note">{t('vote.secret.note')}</div>}
        {notice}
        <RefusalAlert error={error} testId="me-error" />
        <Button
          kind="primary"
          size="large"
          block
          className="phone-button"
          loading={busy}
          onClick={() => void cast()}
          data-testid="me-vote-confirm"
        >
          {t('vote.confirm')}
        </Button>
        <Button
          size="large"
          block
          className="phone-button"
          disabled={busy}
          onClick={() => setChoice(null)}
          data-testid="me-vote-back"
        >
          {t('vote.back')}
        </Button>
      </div>
    );
  }

  return (
    <div
      className="phone-screen"
      data-testid="me-vote"
      data-motion-id={motion.id}
      data-principal-id={voter.principalId ?? ''}
    >
      <MotionHeading motion={motion} />
      {proxyBanner}
      {motion.voting === 'secret' && (
        <div className="phone-note">
          <Icon name="lockFilled" /> {t('vote.secret.hint')}
        </div>
      )}
      {notice}
      <RefusalAlert error={error} testId="me-error" />
      <div className="vote-buttons">
        {CHOICES.map((c) => (
          <Button
            key={c.choice}
            size="large"
            block
            className={`phone-button vote-button ${c.className}`}
            onClick={() => setChoice(c.choice)}
            data-testid={`me-vote-${c.choice}`}
          >
            {t(c.label)}
          </Button>
        ))}
      </div>
    </div>
  );
}

function VotedScreen({
  motion,
  me,
  voters,
  notice,
}: {
  motion: MotionView;
  me: MeView;
  voters: Voter[];
  notice: ReactNode;
}) {
  const t = useT();
  return (
    <div className="phone-screen" data-testid="me-voted" data-motion-id={motion.id}>
      <MotionHeading motion={motion} />
      <div className="phone-done">
        <Icon name="checkCircle" className="phone-done-icon" />
        <div className="phone-big-text">{t('vote.voted')}</div>
      </div>
      {notice}
      {motion.voting === 'secret' ? (
        <div className="phone-note" data-testid="me-secret-voted">
          {t('vote.secret.cast')}
        </div>
      ) : (
        voters.map((v) => {
          const choice = recordedVote(me, motion.id, v.principalId);
          return (
            <div
              key={v.principalId ?? 'self'}
              className="phone-note"
              data-testid="me-my-choice"
              data-choice={choice ?? ''}
            >
              {v.principalId ? t('vote.choiceFor', { name: v.name ?? '' }) : t('vote.yourChoice')}
              <strong>{choice && choice !== 'secret-cast' ? t(`vote.${choice}`) : '—'}</strong>
            </div>
          );
        })
      )}
      <div className="phone-hint">{t('vote.screen.afterVote')}</div>
    </div>
  );
}

function Waiting({ title, hint, testId }: { title: string; hint: string; testId: string }) {
  return (
    <div className="phone-screen" data-testid={testId}>
      <div className="phone-done">
        <Icon name="clockCircle" className="phone-wait-icon" />
        <div className="phone-big-text">{title}</div>
      </div>
      <div className="phone-hint">{hint}</div>
    </div>
  );
}

function LastResult({ motion }: { motion: MotionView }) {
  const t = useT();
  const result = motion.result;
  if (!result) return null;
  return (
    <div
      className="phone-last"
      data-testid="me-last-result"
      data-passed={result.passed ? 'true' : 'false'}
    >
      <div className="phone-motion-number">
        {t('meetings.live.result', { number: motion.number })}
      </div>
      <div className="phone-motion-title">{motion.title}</div>
      <div className={result.passed ? 'phone-result passed' : 'phone-result failed'}>
        {result.passed ? t('vote.result.passed') : t('vote.result.failed')}
      </div>
      <div className="phone-hint">{result.text}</div>
    </div>
  );
}

function ClosedScreen({ detail }: { detail: MeetingDetail }) {
  const t = useT();
  const { villageId = '' } = useParams();
  const closed = detail.motions
    .filter((m) => m.status === 'closed')
    .sort((a, b) => a.number - b.number);
  return (
    <div className="phone-screen" data-testid="me-closed">
      <div className="phone-big-text">{t('vote.screen.closed')}</div>
      {closed.map((m) => (
        <LastResult key={m.id} motion={m} />
      ))}
      <Link
        to={`/v/${villageId}`}
        className="l-btn l-btn-default l-btn-lg l-btn-block phone-button"
      >
        {t('app.home')}
      </Link>
    </div>
  );
}
