import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { auditNoticeText, type AuditForNotice } from './notice.ts';

const d = calendarDate;
const departure: AuditForNotice = {
  number: 3,
  kind: 'departure',
  subject: '第十一届村民委员会主任',
  persons: [{ name: '王建国' }],
  periodFrom: d('2021-01-01'),
  periodTo: d('2025-12-31'),
  items: ['finance', 'debts'],
  auditorName: '花乡镇农村经营管理站',
  reportedOn: d('2026-02-10'),
  conclusion: '财务收支基本规范，个别支出缺少民主理财小组签字。',
  amounts: [{ label: '应收未收承包费', amountFen: 1234500 }],
};

describe('the results notice of an economic-responsibility audit (VCOL-35-AUDIT)', () => {
  it('names the audited, the period, the items, the auditor, the conclusion and the amounts', () => {
    const { title, body } = auditNoticeText(departure, 'village');
    expect(title).toBe('关于第3号离任经济责任审计结果的公告');
    expect(body).toContain('花乡镇农村经营管理站对第十一届村民委员会主任（王建国）');
    expect(body).toContain('2021年1月1日至2025年12月31日期间进行了离任经济责任审计');
    expect(body).toContain('审计事项：本村财务收支情况；本村债权债务情况。');
    expect(body).toContain('应收未收承包费 ¥12,345.00（大写：壹万贰仟叁佰肆拾伍元整）');
    // a period ending in 2025 is cited by the 2018 text, one ending in 2026 by the 2025 text
    expect(body).toContain('第三十五条');
    const later = auditNoticeText({ ...departure, periodTo: d('2026-06-30') }, 'village');
    expect(later.body).toContain('第四十条');
  });

  it('speaks as a community where the village is one', () => {
    const { body } = auditNoticeText(departure, 'community');
    expect(body).toContain('本社区财务收支情况');
    expect(body).toContain('居务监督委员会');
    expect(body).not.toContain('村务监督');
  });
});
