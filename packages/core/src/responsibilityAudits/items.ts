import type { CalendarDate } from '../calendarDate.ts';
import { lawOn, type LawVersion } from '../rules/law.ts';

/**
 * 经济责任审计 (VCOL-35-AUDIT): what is audited, per text of the law. The 2018 text's
 * Art. 35 lists five items and a sixth (what one fifth of the villagers demand); the
 * 2025 text's Art. 40 narrows items 4 and 5 and drops land compensation and collective
 * assets. An audit is judged by the text in force on the last day of the period it
 * covers (the act audited), so a 2021–2025 departure audit lists the 2018 items.
 */
export const AUDIT_KINDS = ['term', 'departure', 'demanded'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_KIND_NAMES: Record<AuditKind, { zh: string; en: string }> = {
  term: { zh: '任期经济责任审计', en: 'Term audit' },
  departure: { zh: '离任经济责任审计', en: 'Departure audit' },
  demanded: { zh: '村民要求审计的事项', en: 'Audit demanded by villagers' },
};

/** Who carries the audit out; the county's departments or the town organise it (Art. 35/40 para. 2). */
export const AUDITOR_KINDS = ['townAgency', 'auditFirm', 'countyDepartment'] as const;
export type AuditorKind = (typeof AUDITOR_KINDS)[number];

export const AUDITOR_KIND_NAMES: Record<AuditorKind, { zh: string; en: string }> = {
  townAgency: { zh: '乡镇农村经营管理站', en: "The town's rural management station" },
  auditFirm: { zh: '受委托的会计师事务所', en: 'An audit firm engaged for it' },
  countyDepartment: {
    zh: '县级农业农村或财政部门',
    en: 'County agriculture or finance department',
  },
};

export interface AuditItem {
  id: string;
  zh: string;
  en: string;
}

const FINANCE = { id: 'finance', zh: '本村财务收支情况', en: 'Income and spending' };
const DEBTS = { id: 'debts', zh: '本村债权债务情况', en: 'Claims and debts' };
const GRANTS = {
  id: 'grants',
  zh: '政府拨付和接受社会捐赠的资金、物资管理使用情况',
  en: 'Government grants and donations received, and their use',
};
const DEMANDED = {
  id: 'demanded',
  zh: '本村五分之一以上的村民要求审计的其他事项',
  en: 'Other items one fifth of the villagers demand',
};

export const AUDIT_ITEMS: Record<LawVersion, readonly AuditItem[]> = {
  // 2018 text, Art. 35 (一)–(六)
  '2018-12-29': [
    FINANCE,
    DEBTS,
    GRANTS,
    {
      id: 'contracting',
      zh: '本村生产经营和建设项目的发包管理以及公益事业建设项目招标投标情况',
      en: 'Contracting of production and construction projects, and tendering of public works',
    },
    {
      id: 'assets',
      zh: '本村资金管理使用以及本村集体资产、资源的承包、租赁、担保、出让情况，征地补偿费的使用、分配情况',
      en: 'Use of funds; contracting, leasing, pledging and transfer of collective assets; land compensation',
    },
    DEMANDED,
  ],
  // 2025 text, Art. 40 (一)–(六)
  '2025-10-28': [
    FINANCE,
    DEBTS,
    GRANTS,
    { id: 'tendering', zh: '本村公益事业建设项目招标投标情况', en: 'Tendering of public works' },
    { id: 'funds', zh: '本村资金管理使用情况', en: 'Management and use of funds' },
    DEMANDED,
  ],
};

/** The items of the text in force on a day. */
export function auditItemsOn(on: CalendarDate): readonly AuditItem[] {
  return AUDIT_ITEMS[lawOn(on)];
}

/** Items an audit may name on a day: the unknown ones, for the field error. */
export function unknownAuditItems(items: readonly string[], on: CalendarDate): string[] {
  const known = new Set(auditItemsOn(on).map((i) => i.id));
  return items.filter((i) => !known.has(i));
}
