import { Collapse, Empty, Tag, Typography } from 'antd';
import { ADMISSION_LISTS } from '@cunzhi/core/workAdmission/admission';
import { todayIso } from '../../components/DateInput.tsx';
import type { Translator } from '../../i18n/index.tsx';
import type { ListVersion, WorkTask } from './api.ts';

const VERDICT_COLOR = { admissible: 'success', returned: 'warning', refused: 'error' } as const;

/** The check's verdict as a coloured tag. */
export function VerdictTag({ verdict, t }: { verdict: WorkTask['verdict']; t: Translator }) {
  return (
    <Tag color={VERDICT_COLOR[verdict]} data-testid="admission-verdict">
      {t(`workAdmission.verdict.${verdict}`)}
    </Tag>
  );
}

/** Why the check said so: the list, its version and item, the article — in words. */
export function groundText(
  t: Translator,
  check: Pick<WorkTask, 'ground' | 'version' | 'item'>,
): string {
  return t(`workAdmission.ground.${check.ground}`, {
    list: check.item ? t(`workAdmission.list.${check.item.list}`) : '',
    version: check.version,
    seq: check.item?.seq ?? '',
  });
}

/** The verdict, the ground and the item's words, for a table cell. */
export function CheckCell({ task, t }: { task: WorkTask; t: Translator }) {
  return (
    <div>
      <VerdictTag verdict={task.verdict} t={t} />
      <Typography.Text type="secondary" data-testid="admission-ground">
        {groundText(t, task)}
        {task.item ? `：${task.item.text}` : ''}
      </Typography.Text>
    </div>
  );
}

/** The committee's decision with its day and reason, or "awaiting" (flagged once past the deadline). */
export function DecisionCell({ task, t }: { task: WorkTask; t: Translator }) {
  if (!task.decision && task.deadline < todayIso())
    return (
      <Tag color="error" data-testid="admission-overdue">
        {t('workAdmission.decision.overdue', { date: t.date(task.deadline) })}
      </Tag>
    );
  if (!task.decision) return <Tag>{t('workAdmission.decision.none')}</Tag>;
  return (
    <span data-testid="admission-decision">
      {t('workAdmission.decision.on', {
        date: t.date(task.decidedOn),
        decision: t(`workAdmission.decision.${task.decision}`),
        reason: task.decisionReason ?? '',
      })}
    </span>
  );
}

/** A version's three lists, each item numbered. */
export function VersionLists({ version, t }: { version: ListVersion; t: Translator }) {
  return (
    <div data-testid="admission-version">
      {version.documentNo && (
        <Typography.Paragraph type="secondary">{version.documentNo}</Typography.Paragraph>
      )}
      {ADMISSION_LISTS.map((list) => (
        <div key={list} className="block-gap">
          <Typography.Text strong>{t(`workAdmission.list.${list}`)}</Typography.Text>
          <ol data-testid={`admission-list-${list}`}>
            {version.items
              .filter((i) => i.list === list)
              .map((i) => (
                <li key={i.id}>{i.text}</li>
              ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

/** Every version of a county's lists, newest first, the one in force open. */
export function VersionsCollapse({
  versions,
  t,
}: {
  versions: readonly ListVersion[];
  t: Translator;
}) {
  if (versions.length === 0) return <Empty description={t('workAdmission.lists.none')} />;
  const current = versions.find((v) => v.inForce);
  const state = (v: ListVersion) => {
    if (v.inForce) return <Tag color="success">{t('workAdmission.version.inForce')}</Tag>;
    if (current && v.number < current.number) return <Tag>{t('workAdmission.version.past')}</Tag>;
    return <Tag color="processing">{t('workAdmission.version.future')}</Tag>;
  };
  return (
    <Collapse
      defaultActiveKey={current ? [current.id] : []}
      items={[...versions].reverse().map((v) => ({
        key: v.id,
        label: (
          <span>
            {t('workAdmission.version.head', { number: v.number, title: v.title })}{' '}
            <Typography.Text type="secondary">
              {t('workAdmission.version.effective', { date: t.date(v.effectiveOn) })}
            </Typography.Text>{' '}
            {state(v)}
          </span>
        ),
        children: <VersionLists version={v} t={t} />,
      }))}
    />
  );
}
