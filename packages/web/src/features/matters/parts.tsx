import './matters.css';
import { Alert, Tag, Tooltip, type AlertRef } from 'antd';
import { describeDecision, type DecisionResult } from '@cunzhi/core/meetings/quorum';
import { ApiError, type RuleRef } from '../../api/client.ts';
import type { CitationView, DecisionRecord, MatterStatus, Tier, ValidityView } from './api.ts';
import { forCommunity } from '@cunzhi/core/meetings/meetingKinds';
import { useVillage } from '../../app/villageContext.ts';
import { useT, type Translator } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { todayIso } from '../../components/DateInput.tsx';
import { citationFor, citeText, pickText, whereText } from './text.ts';
import { noticeInForce, noticeVoidText, periodText, todayText } from './noticeText.ts';

// antd-free, shared with the villager's home
export {
  citationFor,
  citeText,
  noticeInForce,
  noticeVoidText,
  periodText,
  pickText,
  todayText,
  whereText,
};

/** A decision tier's name as the village says it (a community's 居民会议, 居民代表会议). */
export function useTierName(): (tier: Tier) => string {
  const t = useT();
  const { data } = useVillage();
  return (tier) => {
    const label = t(`matters.tier.${tier}`);
    return data.village.kind === 'community' ? forCommunity(label) : label;
  };
}

/**
 * The rule as a tag in words (《村民委员会组织法》第三十条第二款); hovering (or
 * long-pressing) shows the full title and, for the cadre, the rule's id.
 */
export function RuleTag({ rule }: { rule: CitationView | RuleRef | string }) {
  const t = useT();
  const ref = typeof rule === 'string' ? (citationFor(rule, todayIso()) ?? { ruleId: rule }) : rule;
  const force = 'force' in ref ? ref.force : undefined;
  return (
    <Tooltip
      title={`${whereText(t, ref)}${t.lang === 'en' ? ` (${ref.ruleId})` : `（${ref.ruleId}）`}`}
    >
      <Tag
        className="rule-tag"
        color={force === 'statute' ? 'red' : force === 'policy' ? 'orange' : 'blue'}
        data-testid="rule-tag"
        data-rule-id={ref.ruleId}
      >
        {whereText(t, ref, { short: true }) || ref.ruleId}
      </Tag>
    </Tooltip>
  );
}

/**
 * A refusal from the server. Rule refusals (422 `rule_refused`) are shown
 * prominently with the rule and article; the message says what to do next.
 */
export function RefusalAlert({
  error,
  testId,
  rule,
}: {
  error: unknown;
  testId?: string;
  /** The rule a 422 refusal without its own rule id is about (a charter override). */
  rule?: CitationView;
}) {
  const t = useT();
  if (!error) return null;
  const cited =
    error instanceof ApiError ? (error.rule ?? (error.status === 422 && rule ? rule : null)) : null;
  if (error instanceof ApiError && cited) {
    return (
      <Alert
        ref={scrollIntoView}
        type="error"
        showIcon
        className="block-gap rule-refusal"
        data-testid={testId ?? 'rule-refused'}
        data-rule-id={cited.ruleId}
        title={withoutCitation(error.message, citeText(t, cited))}
        description={t('matters.rule.refusedBy', { rule: citeText(t, cited) })}
      />
    );
  }
  return <ErrorAlert error={error} testId={testId ?? 'form-error'} />;
}

/** Brings a refusal into view (on a phone the form's button may be far below it). */
function scrollIntoView(alert: AlertRef | null) {
  alert?.nativeElement?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
}

/**
 * The server words a refusal as "message（source article）"; the alert shows
 * the rule on its own line, so the message is shown without it.
 */
export function withoutCitation(message: string, cite: string): string {
  for (const suffix of [`（${cite}）`, ` (${cite})`, `(${cite})`]) {
    if (message.endsWith(suffix)) return message.slice(0, -suffix.length).trimEnd();
  }
  return message;
}

const STATUS_COLOR: Record<MatterStatus, string> = {
  open: 'processing',
  decided: 'green',
  implemented: 'default',
  withdrawn: 'default',
};

export function MatterStatusTag({ status }: { status: MatterStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="matter-status" data-status={status}>
      {t(`matters.status.${status}`)}
    </Tag>
  );
}

/** 有效 / 已撤销 / 会议无效 — the last two in red. */
export function ValidityTag({ validity }: { validity: ValidityView }) {
  const t = useT();
  if (validity.revoked)
    return (
      <Tag color="red" data-testid="resolution-validity" data-valid="false">
        {validity.revoked.on
          ? t('matters.resolution.revokedOn', { date: t.date(validity.revoked.on) })
          : t('matters.resolution.revoked')}
      </Tag>
    );
  if (validity.invalidReason)
    return (
      <Tag color="red" data-testid="resolution-validity" data-valid="false">
        {t('matters.resolution.invalid')}
      </Tag>
    );
  return (
    <Tag color="green" data-testid="resolution-validity" data-valid="true">
      {t('matters.resolution.valid')}
    </Tag>
  );
}

/** The resolution's problems as a red alert (revoked, or made at a meeting found invalid). */
export function ValidityAlert({ validity }: { validity: ValidityView }) {
  const t = useT();
  if (validity.valid) return null;
  return (
    <Alert
      type="error"
      showIcon
      className="block-gap"
      data-testid="resolution-invalid"
      title={
        validity.revoked
          ? validity.revoked.on
            ? t('matters.resolution.revokedOn', { date: t.date(validity.revoked.on) })
            : t('matters.resolution.revoked')
          : t('matters.resolution.invalid')
      }
      description={
        validity.invalidReason
          ? t('matters.resolution.invalidReason', { reason: validity.invalidReason })
          : validity.revoked
            ? t('matters.resolution.revoked.hint')
            : undefined
      }
    />
  );
}

function isDecisionResult(d: DecisionRecord): d is DecisionRecord & DecisionResult {
  return (
    typeof d.passed === 'boolean' &&
    typeof d.ruleId === 'string' &&
    typeof d.base === 'string' &&
    typeof d.baseCount === 'number' &&
    typeof d.required === 'number' &&
    typeof d.yes === 'number' &&
    typeof d.wording === 'object'
  );
}

/** The decision record itself, wherever the server nests it. */
export function decisionOf(d: DecisionRecord | null | undefined): DecisionRecord | null {
  if (!d) return null;
  if (isDecisionResult(d)) return d;
  if (d.decision && typeof d.decision === 'object') return decisionOf(d.decision);
  return d;
}

/** "赞成 15 票，须获到会人员 20 人的过半数赞成（11 票）：通过", or null when the record lacks the figures. */
export function decisionText(t: Translator, d: DecisionRecord | null | undefined): string | null {
  const inner = decisionOf(d);
  if (!inner) return null;
  if (isDecisionResult(inner)) return describeDecision(inner, t.lang);
  return inner.text ? pickText(t, inner.text) : null;
}
