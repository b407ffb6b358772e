import './meetings.css';
import { useEffect, useState } from 'react';
import { Alert, Tag } from 'antd';
import type {
  AgendaReviewStatus,
  Capacity,
  FiguresView,
  FindingView,
  MeetingStatus,
  MotionStatus,
  QuorumView,
  Tally,
  VotingMode,
} from './api.ts';
import { useT, type MessageKey, type Translator } from '../../i18n/index.tsx';
import { profileText } from '../matters/ruleText.ts';
import { citation, kindName, RefusalAlert, splitCitation, usePolling } from './refusal.tsx';

// antd-free, shared with the phone page
export { citation, kindName, RefusalAlert, splitCitation, usePolling };

const STATUS_COLOR: Record<MeetingStatus, string> = {
  planned: 'blue',
  open: 'green',
  closed: 'default',
  cancelled: 'default',
};

export function StatusTag({ status }: { status: MeetingStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="meeting-status" data-status={status}>
      {t(`meetings.status.${status}`)}
    </Tag>
  );
}

const REVIEW_COLOR: Record<AgendaReviewStatus, string> = {
  pending: 'gold',
  approved: 'green',
  returned: 'red',
};

export function ReviewTag({ status }: { status: AgendaReviewStatus }) {
  const t = useT();
  return (
    <Tag color={REVIEW_COLOR[status]} data-testid="agenda-review-status" data-status={status}>
      {t(`meetings.review.${status}`)}
    </Tag>
  );
}

export function motionStatusLabel(t: Translator, status: MotionStatus): string {
  return t(`meetings.motion.status.${status}`);
}

export function votingLabel(t: Translator, voting: VotingMode): string {
  return t(`meetings.voting.${voting}`);
}

export function capacityLabel(t: Translator, capacity: Capacity): string {
  return t(`meetings.capacity.${capacity}`);
}

/** What the rules say about the village's meetings, in one block: each line what is due, then its rule. */
export function FindingsAlert({ findings }: { findings: FindingView[] }) {
  const t = useT();
  if (findings.length === 0) return null;
  const violation = findings.some((f) => f.severity === 'violation');
  return (
    <Alert
      type={violation ? 'error' : 'warning'}
      showIcon
      className="block-gap findings-alert"
      data-testid="meetings-findings"
      title={t('meetings.findings', { count: findings.length })}
      description={
        <ul className="findings">
          {findings.map((f, i) => {
            const { text, rule } = splitCitation(t, f.message, f);
            return (
              <li
                key={`${f.ruleId}-${f.code}-${i}`}
                className={`finding finding-${f.severity}`}
                data-testid="meetings-finding"
                data-rule-id={f.ruleId}
                data-code={f.code}
                data-severity={f.severity}
              >
                <span className="finding-text">{text}</span>
                <span className="finding-rule">{rule}</span>
              </li>
            );
          })}
        </ul>
      }
    />
  );
}

/** One bar: count of base, with the required mark. */
function Bar({
  count,
  base,
  required,
  met,
}: {
  count: number;
  base: number;
  required: number;
  met: boolean;
}) {
  const pct = base > 0 ? Math.min(100, (count / base) * 100) : 0;
  const mark = base > 0 ? Math.min(100, (required / base) * 100) : 0;
  return (
    <div className="quorum-bar" role="presentation">
      <div
        className={met ? 'quorum-fill quorum-met' : 'quorum-fill'}
        style={{ width: `${pct}%` }}
      />
      <div className="quorum-mark" style={{ left: `${mark}%` }} />
    </div>
  );
}

/** Present vs quorum with the rule cited: "到会 21 / 应到 31，须三分之二以上（21 人）✔". */
/** Quorum paths and verdict; the rule cited as the law of the meeting's day (`on`) has it. */
export function QuorumBar({ quorum, on, big }: { quorum: QuorumView; on: string; big?: boolean }) {
  const t = useT();
  return (
    <div
      className={big ? 'quorum quorum-big' : 'quorum'}
      data-testid="quorum"
      data-met={quorum.met ? 'true' : 'false'}
    >
      {quorum.paths.map((p) => (
        <div key={p.basis} className="quorum-path" data-testid="quorum-path" data-basis={p.basis}>
          <div className="quorum-text">
            <span>{p.text}</span>
            <span className={p.met ? 'quorum-tick' : 'quorum-cross'} aria-hidden>
              {p.met ? ' ✔' : ' ✘'}
            </span>
          </div>
          <Bar count={p.count} base={p.base} required={p.required} met={p.met} />
        </div>
      ))}
      <div
        className={quorum.met ? 'quorum-verdict met' : 'quorum-verdict'}
        data-testid="quorum-verdict"
      >
        {quorum.met
          ? t('meetings.quorum.met')
          : t('meetings.quorum.missing', { missing: quorum.missing })}
      </div>
      <div className="quorum-rule" data-testid="quorum-rule">
        {citation(t, quorum, on)}
      </div>
    </div>
  );
}

/**
 * Under the quorum: whether its figures are live (under the rules now) or those recorded when
 * the meeting closed, with the rule profile they were computed under.
 */
export function FiguresNote({
  figures,
  status,
  className,
}: {
  figures: FiguresView;
  status: MeetingStatus;
  className?: string;
}) {
  const t = useT();
  const profile = profileText(t, figures.profile);
  const text =
    figures.basis === 'atClose'
      ? t('meetings.figures.atClose', { date: figures.on ? t.date(figures.on) : '', profile })
      : status === 'closed'
        ? t('meetings.figures.notRecorded')
        : t('meetings.figures.live', { profile });
  return (
    <div
      className={className ?? 'quorum-figures'}
      data-testid="quorum-figures"
      data-basis={figures.basis}
      data-profile-version={figures.profile.version}
    >
      {text}
    </div>
  );
}

const CHOICES: { key: keyof Tally; label: MessageKey }[] = [
  { key: 'yes', label: 'vote.yes' },
  { key: 'no', label: 'vote.no' },
  { key: 'abstain', label: 'vote.abstain' },
];

/** Yes / no / abstain as horizontal bars against the base (attendees). */
export function TallyBars({ tally, base }: { tally: Tally; base: number }) {
  const t = useT();
  const max = Math.max(base, tally.yes + tally.no + tally.abstain, 1);
  return (
    <div className="tally" data-testid="tally">
      {CHOICES.map(({ key, label }) => (
        <div
          key={key}
          className={`tally-row tally-${key}`}
          data-testid={`tally-${key}`}
          data-count={tally[key]}
        >
          <span className="tally-label">{t(label)}</span>
          <div className="tally-track">
            <div className="tally-fill" style={{ width: `${(tally[key] / max) * 100}%` }} />
          </div>
          <span className="tally-count">{t.num(tally[key])}</span>
        </div>
      ))}
    </div>
  );
}

/** The phone check-in address the QR code carries. */
export function checkInUrl(villageId: string, meetingId: string, code: string): string {
  const path = `/v/${villageId}/meetings/${meetingId}/me?code=${encodeURIComponent(code)}`;
  return `${window.location.origin}${path}`;
}

/** A QR code image for `text` (the qrcode package is loaded only where a code is shown). */
export function QrImage({ text, size, testId }: { text: string; size: number; testId?: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode').then((QRCode) =>
      QRCode.toDataURL(text, { width: size, margin: 1, errorCorrectionLevel: 'M' }).then((url) => {
        if (live) setSrc(url);
      }),
    );
    return () => {
      live = false;
    };
  }, [text, size]);
  return (
    <div className="qr" style={{ width: size, height: size }} data-testid={testId} data-url={text}>
      {src ? <img src={src} width={size} height={size} alt={text} /> : null}
    </div>
  );
}
