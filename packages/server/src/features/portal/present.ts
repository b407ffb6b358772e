import {
  BODY_KIND_INFO,
  BODY_KINDS,
  MEMBER_ROLE_NAMES,
  MEMBER_ROLES,
  type BodyKind,
  type MemberRole,
} from '@cunzhi/core/bodies/bodyKinds';
import { SUPERVISION_NOTICE_KINDS } from '@cunzhi/core/disclosure/kinds';
import type { Locale } from '@cunzhi/core/errors';
import { accountLabel } from '@cunzhi/core/finance/accounts';
import { formatYuan, type Fen } from '@cunzhi/core/money';
import { forCommunity } from '@cunzhi/core/meetings/meetingKinds';
import {
  compareKinds,
  noticeStanding,
  portalDate,
  portalKind,
  type NoticeStanding,
} from '@cunzhi/core/portal/portal';
import { resolutionNumberText } from '../matters/present.ts';
import type { Translate } from './i18n.ts';
import type {
  OfficeHolderRow,
  PortalNoticeDetail,
  PortalNoticeRow,
  PortalVillage,
} from './queries.ts';

/** Pure: the portal's rows as its pages say them, in the reader's language. */

export interface PortalView {
  locale: Locale;
  t: Translate;
  village: PortalVillage;
  /** `?lang=…` carried by every link when the reader chose a language in the address. */
  lang: string | undefined;
}

/** The portal's addresses for a village: by its code, so a printed address stays readable. */
export function portalBase(village: Pick<PortalVillage, 'code'>): string {
  return `/p/${encodeURIComponent(village.code)}`;
}

/** Words in the village's own terms: a community's are its residents' (居民). */
export function asSpoken(view: Pick<PortalView, 'village'>, text: string): string {
  return view.village.kind === 'community' ? forCommunity(text) : text;
}

export function kindName(view: PortalView, kind: string): string {
  const k = portalKind(kind, view.village.kind);
  return view.locale === 'en' ? k.en : k.zh;
}

export function dateText(view: PortalView, date: string): string {
  return portalDate(date as Parameters<typeof portalDate>[0], view.locale);
}

export function standingOf(n: PortalNoticeRow): NoticeStanding {
  return noticeStanding({
    resolution: n.resolution_id
      ? { revoked: n.revoked, revokedOn: n.revoked_on, invalidReason: n.invalid_reason }
      : null,
    meetingCancelled: n.meeting_cancelled,
  });
}

/** The stamp on a notice that no longer stands (已撤销 / 无效 / 已取消), or null. */
export function stampOf(view: PortalView, s: NoticeStanding): string | null {
  if (s.stands) return null;
  if (s.why === 'invalid') return view.t('invalidStamp');
  if (s.why === 'cancelled') return view.t('cancelledStamp');
  return view.t('voidStamp');
}

/** Why a notice no longer stands, in a sentence, or null. */
export function voidText(view: PortalView, s: NoticeStanding): string | null {
  if (s.stands) return null;
  if (s.why === 'invalid') return view.t('voidInvalid', { reason: s.reason });
  if (s.why === 'cancelled') return view.t('voidCancelled');
  return s.on ? view.t('voidRevokedOn', { date: dateText(view, s.on) }) : view.t('voidRevoked');
}

/** The resolution's document number (甲村村民会议决议〔2026〕第1号), when the notice announces one. */
export function resolutionNumberOf(view: PortalView, n: PortalNoticeDetail): string | null {
  if (n.resolution_year === null || n.resolution_number === null || !n.resolution_meeting_kind)
    return null;
  return resolutionNumberText(view.village, {
    year: n.resolution_year,
    number: n.resolution_number,
    meeting_kind: n.resolution_meeting_kind,
  });
}

/** 甲村村民委员会: the body that issues the village's notices. */
export function issuerOf(view: PortalView, kind?: string): string {
  const community = view.village.kind === 'community';
  if (SUPERVISION_NOTICE_KINDS.some((k) => k === kind))
    return view.locale === 'zh-CN'
      ? `${view.village.name}${community ? '居务' : '村务'}监督委员会`
      : `Supervision committee of ${view.village.name}`;
  const zh = community ? '居民委员会' : '村民委员会';
  if (view.locale === 'zh-CN') return `${view.village.name}${zh}`;
  return `${community ? 'Residents' : "Villagers'"} committee of ${view.village.name}`;
}

export interface KindSection {
  kind: string;
  name: string;
  total: number;
  notices: PortalNoticeRow[];
}

/** The home page's notices, by kind in the portal's order. */
export function sectionsByKind(
  view: PortalView,
  rows: Array<PortalNoticeRow & { kind_total: number }>,
): KindSection[] {
  const sections = new Map<string, KindSection>();
  for (const row of rows) {
    const s = sections.get(row.kind) ?? {
      kind: row.kind,
      name: kindName(view, row.kind),
      total: row.kind_total,
      notices: [],
    };
    s.notices.push(row);
    sections.set(row.kind, s);
  }
  return [...sections.values()].sort((a, b) => compareKinds(a.kind, b.kind));
}

export interface BodyOfHolders {
  name: string;
  posts: Array<{ role: string; people: Array<{ name: string; phone: string | null }> }>;
}

const bodyOrder = (kind: string) => {
  const i = BODY_KINDS.indexOf(kind as BodyKind);
  return i < 0 ? BODY_KINDS.length : i;
};
const roleOrder = (role: string) => {
  const i = MEMBER_ROLES.indexOf(role as MemberRole);
  return i < 0 ? MEMBER_ROLES.length : i;
};

/** Bodies that are many of a kind are named by their own name; the others by the kind's. */
const NAMED_BY_OWN_NAME = new Set(['partySubBranch', 'socialOrganization']);

function bodyName(view: PortalView, row: OfficeHolderRow): string {
  const info = BODY_KIND_INFO[row.body_kind as BodyKind] as
    (typeof BODY_KIND_INFO)[BodyKind] | undefined;
  if (!info || NAMED_BY_OWN_NAME.has(row.body_kind)) return row.body_name;
  return asSpoken(view, view.locale === 'en' ? info.en : info.zh);
}

function roleName(view: PortalView, role: string): string {
  const name = MEMBER_ROLE_NAMES[role as MemberRole] as { zh: string; en: string } | undefined;
  if (!name) return role;
  return asSpoken(view, view.locale === 'en' ? name.en : name.zh);
}

/** Who is who: each body with its posts in order of rank, and who holds them today. */
export function whoIsWho(view: PortalView, rows: OfficeHolderRow[]): BodyOfHolders[] {
  const bodies = new Map<string, { kind: string; rows: OfficeHolderRow[] }>();
  for (const r of rows) {
    const b = bodies.get(r.body_id) ?? { kind: r.body_kind, rows: [] };
    b.rows.push(r);
    bodies.set(r.body_id, b);
  }
  return [...bodies.values()]
    .sort((a, b) => bodyOrder(a.kind) - bodyOrder(b.kind))
    .map((b) => {
      const posts = new Map<string, Array<{ name: string; phone: string | null }>>();
      for (const r of [...b.rows].sort((x, y) => roleOrder(x.role) - roleOrder(y.role)))
        posts.set(r.role, [
          ...(posts.get(r.role) ?? []),
          { name: r.name, phone: r.published_phone },
        ]);
      return {
        name: bodyName(view, b.rows[0]!),
        posts: [...posts.entries()].map(([role, people]) => ({
          role: roleName(view, role),
          people,
        })),
      };
    });
}

/** A hash as a reader can compare it: groups of eight hex digits. */
export function groupedHash(hash: string): string {
  return hash.trim().replace(/(.{8})(?=.)/g, '$1 ');
}

/** An amount in yuan as tables show it (¥1,234.50); a reversing entry's (红字) with a minus. */
export function yuanText(fen: number): string {
  const f = BigInt(fen);
  return f < 0n ? `-${formatYuan(-f as Fen)}` : formatYuan(f as Fen);
}

export function accountText(view: PortalView, code: string): string {
  return accountLabel(code, view.locale);
}

export interface VoucherView {
  id: string;
  number: string;
  onDate: string;
  summary: string;
  receipts: number;
  lines: Array<{ account: string; debit: string; credit: string; counterparty: string }>;
}

/** Voucher lines (one row each) gathered into vouchers, in their order. */
export function vouchersOf(
  view: PortalView,
  rows: Array<{
    voucher_id: string;
    number: string;
    on_date: string;
    summary: string;
    account_code: string;
    debit_fen: number;
    credit_fen: number;
    counterparty: string | null;
    receipts: number;
  }>,
): VoucherView[] {
  const vouchers = new Map<string, VoucherView>();
  for (const r of rows) {
    const v = vouchers.get(r.voucher_id) ?? {
      id: r.voucher_id,
      number: r.number,
      onDate: r.on_date,
      summary: r.summary,
      receipts: r.receipts,
      lines: [],
    };
    v.lines.push({
      account: accountText(view, r.account_code),
      debit: r.debit_fen === 0 ? '' : yuanText(r.debit_fen),
      credit: r.credit_fen === 0 ? '' : yuanText(r.credit_fen),
      counterparty: r.counterparty ?? '',
    });
    vouchers.set(r.voucher_id, v);
  }
  return [...vouchers.values()];
}
