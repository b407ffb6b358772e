import type { CalendarDate } from '../calendarDate.ts';
import { MEETING_KIND_INFO, type MeetingKind } from '../meetings/meetingKinds.ts';
import { formatYuan, type Fen } from '../money.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';

/**
 * Who may authorise spending, by amount (XWQL-TIER, the village's list of
 * micro-powers, 小微权力清单): a small sum on one signature, a larger one by
 * the two committees, above that only a resolution of the representatives'
 * meeting (or the assembly). The limits are rule-profile data; no national
 * number exists (RULES.md §4), so a charter sets its own.
 */
export const SPENDING_AUTHORITIES = [
  'oneSignature',
  'twoCommittees',
  'representativesResolution',
] as const;
export type SpendingAuthority = (typeof SPENDING_AUTHORITIES)[number];

export const SPENDING_AUTHORITY_INFO: Record<SpendingAuthority, { zh: string; en: string }> = {
  oneSignature: { zh: '经办人签字（一支笔）', en: 'one signature' },
  twoCommittees: { zh: '村“两委”集体议定', en: 'the two committees' },
  representativesResolution: {
    zh: '村民代表会议决议',
    en: "a resolution of the representatives' meeting",
  },
};

const RANK: Record<SpendingAuthority, number> = {
  oneSignature: 0,
  twoCommittees: 1,
  representativesResolution: 2,
};

/** The authority an amount needs: `以下` includes the limit itself (民法典 Art. 1259). */
export function requiredAuthority(amount: Fen, params: RuleParams): SpendingAuthority {
  const t = params['XWQL-TIER'];
  if (amount <= BigInt(t.oneSignatureUpToFen)) return 'oneSignature';
  if (amount <= BigInt(t.twoCommitteesUpToFen)) return 'twoCommittees';
  return 'representativesResolution';
}

/** The highest amount an authority may approve (null: no limit). */
export function authorityLimit(authority: SpendingAuthority, params: RuleParams): Fen | null {
  const t = params['XWQL-TIER'];
  if (authority === 'oneSignature') return BigInt(t.oneSignatureUpToFen) as Fen;
  if (authority === 'twoCommittees') return BigInt(t.twoCommitteesUpToFen) as Fen;
  return null;
}

/**
 * What a resolution of a meeting authorises: the assembly's and the
 * representatives' any amount; the two committees' joint meeting and the
 * council (seed 002: 一般性事务由协商议事会议决) the committees' tier; the
 * Party members' meeting and a group meeting none.
 */
export function authorityOfMeeting(kind: MeetingKind): SpendingAuthority | null {
  switch (kind) {
    case 'villagersAssembly':
    case 'representativesMeeting':
      return 'representativesResolution';
    case 'twoCommitteesJointMeeting':
    case 'villagersDeliberationCouncil':
      return 'twoCommittees';
    // the cooperative's bodies decide the cooperative's money, in its own books, never the village's
    case 'membersAssembly':
    case 'membersRepresentativesAssembly':
    case 'collectiveCouncilMeeting':
      return null;
    case 'partyMembersMeeting':
    case 'villagerGroupMeeting':
      return null;
  }
}

/** What the request relies on: no resolution (one signature), or a resolution of a meeting. */
export type SpendingBasis =
  | { kind: 'tier' }
  | {
      kind: 'resolution';
      meetingKind: MeetingKind;
      numberText: string;
      /** The matter's budget (null: the resolution names no amount). */
      approved: Fen | null;
      /** Already requested under it (refused requests not counted). */
      used: Fen;
    };

/** The authority the basis gives (null: a resolution of a body that cannot authorise spending). */
export function providedAuthority(basis: SpendingBasis): SpendingAuthority | null {
  return basis.kind === 'tier' ? 'oneSignature' : authorityOfMeeting(basis.meetingKind);
}

/**
 * Refuses an amount its basis cannot authorise, citing XWQL-TIER in words:
 * ¥12,000 on one signature under the sample tiers needs a representatives'
 * resolution; a resolution covers at most what its matter approved.
 */
export function checkSpendingAuthority(
  amount: Fen,
  basis: SpendingBasis,
  on: CalendarDate,
  params: RuleParams,
): Finding | null {
  const required = requiredAuthority(amount, params);
  const provided = providedAuthority(basis);
  if (provided === null && basis.kind === 'resolution')
    return finding(on, 'XWQL-TIER', 'spending_resolution_body', {
      body: MEETING_KIND_INFO[basis.meetingKind].zh,
      required: SPENDING_AUTHORITY_INFO[required].zh,
    });
  if (provided === null || RANK[provided] < RANK[required]) {
    const p = provided ?? 'oneSignature';
    return finding(on, 'XWQL-TIER', 'spending_over_tier', {
      amount: formatYuan(amount),
      provided: SPENDING_AUTHORITY_INFO[p].zh,
      limit: formatYuan(authorityLimit(p, params) ?? amount),
      required: SPENDING_AUTHORITY_INFO[required].zh,
    });
  }
  if (basis.kind === 'resolution' && basis.approved !== null) {
    const remaining = basis.approved - basis.used;
    if (amount > remaining)
      return finding(on, 'XWQL-TIER', 'spending_over_resolution', {
        amount: formatYuan(amount),
        resolution: basis.numberText,
        approved: formatYuan(basis.approved),
        used: formatYuan(basis.used),
        remaining: formatYuan((remaining > 0n ? remaining : 0n) as Fen),
      });
  }
  return null;
}
