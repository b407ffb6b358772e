import { formatChineseDate, type CalendarDate } from '../calendarDate.ts';
import { evaluationWording } from '../evaluations/ratings.ts';
import { formatYuan, yuanInCapitals, type Fen } from '../money.ts';
import { citationText } from '../rules/citations.ts';
import { AUDIT_ITEMS, AUDIT_KIND_NAMES, type AuditKind } from './items.ts';
import { lawOn } from '../rules/law.ts';

/** What the results notice of an audit says (the audit as recorded when its report came in). */
export interface AuditForNotice {
  number: number;
  kind: AuditKind;
  subject: string;
  persons: ReadonlyArray<{ name: string }>;
  periodFrom: CalendarDate;
  periodTo: CalendarDate;
  items: readonly string[];
  auditorName: string;
  reportedOn: CalendarDate;
  conclusion: string;
  amounts: ReadonlyArray<{ label: string; amountFen: number }>;
}

/**
 * The results notice of an economic-responsibility audit (审计结果应当公布, VCOL-35-AUDIT),
 * posted on the board and the portal in the village's words: who was audited, for which
 * period and items, by whom, what it found and the amounts it named. A departure audit's
 * notice is what the next election waits for. The law keeps its own title.
 */
export function auditNoticeText(
  audit: AuditForNotice,
  villageKind: 'village' | 'community',
): { title: string; body: string } {
  const law = '{law}';
  const kindName = AUDIT_KIND_NAMES[audit.kind].zh;
  const known = AUDIT_ITEMS[lawOn(audit.periodTo)];
  const items = audit.items.map((id) => known.find((i) => i.id === id)?.zh ?? id);
  const persons = audit.persons.map((p) => p.name).join('、');
  const lines = [
    `根据${law}，${audit.auditorName}对${audit.subject}${persons ? `（${persons}）` : ''}${formatChineseDate(audit.periodFrom)}至${formatChineseDate(audit.periodTo)}期间进行了${kindName}，于${formatChineseDate(audit.reportedOn)}提交审计报告。`,
    `审计事项：${items.join('；')}。`,
    `审计结论：${audit.conclusion}`,
    ...audit.amounts.map((a, i) => {
      const fen = BigInt(a.amountFen) as Fen;
      return `${i === 0 ? '审计认定的金额：' : ''}${a.label} ${formatYuan(fen)}（大写：${yuanInCapitals(fen)}）。`;
    }),
    '对审计结果有异议的，可以向村务监督委员会或者乡镇人民政府反映。',
  ];
  const body = evaluationWording(lines.join('\n'), villageKind).replaceAll(
    law,
    citationText('VCOL-35-AUDIT', 'zh-CN', audit.periodTo),
  );
  return { title: `关于第${audit.number}号${kindName}结果的公告`, body };
}
