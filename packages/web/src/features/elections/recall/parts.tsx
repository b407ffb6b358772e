import { useEffect, useState } from 'react';
import { Button, Card, Flex, Steps, Tag, Typography } from 'antd';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { citationText, type RuleId } from '@cunzhi/core/rules/citations';
import { api, ApiError } from '../../../api/client.ts';
import { DateInput } from '../../../components/DateInput.tsx';
import { StepRefusal } from '../parts.tsx';
import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';
import { useIsPhone } from '../../../app/useIsPhone.ts';
import { todayText } from '../../matters/noticeText.ts';
import { useElectedCommittees } from './committees.ts';
import type { ByElectionStage, RecallStage } from './api.ts';

const RECALL_COLOR: Record<RecallStage, string> = {
  collecting: 'gold',
  requested: 'processing',
  replied: 'cyan',
  voted: 'default',
};

export function RecallStageTag({ stage }: { stage: RecallStage }) {
  const t = useT();
  return (
    <Tag color={RECALL_COLOR[stage]} data-testid="recall-stage" data-stage={stage}>
      {t(`recall.stage.${stage}`)}
    </Tag>
  );
}

/** The vote's outcome: recalled (the seat ended) or not; nothing before the vote. */
export function OutcomeTag({ recalled }: { recalled: boolean | null }) {
  const t = useT();
  if (recalled === null) return null;
  return (
    <Tag color={recalled ? 'red' : 'green'} data-testid="recall-outcome" data-recalled={recalled}>
      {t(recalled ? 'recall.recalled' : 'recall.notRecalled')}
    </Tag>
  );
}

const BY_COLOR: Record<ByElectionStage, string> = {
  vacant: 'gold',
  candidatesPublished: 'cyan',
  counted: 'orange',
  certified: 'green',
};

export function ByElectionStageTag({ stage }: { stage: ByElectionStage }) {
  const t = useT();
  return (
    <Tag color={BY_COLOR[stage]} data-testid="by-election-stage" data-stage={stage}>
      {t(`recall.by.stage.${stage}`)}
    </Tag>
  );
}

/**
 * A recall's or a by-election's page as last answered: loaded once, then replaced by each
 * step's answer (every step answers with the whole page).
 */
export function useAnswered<T>(path: string) {
  const loaded = useApi<T>(path);
  const [current, setCurrent] = useState<T | undefined>(undefined);
  useEffect(() => setCurrent(loaded.data), [loaded.data]);
  return { data: current, error: loaded.error, apply: setCurrent };
}

/** One step: POST `<item>/<step>`, answered with the item's page. */
export function sendStep<T>(itemPath: string, step: string, body: unknown): Promise<T> {
  return api<T>(`${itemPath}/${step}`, { method: 'POST', body });
}

/** "《中华人民共和国村民委员会组织法》第十九条第二款": the article in words, by the law of `on`. */
export function useLaw() {
  const t = useT();
  return (ruleId: RuleId, on: string = todayText()) =>
    citationText(ruleId, t.lang, on as CalendarDate);
}

/** The serving members of the two elected committees, for choosing a seat. */
export function useElectedSeats() {
  const t = useT();
  return useElectedCommittees().bodies.flatMap((b) =>
    b.members.map((m) => ({
      value: m.membershipId,
      label: t('recall.member.option', {
        name: m.name,
        body: t.pick(b.kindName),
        role: t.pick(m.roleName),
      }),
    })),
  );
}

/**
 * A step that takes only its day (the request made, a by-election certified): empty is today;
 * a paper act entered later takes its own day. A refusal shows the server's words and article.
 */
export function DatedStep<T>({
  path,
  step,
  label,
  hint,
  testId,
  onDone,
}: {
  path: string;
  step: string;
  label: string;
  hint?: string;
  testId: string;
  onDone: (answer: T) => void;
}) {
  const t = useT();
  const [on, setOn] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await sendStep<T>(path, step, { on: on ?? undefined }));
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid={testId}>
      <StepRefusal
        error={error}
        unmatched={error instanceof ApiError ? error.fields : []}
        testId={`${testId}-refused`}
      />
      <Flex gap={8} align="center" wrap>
        <span>{t('recall.on')}</span>
        <span className="recall-date">
          <DateInput notAfterToday value={on} onChange={setOn} testId={`${testId}-on`} />
        </span>
        <Button
          type="primary"
          loading={busy}
          onClick={() => void send()}
          data-testid={`${testId}-submit`}
        >
          {label}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{hint ?? t('recall.on.hint')}</Typography.Text>
    </div>
  );
}

/** A step of a recall or a by-election: the day it was done, or the day it is due by. */
export interface StepDay {
  key: string;
  title: string;
  done: string | null;
  due?: string | null;
}

/** The steps as a stepper, the first not done being the current one. */
export function StepDays({ steps, testId }: { steps: readonly StepDay[]; testId: string }) {
  const t = useT();
  const isPhone = useIsPhone();
  const current = steps.findIndex((s) => !s.done);
  return (
    <Card className="block-gap" size={isPhone ? 'small' : undefined}>
      <Steps
        data-testid={testId}
        orientation={isPhone ? 'vertical' : 'horizontal'}
        titlePlacement={isPhone ? undefined : 'vertical'}
        size="small"
        current={current === -1 ? steps.length : current}
        items={steps.map((s, i) => ({
          title: s.title,
          status: s.done ? 'finish' : i === current ? 'process' : 'wait',
          content: (
            <span data-step={s.key}>
              {s.done
                ? t.date(s.done)
                : s.due
                  ? t('elections.step.dueBy', { date: t.date(s.due) })
                  : ''}
            </span>
          ),
        }))}
      />
    </Card>
  );
}
