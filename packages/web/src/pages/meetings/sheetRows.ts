import { latestBirthDateForAge, type CalendarDate } from '@cunzhi/core/calendarDate';
import { ADULT_AGE } from '@cunzhi/core/registry/person';
import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import { api, withQuery } from '../../api/client.ts';
import type { MeetingKind, MeetingView, SheetRow } from '../../api/meetings.ts';
import type { BodyView, GroupItem, HouseholdListItem, Page, PersonView } from '../../api/types.ts';

/** The bodies whose serving members are due at a body meeting (as the server counts them). */
const BODY_MEETINGS: Partial<Record<MeetingKind, BodyKind[]>> = {
  representativesMeeting: ['representativesMeeting', 'villagersCommittee'],
  villagersDeliberationCouncil: ['villagersDeliberationCouncil'],
  twoCommitteesJointMeeting: ['partyBranch', 'villagersCommittee'],
};
/** Seats of a body; its staff are not members. */
const SEAT_ROLES = new Set([
  'secretary',
  'deputySecretary',
  'chair',
  'viceChair',
  'member',
  'representative',
]);
const PAGE = 100;

/** Every page of a paged list, six requests at a time. */
async function allPages<T>(
  path: string,
  query: Record<string, string | undefined>,
  signal: AbortSignal,
): Promise<T[]> {
  const first = await api<Page<T>>(withQuery(path, { ...query, page: 1, pageSize: PAGE }), {
    signal,
  });
  const pages = Math.ceil(first.total / PAGE);
  const out = [...first.items];
  for (let start = 2; start <= pages; start += 6) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(6, pages - start + 1) }, (_, i) =>
        api<Page<T>>(withQuery(path, { ...query, page: start + i, pageSize: PAGE }), { signal }),
      ),
    );
    for (const page of batch) out.push(...page.items);
  }
  return out;
}

/**
 * Everyone due at a meeting, for the paper sign-in sheet, from the registry and the bodies:
 * adults on the meeting date (the assembly, the group), Party members, or the serving members
 * of the bodies that sit at the meeting.
 */
export async function loadSheetRows(
  villageId: string,
  meeting: MeetingView,
  bodies: BodyView[],
  signal: AbortSignal,
): Promise<SheetRow[]> {
  const base = `/api/villages/${villageId}`;
  const [groups, households] = await Promise.all([
    api<{ items: GroupItem[] }>(`${base}/groups`, { signal }),
    allPages<HouseholdListItem>(`${base}/households`, {}, signal),
  ]);
  const groupNumber = new Map(groups.items.map((g) => [g.name, g.number]));
  const household = new Map(households.map((h) => [h.id, h]));
  const adultBorn = latestBirthDateForAge(meeting.meetingOn as CalendarDate, ADULT_AGE);

  let persons: PersonView[];
  const bodyKinds = BODY_MEETINGS[meeting.kind];
  if (bodyKinds) {
    const ids = new Set<string>();
    for (const body of bodies)
      if (bodyKinds.includes(body.kind))
        for (const m of body.members) if (SEAT_ROLES.has(m.role)) ids.add(m.personId);
    persons = await Promise.all(
      [...ids].map((id) =>
        api<{ person: PersonView }>(`${base}/persons/${id}`, { signal }).then((r) => r.person),
      ),
    );
  } else if (meeting.kind === 'partyMembersMeeting') {
    persons = await allPages<PersonView>(`${base}/persons`, { partyMember: 'true' }, signal);
  } else {
    const everyone = await allPages<PersonView>(`${base}/persons`, {}, signal);
    const inGroup =
      meeting.kind === 'villagerGroupMeeting' && meeting.groupName
        ? (p: PersonView) => household.get(p.householdId)?.groupName === meeting.groupName
        : () => true;
    persons = everyone.filter((p) => p.birthDate <= adultBorn && inGroup(p));
  }

  return persons.map((p) => {
    const h = household.get(p.householdId);
    const groupName = h?.groupName ?? '';
    return {
      personId: p.id,
      name: p.name,
      householdId: p.householdId,
      householdNumber: p.householdNumber,
      groupName,
      groupNumber: groupNumber.get(groupName) ?? 0,
    };
  });
}
