import { useEffect, useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { Button, Result } from 'antd';
import { useApi } from '../../api/useApi.ts';
import { meetingPath, type MeetingDetail, type MotionView } from './api.ts';
import type { VillageFrame } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { FullscreenButton } from '../../components/FullscreenButton.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { errorText } from '../../components/errors.tsx';
import {
  checkInUrl,
  citation,
  FiguresNote,
  kindName,
  QrImage,
  QuorumBar,
  TallyBars,
  usePolling,
} from './parts.tsx';

/** The projector: readable from the back of the room, refreshed every 2 seconds. */
export default function LivePage() {
  const t = useT();
  const { villageId = '', meetingId = '' } = useParams();
  const { data, error, reload } = useApi<MeetingDetail>(meetingPath(villageId, meetingId));
  const village = useApi<VillageFrame>(`/api/villages/${villageId}/frame`);
  usePolling(
    reload,
    2000,
    data?.meeting.status !== 'closed' && data?.meeting.status !== 'cancelled',
  );

  useEffect(() => {
    document.body.classList.add('projector-body');
    return () => document.body.classList.remove('projector-body');
  }, []);

  const { current, last } = useMemo(() => {
    const motions = data?.motions ?? [];
    const open = motions.find((m) => m.status === 'open') ?? null;
    const closed = motions
      .filter((m) => m.status === 'closed')
      .sort((a, b) => (b.closedAt ?? '').localeCompare(a.closedAt ?? '') || b.number - a.number);
    return { current: open, last: closed[0] ?? null };
  }, [data]);

  if (error && !data)
    return (
      <Result
        status="warning"
        title={errorText(t, error)}
        extra={<Button onClick={reload}>{t('app.retry')}</Button>}
      />
    );
  if (!data) return <PageLoading />;
  const { meeting, quorum } = data;
  const villageName = village.data?.village.name ?? '';
  const code = meeting.checkInCode;
  const checkingIn = !!code && (meeting.status === 'planned' || meeting.status === 'open');
  // before the first vote the code fills the screen; afterwards it sits in the corner for latecomers
  const bigQr = checkingIn && !current && !last;

  return (
    <div className="projector" data-testid="live-page" data-status={meeting.status}>
      <header className={checkingIn && !bigQr ? 'projector-head with-qr' : 'projector-head'}>
        <div className="projector-village">
          {villageName} · {kindName(t, meeting.kind, meeting.kindName)}
          {error && <span className="projector-offline"> · {t('meetings.live.offline')}</span>}
        </div>
        <h1 className="projector-title" data-testid="live-title">
          {meeting.title}
        </h1>
        <div className="projector-when">
          {t.date(meeting.meetingOn)} {meeting.startsAt} {meeting.place}
          <span className="projector-state"> · {t(`meetings.status.${meeting.status}`)}</span>
        </div>
        {checkingIn && !bigQr && (
          <div className="projector-corner-qr" data-testid="live-qr-small">
            <QrImage text={checkInUrl(villageId, meeting.id, code)} size={120} />
            <div>{t('meetings.live.scanShort')}</div>
          </div>
        )}
        <FullscreenButton />
      </header>

      <section className="projector-quorum">
        <QuorumBar quorum={quorum} on={meeting.meetingOn} big />
        {/* a closed meeting shows the figures it was decided on, and says so */}
        {meeting.status === 'closed' && (
          <FiguresNote figures={data.figures} status={meeting.status} />
        )}
      </section>

      <section className="projector-main">
        {current ? (
          <LiveMotion motion={current} base={data.presence.present} />
        ) : last ? (
          <LiveResult motion={last} base={data.presence.present} on={meeting.meetingOn} />
        ) : meeting.status === 'closed' ? (
          <div className="projector-message">{t('meetings.live.closed')}</div>
        ) : null}
        {bigQr && (
          <div className="projector-qr" data-testid="live-qr">
            <QrImage text={checkInUrl(villageId, meeting.id, code)} size={260} />
            <div>
              <div className="projector-qr-title">{t('meetings.live.scan')}</div>
              <div className="projector-qr-code">
                {t('checkin.code')}
                <strong>{code}</strong>
              </div>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}

function LiveMotion({ motion: m, base }: { motion: MotionView; base: number }) {
  const t = useT();
  return (
    <div className="projector-motion" data-testid="live-motion" data-motion-id={m.id}>
      <div className="projector-label">
        {t('meetings.live.voting', { number: m.number })} · {t(`meetings.voting.${m.voting}`)}
      </div>
      <div className="projector-motion-title">{m.title}</div>
      {m.voting === 'showOfHands' ? (
        <div className="projector-message">{t('meetings.live.hands')}</div>
      ) : m.voting === 'electronic' && m.tally ? (
        // a named vote whose running count the server publishes
        <TallyBars tally={m.tally} base={base} />
      ) : (
        <div className="projector-ballots" data-testid="live-ballots" data-count={m.ballots}>
          <div className="projector-ballots-count">
            {t('vote.ballotsCast', { count: m.ballots, base })}
          </div>
          <div className="quorum-bar">
            <div
              className="quorum-fill quorum-met"
              style={{ width: `${base > 0 ? Math.min(100, (m.ballots / base) * 100) : 0}%` }}
            />
          </div>
          <div className="projector-note">
            {t(m.voting === 'secret' ? 'meetings.live.secret' : 'meetings.live.named')}
          </div>
        </div>
      )}
    </div>
  );
}

function LiveResult({ motion: m, base, on }: { motion: MotionView; base: number; on: string }) {
  const t = useT();
  const result = m.result;
  return (
    <div
      className="projector-motion"
      data-testid="live-result"
      data-motion-id={m.id}
      data-passed={result?.passed ? 'true' : 'false'}
    >
      <div className="projector-label">{t('meetings.live.result', { number: m.number })}</div>
      <div className="projector-motion-title">{m.title}</div>
      <div className="projector-result-grid">
        <div>{m.tally && <TallyBars tally={m.tally} base={result?.baseCount ?? base} />}</div>
        {result && (
          <div className="projector-result-side">
            <div
              className={result.passed ? 'projector-verdict passed' : 'projector-verdict failed'}
            >
              {result.passed ? t('vote.result.passed') : t('vote.result.failed')}
            </div>
            <div className="projector-decision">{result.text}</div>
            <div className="projector-rule">{citation(t, result, on)}</div>
            {m.resolution && (
              <div className="projector-rule">
                {t('meetings.motion.resolution', { label: m.resolution.label })}
              </div>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
