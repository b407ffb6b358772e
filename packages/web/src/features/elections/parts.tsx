import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Flex, Form, Tag } from 'antd';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT, type Translator } from '../../i18n/index.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { RefusalAlert } from '../matters/parts.tsx';
import type { ResolutionsResponse } from '../matters/api.ts';
import {
  electionPath,
  type ElectionDetail,
  type ElectionStage,
  type FindingView,
  type RollView,
} from './api.ts';

// in the order an election goes through them
const STAGE_COLOR: Record<ElectionStage, string> = {
  new: 'default',
  committeeChosen: 'processing',
  rulesAdopted: 'processing',
  rollPublished: 'processing',
  nominating: 'gold',
  candidatesPublished: 'cyan',
  polling: 'orange',
  counted: 'orange',
  roundScheduled: 'orange',
  certified: 'green',
  handedOver: 'default',
};

export function StageTag({ stage }: { stage: ElectionStage }) {
  const t = useT();
  return (
    <Tag color={STAGE_COLOR[stage]} data-testid="election-stage" data-stage={stage}>
      {t(`elections.stage.${stage}`)}
    </Tag>
  );
}

/** The stages in their order (STAGE_COLOR lists them so): a step is open from its stage on. */
const STAGES = Object.keys(STAGE_COLOR) as ElectionStage[];

/** Whether the election has reached `stage` (or gone past it). */
export function reached(current: ElectionStage, stage: ElectionStage): boolean {
  return STAGES.indexOf(current) >= STAGES.indexOf(stage);
}

/**
 * The election as last answered: loaded once, then replaced by each act's answer (every step
 * answers with the whole page), so a step's result shows without another request.
 */
export function useElection(villageId: string, electionId: string) {
  const loaded = useApi<ElectionDetail>(electionPath(villageId, electionId));
  const [current, setCurrent] = useState<ElectionDetail | undefined>(undefined);
  useEffect(() => setCurrent(loaded.data), [loaded.data]);
  return { data: current, error: loaded.error, apply: setCurrent };
}

/** Sends one step of the election; the answer is the election's page after it. */
export function sendAct<B>(
  villageId: string,
  electionId: string,
  step: string,
  body: B,
): Promise<ElectionDetail> {
  return api<ElectionDetail>(`${electionPath(villageId, electionId)}/${step}`, {
    method: 'POST',
    body,
  });
}

/** The roll as the committee (or, once published, everyone) sees it; `null` loads nothing. */
export function useRoll(villageId: string, electionId: string, load: boolean) {
  return useApi<RollView>(load ? `${electionPath(villageId, electionId)}/roll` : null);
}

/** What a step's act recorded besides itself: warnings, or a breach kept with a late act. */
export function FindingsAlert({ findings }: { findings: readonly FindingView[] }) {
  if (findings.length === 0) return null;
  const violation = findings.some((f) => f.severity === 'violation');
  return (
    <Alert
      type={violation ? 'error' : 'warning'}
      showIcon
      className="block-gap"
      data-testid="election-findings"
      title={
        <ul className="election-findings">
          {findings.map((f) => (
            <li key={`${f.ruleId}-${f.text}`} data-rule-id={f.ruleId}>
              {f.text}
            </li>
          ))}
        </ul>
      }
    />
  );
}

interface ActProps {
  villageId: string;
  electionId: string;
  /** The step's path under the election (`committee/publish`). */
  step: string;
  label: string;
  testId: string;
  onDone: (answer: ElectionDetail) => void;
  /** What the act means, beside the button. */
  hint?: ReactNode;
}

/**
 * A step that takes only its day (publish, file, open): the day left empty is today; a paper
 * act recorded later takes the day it was done. A refusal shows the server's words and article.
 */
export function DatedAct({ villageId, electionId, step, label, testId, onDone, hint }: ActProps) {
  const t = useT();
  const [form] = Form.useForm<{ on?: string | null }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) =>
    onDone(await sendAct(villageId, electionId, step, { on: values.on ?? undefined })),
  );
  return (
    <div className="election-act" data-testid={testId}>
      <StepRefusal error={error} unmatched={unmatched} testId={`${testId}-refused`} />
      <Form form={form} layout="inline" className="election-act-form">
        <Form.Item name="on" label={t('elections.on')} extra={t('elections.on.hint')}>
          <DateInput notAfterToday testId={`${testId}-on`} />
        </Form.Item>
        <Form.Item>
          <Flex gap={8} align="center" wrap>
            <Button
              type="primary"
              loading={busy}
              onClick={() => void submit()}
              data-testid={`${testId}-submit`}
            >
              {label}
            </Button>
            {hint}
          </Flex>
        </Form.Item>
      </Form>
    </div>
  );
}

/** What every section of the election's page gets. */
export interface SectionProps {
  data: ElectionDetail;
  villageId: string;
  electionId: string;
  /** The page after a step: the answer replaces what is shown. */
  onDone: (answer: ElectionDetail) => void;
}

/** A label and a value, in a section's list of facts. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="election-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The village's resolutions to choose from (the one adopting the rules, or accepting a class-3 voter), latest first. */
export function useResolutionOptions(villageId: string, load = true) {
  const t = useT();
  const answer = useApi<ResolutionsResponse>(
    load ? `/api/villages/${villageId}/resolutions` : null,
  );
  return { loading: answer.loading, options: resolutionOptions(t, answer.data) };
}

function resolutionOptions(t: Translator, data: ResolutionsResponse | undefined) {
  return [...(data?.items ?? [])]
    .sort((a, b) => b.adoptedOn.localeCompare(a.adoptedOn))
    .map((r) => ({ value: r.id, label: `${r.numberText} ${r.title}（${t.date(r.adoptedOn)}）` }));
}

/** The day an act was done: empty is today; a paper act recorded later takes its own day. */
export function ActDate({ name, label, testId }: { name: string; label: string; testId?: string }) {
  const t = useT();
  return (
    <Form.Item name={name} label={label} extra={t('elections.on.hint')}>
      <DateInput notAfterToday testId={testId} />
    </Form.Item>
  );
}

/** A form's send button, busy while the server answers. */
export function Submit({
  busy,
  onSubmit,
  testId,
  danger,
  children,
}: {
  busy: boolean;
  onSubmit: () => Promise<void>;
  testId: string;
  danger?: boolean;
  children: ReactNode;
}) {
  return (
    <Button
      type="primary"
      danger={danger}
      loading={busy}
      onClick={() => void onSubmit()}
      data-testid={testId}
    >
      {children}
    </Button>
  );
}

/**
 * A step's refusal: a rule's in the server's words with the article; anything else with the
 * field errors no field of the form could show listed under it.
 */
export function StepRefusal({
  error,
  unmatched,
  testId,
}: {
  error: unknown;
  unmatched: FieldError[];
  testId: string;
}) {
  if (error instanceof ApiError && !error.rule && unmatched.length > 0)
    return <ErrorAlert error={error} unmatched={unmatched} testId={testId} />;
  return <RefusalAlert error={error} testId={testId} />;
}
