import './meetings.css';
import { useEffect, useState } from 'react';
import { Alert, Tag } from 'antd';
import { MEETING_KIND_INFO } from '@cunzhi/core/meetings/meetingKinds';
import { CITATIONS, citationText, type RuleId } from '@cunzhi/core/rules/citations';
import { ApiError } from '../../api/client.ts';
import type {
  AgendaReviewStatus,
  Capacity,
  FiguresView,
  FindingView,
  MeetingKind,
  MeetingStatus,
  MotionStatus,
  QuorumView,
  Tally,
  VotingMode,
} from './api.ts';
import type { Names } from '../../api/types.ts';
import { useT, type MessageKey, type Translator } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { profileText } from '../matters/ruleText.ts';

/** The kind's document name: 村民代表会议. */
export function kindName(t: Translator, kind: MeetingKind, names?: Names): string {
  if (names) return t.pick(names);
  const info = MEETING_KIND_INFO[kind] as { zh: string; en: string } | undefined;
  return info ? t.pick(info) : kind;
}

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

/** "VCOL-26-QUORUM，《中华人民共和国村民委员会组织法》第二十六条". */
export function citation(
  t: Translator,
  rule: { ruleId: string; article?: string; source?: string },
): string {
  if (rule.ruleId in CITATIONS) return citationText(rule.ruleId as RuleId, t.lang);
  const where = [rule.source, rule.article].filter(Boolean).join(t.lang === 'en' ? ' ' : '');
  return where ? `${rule.ruleId}${t.lang === 'en' ? ', ' : '，'}${where}` : rule.ruleId;
}

/**
 * A server message that ends with its rule ("…（VCOL-26-QUORUM，《…》第二十六条）") split into
 * what to do and the rule, so the rule can be shown on its own line.
 */
export function splitCitation(
  t: Translator,
  message: string,
  rule: { ruleId: string; article?: string; source?: string },
): { text: string; rule: string } {
  const cite = citation(t, rule);
  for (const suffix of [`（${cite}）`, ` (${cite})`, `(${cite})`]) {
    if (message.endsWith(suffix)) return { text: message.slice(0, -suffix.length), rule: cite };
  }
  return { text: message, rule: cite };
}

/**
 * A refusal. Rule refusals (422 `rule_refused`) are shown prominently with the rule and article:
 * the message says what to do next. 409 `already_voted` says so plainly.
 */
export function RefusalAlert({ error, testId }: { error: unknown; testId?: string }) {
  const t = useT();
  if (!error) return null;
  if (error instanceof ApiError && error.rule) {
    const { text, rule } = splitCitation(t, error.message, error.rule);
    return (
      <Alert
        type="error"
        showIcon
        className="block-gap rule-alert"
        data-testid={testId ?? 'rule-refused'}
        data-rule-id={error.rule.ruleId}
        title={<span className="rule-alert-text">{text}</span>}
        description={t('meetings.rule.cited', { rule })}
      />
    );
  }
  if (error instanceof ApiError && error.id === 'already_voted') {
    return (
      <Alert
        type="info"
        showIcon
        className="block-gap"
        data-testid="already-voted"
        title={t('vote.alreadyVoted')}
      />
    );
  }
  if (error instanceof ApiError && error.fields.length > 0) {
    // the server names each field and says what is wrong with it
    return (
      <Alert
        type="error"
        showIcon
        className="block-gap"
        data-testid={testId ?? 'error-alert'}
        data-error-id={error.id}
        title={error.fields.length === 1 ? error.fields[0]?.message : error.message}
        description={
          error.fields.length > 1 ? (
            <ul className="error-fields">
              {error.fields.map((f) => (
                <li key={f.field}>{f.message}</li>
              ))}
            </ul>
          ) : undefined
        }
      />
    );
  }
  return <ErrorAlert error={error} testId={testId} />;
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
export function QuorumBar({ quorum, big }: { quorum: QuorumView; big?: boolean }) {
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
      <div className="quorum-rule">{citation(t, quorum)}</div>
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

/** Re-runs `tick` every `ms` while the page is visible. */
export function usePolling(tick: () => void, ms: number, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const id = window.setInterval(() => {
      if (document.visibilityState === 'visible') tick();
    }, ms);
    return () => window.clearInterval(id);
  }, [tick, ms, enabled]);
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
