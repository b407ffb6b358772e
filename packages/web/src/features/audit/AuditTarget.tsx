import { Link } from 'react-router-dom';
import { useT } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/index.tsx';
import { ruleSubject } from '../matters/ruleText.ts';
import type { AuditEvent } from './api.ts';
import { auditZhCN } from './i18n.zh-CN.ts';

const typeKey = (type: string): MessageKey | null => {
  const key = `audit.targetType.${type}`;
  return key in auditZhCN ? (key as MessageKey) : null;
};

type Page = NonNullable<AuditEvent['targetPage']>;

/** Where the app shows the object of an act. */
function pathOf(villageId: string, page: Page): string {
  const base = `/v/${villageId}`;
  const id = page.id ?? '';
  switch (page.kind) {
    case 'person':
      return `${base}/persons/${id}`;
    case 'household':
      return `${base}/households/${id}`;
    case 'matter':
      return `${base}/matters/${id}`;
    case 'meeting':
      return `${base}/meetings/${id}`;
    case 'notice':
      return `${base}/notices/${id}`;
    case 'rules':
      return `${base}/rules`;
    case 'roster':
      return `${base}/roster`;
    case 'finance':
      return `${base}/finance`;
    case 'spending':
      return `${base}/spending/${id}`;
    case 'evaluation':
      return `${base}/evaluations/${id}`;
    case 'supervision':
      return `${base}/supervision`;
    case 'supervisionInspection':
      return `${base}/supervision/inspections/${id}`;
    case 'supervisionReport':
      return `${base}/supervision/reports/${id}`;
    case 'complaint':
      return `${base}/complaints/${id}`;
    case 'serviceLists':
      return `${base}/service-lists`;
    case 'collectiveBooks':
      return `${base}/collective/books`;
  }
}

/**
 * The object of an act as people know it: "会议 2026年第四季度村民代表会议",
 * "人员 张三", "议事规则 召集村民会议" — linked to its page where it has one.
 */
export function AuditTarget({ villageId, event: e }: { villageId: string; event: AuditEvent }) {
  const t = useT();
  const kindKey = typeKey(e.targetType);
  const kind = kindKey ? t(kindKey) : '';
  const title =
    e.targetType === 'rule'
      ? ruleSubject(t, e.targetId)
      : (e.targetTitle ?? t('audit.target.gone'));
  const label = (
    <>
      {kind && <span className="audit-target-kind">{kind} </span>}
      <span className="audit-target-title">{title}</span>
    </>
  );
  if (!e.targetPage)
    return (
      <span className="cell-wrap" data-testid="audit-target">
        {label}
      </span>
    );
  return (
    <Link
      className="cell-wrap"
      to={pathOf(villageId, e.targetPage)}
      data-testid="audit-target"
      data-target-type={e.targetType}
    >
      {label}
    </Link>
  );
}
