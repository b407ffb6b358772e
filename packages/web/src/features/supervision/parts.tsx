import { Button, Flex, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { ApiError, type FieldError } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import {
  supervisionPage,
  supervisionPath,
  type CorrectionState,
  type InspectionSummary,
  type MotionStatus,
  type MotionView,
  type PlanView,
  type ReportStatus,
  type SupervisionOverview,
} from './api.ts';

const MOTION_COLOR: Record<MotionStatus, string> = {
  open: 'processing',
  carried: 'success',
  failed: 'error',
  lapsed: 'default',
};

export function MotionStatusTag({ status }: { status: MotionStatus }) {
  const t = useT();
  return (
    <Tag color={MOTION_COLOR[status]} data-testid="motion-status" data-status={status}>
      {t(`supervision.motion.status.${status}`)}
    </Tag>
  );
}

const CORRECTION_COLOR: Record<CorrectionState, string> = {
  ordered: 'processing',
  overdue: 'red',
  done: 'gold',
  verified: 'success',
};

export function CorrectionStateTag({ state }: { state: CorrectionState }) {
  const t = useT();
  return (
    <Tag color={CORRECTION_COLOR[state]} data-testid="correction-state" data-state={state}>
      {t(`supervision.correction.state.${state}`)}
    </Tag>
  );
}

type InspectionStatus = InspectionSummary['status'];
const INSPECTION_COLOR: Record<InspectionStatus, string> = {
  open: 'processing',
  voting: 'gold',
  concluded: 'default',
};

export function InspectionStatusTag({ inspection }: { inspection: InspectionSummary }) {
  const t = useT();
  return (
    <Tag color={INSPECTION_COLOR[inspection.status]} data-testid="inspection-status">
      {inspection.status === 'concluded' && inspection.outcomeName
        ? t.pick(inspection.outcomeName)
        : t(`supervision.inspection.status.${inspection.status}`)}
    </Tag>
  );
}

const REPORT_COLOR: Record<ReportStatus, string> = {
  draft: 'default',
  voting: 'gold',
  published: 'success',
  rejected: 'error',
};

export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const t = useT();
  return (
    <Tag color={REPORT_COLOR[status]} data-testid="report-status" data-status={status}>
      {t(`supervision.report.status.${status}`)}
    </Tag>
  );
}

type PlanStatus = PlanView['status'];
const PLAN_COLOR: Record<PlanStatus, string> = {
  draft: 'default',
  voting: 'gold',
  adopted: 'success',
  rejected: 'error',
};

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const t = useT();
  return (
    <Tag color={PLAN_COLOR[status]} data-testid="plan-status" data-status={status}>
      {t(`supervision.plan.status.${status}`)}
    </Tag>
  );
}

/** 监督检查第3号, 监督报告第2号. */
export function useNumbered() {
  const t = useT();
  return {
    inspection: (n: number) => t('supervision.inspection.number', { number: n }),
    report: (n: number) => t('supervision.report.number', { number: n }),
  };
}

/** The page a motion is about: the meeting, the inspection, the report, the plan's tab. */
export function MotionSubjectLink({
  villageId,
  motion,
}: {
  villageId: string;
  motion: MotionView;
}) {
  const base = supervisionPage(villageId);
  const p = motion.proposal;
  // a hold's motions name the spending request it stops
  const request = p.kind === 'hold' || p.kind === 'holdRelease' ? p.requestId : '';
  const to = {
    agendaReview: `/v/${villageId}/meetings/${motion.subject.id}`,
    plan: `${base}?tab=plans`,
    inspectionOutcome: `${base}/inspections/${motion.subject.id}`,
    report: `${base}/reports/${motion.subject.id}`,
    hold: `/v/${villageId}/spending/${request}`,
    holdRelease: `/v/${villageId}/spending/${request}`,
  }[motion.kind];
  return (
    <Link to={to} data-testid="motion-subject">
      {motion.subject.label}
    </Link>
  );
}

/**
 * The committee as it serves today (members, chair) and the server's day: what a sitting
 * form needs on pages whose own answer does not carry them (a report, a meeting).
 */
export function useCommittee(villageId: string | null) {
  const { data, error, reload } = useApi<SupervisionOverview>(
    villageId ? supervisionPath(villageId) : null,
  );
  return { overview: data, error, reload };
}

/**
 * A refusal's field errors under `prefix` ("proposal.correction.dueOn" under "proposal"),
 * named as the form that shows them names its fields ("correction.dueOn"); null if none.
 */
export function fieldsUnder(error: unknown, prefix: string): ApiError | null {
  if (!(error instanceof ApiError)) return null;
  const fields: FieldError[] = error.fields
    .filter((f) => f.field.startsWith(`${prefix}.`))
    .map((f) => ({ ...f, field: f.field.slice(prefix.length + 1) }));
  if (fields.length === 0) return null;
  return new ApiError(error.status, error.id, error.message, fields, error.rule);
}

/** Field errors of a refusal outside the given prefixes (shown in the form's alert). */
export function fieldsOutside(error: unknown, prefixes: string[]): FieldError[] {
  if (!(error instanceof ApiError)) return [];
  return error.fields.filter((f) => !prefixes.some((p) => f.field.startsWith(`${p}.`)));
}

/** A tab's "new" button at its top right (开展检查, 起草报告, 拟定年度计划). */
export function NewButton({
  label,
  testId,
  onClick,
}: {
  label: string;
  testId: string;
  onClick: () => void;
}) {
  return (
    <Flex justify="flex-end" className="block-gap">
      <Button type="primary" icon={<PlusOutlined />} onClick={onClick} data-testid={testId}>
        {label}
      </Button>
    </Flex>
  );
}
