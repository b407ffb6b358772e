import { useEffect } from 'react';
import { MEETING_KIND_INFO } from '@cunzhi/core/meetings/meetingKinds';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { citationText, citationWords, isRuleId } from '@cunzhi/core/rules/citations';
import { todayText } from '../matters/noticeText.ts';
import { ApiError } from '../../api/client.ts';
import type { MeetingKind } from './api.ts';
import type { Names } from '../../api/types.ts';
import { useT, type Translator } from '../../i18n/index.tsx';
import { Alert } from '../../light/feedback.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';

// antd-free meeting helpers: the phone page (MePage) draws with them; parts.tsx re-exports them
// for the console, so one refusal looks the same on the phone and at the desk

/** The kind's document name: 村民代表会议. */
export function kindName(t: Translator, kind: MeetingKind, names?: Names): string {
  if (names) return t.pick(names);
  const info = MEETING_KIND_INFO[kind] as { zh: string; en: string } | undefined;
  return info ? t.pick(info) : kind;
}

/**
 * "《中华人民共和国村民委员会组织法》第三十条第二款": as the server cited it, else from
 * core's catalogue in the text of the law in force `on` the act's day. People read the
 * law; the rule's id stays in the data (data-rule-id) for cadres' tooltips.
 */
export function citation(
  t: Translator,
  rule: { ruleId: string; article?: string; source?: string },
  on: string = todayText(),
): string {
  if ((!rule.article || !rule.source) && isRuleId(rule.ruleId))
    return citationText(rule.ruleId, t.lang, on as CalendarDate);
  return rule.source ? citationWords(rule.source, rule.article ?? '', t.lang) : rule.ruleId;
}

/**
 * A server message that ends with its rule ("…（《…》第二十六条）") split into
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
