import { canonicalJson } from '@cunzhi/core/audit/canonical';
import { maskIdNumbersInText } from '@cunzhi/core/archive/mask';
import { MEETING_KIND_INFO } from '@cunzhi/core/meetings/meetingKinds';
import { formatYuan, type Fen } from '@cunzhi/core/money';
import {
  AUDIT_ITEMS,
  AUDIT_KIND_NAMES,
  AUDITOR_KIND_NAMES,
} from '@cunzhi/core/responsibilityAudits/items';
import { lawOn } from '@cunzhi/core/rules/law';
import type { DocumentSource } from './archiveIndex.ts';
import type { ProofEventRow, VoucherRow } from './queries.ts';

/**
 * The documents of an export, pure: each item's record as text (or CSV), the CSV writer,
 * and the proof of its audit events. ID numbers typed into free text are masked for a
 * reader who may not see them (the `mask` argument).
 */

export type Mask = (text: string) => string;
export const maskFor = (seesIds: boolean): Mask =>
  seesIds ? (t) => t : (t) => maskIdNumbersInText(t);

/** One CSV line (RFC 4180 quoting). */
export function csvLine(cells: ReadonlyArray<string | number>): string {
  return cells
    .map((c) => {
      const s = String(c);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}

/** A CSV Excel opens in Chinese: UTF-8 with a byte-order mark, CRLF. */
export function csvFile(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `\uFEFF${rows.map(csvLine).join('\r\n')}\r\n`;
}

const lines = (...parts: Array<string | null>) =>
  parts.filter((p): p is string => p !== null).join('\n');

function meetingText(d: Extract<DocumentSource, { kind: 'meeting' }>['row']): string {
  const motions = d.motions.map((m) =>
    m.yes === null
      ? `${m.number}. ${m.title}`
      : `${m.number}. ${m.title}：同意 ${m.yes}，反对 ${m.no ?? 0}，弃权 ${m.abstain ?? 0}，${m.passed ? '通过' : '未通过'}`,
  );
  return lines(
    `会议：${d.title}`,
    `种类：${MEETING_KIND_INFO[d.kind].zh}`,
    `日期：${d.meeting_on}${d.place ? `\u3000地点：${d.place}` : ''}`,
    `散会：${d.closed_on}`,
    '',
    '会议纪要：',
    d.minutes.trim() || '（未记录）',
    '',
    '表决事项：',
    motions.length ? motions.join('\n') : '（无）',
  );
}

function auditText(a: Extract<DocumentSource, { kind: 'audit' }>['row']): string {
  const items = AUDIT_ITEMS[lawOn(a.period_to)];
  return lines(
    `${AUDIT_KIND_NAMES[a.kind].zh}（第 ${a.number} 号）`,
    `审计对象：${a.subject}`,
    a.persons.length ? `被审计人：${a.persons.map((p) => p.name).join('、')}` : null,
    `审计期间：${a.period_from} 至 ${a.period_to}`,
    `审计单位：${a.auditor_name}（${AUDITOR_KIND_NAMES[a.auditor_kind].zh}）`,
    `审计事项：${a.items.map((id) => items.find((i) => i.id === id)?.zh ?? id).join('；')}`,
    `安排日期：${a.arranged_on}\u3000结论日期：${a.reported_on ?? '—'}\u3000公布日期：${a.published_on ?? '—'}`,
    '',
    '审计结论：',
    a.conclusion || '（未记录）',
    ...a.amounts.map((x) => `${x.label}：${formatYuan(BigInt(x.amountFen) as Fen)}`),
  );
}

function voucherCsv(rows: readonly VoucherRow[]): string {
  return csvFile([
    ['凭证号', '日期', '摘要', '借方合计（元）'],
    ...rows.map((v) => [v.number, v.on_date, v.summary, formatYuan(BigInt(v.debit_fen) as Fen)]),
  ]);
}

/** An item's document: its file name in the item's folder and its content. */
export function documentOf(
  d: DocumentSource,
  mask: Mask,
  extra: { vouchers?: readonly VoucherRow[]; bytes?: Uint8Array },
): { name: string; content: string | Uint8Array } {
  switch (d.kind) {
    case 'meeting':
      return { name: '会议记录.txt', content: mask(meetingText(d.row)) };
    case 'resolution':
      return {
        name: '决议.txt',
        content: mask(
          lines(
            d.numberText,
            d.row.title,
            `通过日期：${d.row.adopted_on}`,
            d.row.revoked_on ? `已于 ${d.row.revoked_on} 撤销` : null,
            '',
            d.row.body,
          ),
        ),
      };
    case 'month':
      return { name: '记账凭证目录.csv', content: mask(voucherCsv(extra.vouchers ?? [])) };
    case 'statement':
      return {
        name: '财务公开.txt',
        content: mask(
          lines(
            `${d.year}年${d.row.month}月 财务收支公开（${d.row.published_on} 公布）`,
            `村务监督委员会审核意见：${d.row.review_opinion}`,
            '',
            JSON.stringify(d.row.totals, null, 2),
          ),
        ),
      };
    case 'audit':
      return { name: '审计报告.txt', content: mask(auditText(d.row)) };
    case 'report':
      return {
        name: '监督报告.txt',
        content: mask(lines(d.row.title, `公布日期：${d.row.published_on}`, '', d.row.body)),
      };
    case 'file':
      return { name: d.row.file_name, content: extra.bytes ?? new Uint8Array() };
  }
}

/** Every string in a value, masked. */
function maskDeep(value: unknown, mask: Mask): unknown {
  if (typeof value === 'string') return mask(value);
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, mask));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, mask)]));
  return value;
}

/**
 * An item's proof: each event as the chain stores it, the exact text its hash covers
 * (sha256(prevHash + "\n" + canonical) = hash) and whether any of it had to be masked
 * (then only the server's verify-audit can check it).
 */
export function proofOf(key: string, events: readonly ProofEventRow[], mask: Mask) {
  return {
    item: key,
    rule: 'hash = sha256(prevHash + "\\n" + canonical)',
    events: events.map((e) => {
      const data = maskDeep(e.data, mask);
      const masked = canonicalJson(data) !== canonicalJson(e.data);
      const body = {
        chainId: e.chain_id,
        seq: e.seq,
        actorAccountId: e.actor_account_id,
        action: e.action,
        targetType: e.target_type,
        targetId: e.target_id,
        data,
        occurredAt: e.occurred_at,
      };
      return {
        ...body,
        prevHash: e.prev_hash,
        hash: e.hash,
        canonical: canonicalJson(body),
        masked,
      };
    }),
  };
}
