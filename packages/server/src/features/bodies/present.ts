import {
  BODY_KIND_INFO,
  BODY_KINDS,
  memberRoleName,
  type BodyKind,
} from '@cunzhi/core/bodies/bodyKinds';
import {
  currentMembers,
  termOn,
  type BodyTerm,
  type Membership,
} from '@cunzhi/core/bodies/membership';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { OfficeEndReason } from '@cunzhi/contract/bodies';
import type { BodyMapRows } from './queries.ts';
import type { MembershipRow, TermRow } from './repository.ts';

const toTerm = (t: TermRow): BodyTerm => ({
  id: t.id,
  bodyId: t.body_id,
  startsOn: t.starts_on as CalendarDate,
  endsOn: t.ends_on as CalendarDate,
});
const toMembership = (m: MembershipRow): Membership => ({
  id: m.id,
  bodyId: m.body_id,
  termId: m.term_id,
  personId: m.person_id,
  role: m.role,
  startsOn: m.starts_on as CalendarDate,
  endedOn: m.ended_on as CalendarDate | null,
});

const ROLE_ORDER = [
  'secretary',
  'chair',
  'deputySecretary',
  'viceChair',
  'member',
  'representative',
  'staff',
];

/** Why an office ended before its term, in words (民主评议: VCOL Art. 33; the others Arts. 16–18, 2025 Arts. 19–22). */
const END_REASONS: Record<OfficeEndReason, { zh: string; en: string }> = {
  evaluation: {
    zh: '连续两次民主评议被评为不称职，职务依法终止',
    en: 'Rated incompetent in two consecutive democratic evaluations: the office ended by law',
  },
  recall: { zh: '经罢免投票被罢免', en: 'Recalled by the vote' },
  sentence: { zh: '被判处刑罚，职务自行终止', en: 'Sentenced: the office ended by law' },
  incapacity: {
    zh: '丧失行为能力，职务自行终止',
    en: 'Lost legal capacity: the office ended by law',
  },
  death: { zh: '去世', en: 'Died' },
  resignation: {
    zh: '辞职经村民会议或者村民代表会议同意',
    en: 'Resignation accepted by the assembly or the representatives’ meeting',
  },
  fraud: {
    zh: '以不正当手段当选，当选无效',
    en: 'Won by improper means: the election is void',
  },
};

function memberView(kind: BodyKind, m: MembershipRow) {
  return {
    membershipId: m.id,
    personId: m.person_id,
    name: m.person_name,
    gender: m.gender,
    role: m.role,
    roleName: memberRoleName(kind, m.role),
    startsOn: m.starts_on,
  };
}

/** "Who is who": every body with its term in force and its members on `today`. */
export function presentBodies({ bodies, terms, memberships }: BodyMapRows, today: CalendarDate) {
  // the order of the governance map: lead, decide, execute, supervise, take part
  const ordered = [...bodies].sort(
    (x, y) =>
      BODY_KINDS.indexOf(x.kind) - BODY_KINDS.indexOf(y.kind) ||
      x.name.localeCompare(y.name, 'zh-CN'),
  );
  return ordered.map((b) => {
    const bodyTerms = terms.filter((t) => t.body_id === b.id).map(toTerm);
    const rows = memberships.filter((m) => m.body_id === b.id);
    const byId = new Map(rows.map((m) => [m.id, m]));
    const term = termOn(bodyTerms, today);
    const serving = currentMembers(bodyTerms, rows.map(toMembership), today)
      .map((m) => byId.get(m.id))
      .filter((m): m is MembershipRow => m !== undefined)
      .sort((x, y) => ROLE_ORDER.indexOf(x.role) - ROLE_ORDER.indexOf(y.role));
    const departed = term
      ? rows.filter((m) => m.term_id === term.id && m.ended_on !== null && m.ended_on <= today)
      : [];
    return {
      id: b.id,
      kind: b.kind,
      name: b.name,
      kindName: { zh: BODY_KIND_INFO[b.kind].zh, en: BODY_KIND_INFO[b.kind].en },
      power: BODY_KIND_INFO[b.kind].power,
      parentBodyId: b.parent_body_id,
      seats: b.seats,
      term: term ? { id: term.id, startsOn: term.startsOn, endsOn: term.endsOn } : null,
      terms: bodyTerms.map((t) => ({ id: t.id, startsOn: t.startsOn, endsOn: t.endsOn })),
      members: serving.map((m) => memberView(b.kind, m)),
      departed: departed.map((m) => ({
        ...memberView(b.kind, m),
        endedOn: m.ended_on!,
        endReason: m.end_reason,
        endReasonText: m.end_reason ? END_REASONS[m.end_reason] : null,
      })),
    };
  });
}
