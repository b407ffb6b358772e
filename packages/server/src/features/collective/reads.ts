import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import type { AppContext } from '../../platform/http/context.ts';
import type { VillageRow } from '../../platform/tenancy/repository.ts';
import { numbered } from '../points/present.ts';
import {
  candidates,
  collectiveResolutions,
  confirmations,
  eventLines,
  groupsOf,
  registerFingerprint,
  registerLines,
} from './queries.ts';
import { householdLabel, presentCharter, presentEvent, presentMember } from './present.ts';
import { charterOn, charterVersions, membersOn, orgOf, orgsOf, type Org } from './repository.ts';

/** The page's view of an organisation: today's members, the full-capacity count, its charter. */
async function orgView(ctx: AppContext, villageId: string, org: Org, groupName: string | null) {
  const today = ctx.clock.today();
  const members = await membersOn(ctx.db, villageId, org.id, today);
  const charter = await charterOn(ctx.db, villageId, org.id, today);
  return {
    ...org,
    groupName,
    members: members.length,
    membersWithFullCapacity: members.filter((m) => m.fullCapacity).length,
    charter: charter ? presentCharter(charter, charter.id) : null,
  };
}

export async function overviewOf(ctx: AppContext, villageId: string, abilities: VillageAbilities) {
  const groups = await groupsOf(ctx.db, villageId);
  const groupName = (id: string | null) => groups.find((g) => g.id === id)?.name ?? null;
  const orgs = await orgsOf(ctx.db, villageId);
  return {
    orgs: await Promise.all(
      orgs.map((o) => orgView(ctx, villageId, o, groupName(o.villagerGroupId))),
    ),
    groups,
    abilities,
  };
}

async function orgFound(ctx: AppContext, villageId: string, orgId: string): Promise<Org> {
  const org = await orgOf(ctx.db, villageId, orgId);
  if (!org) throw new DomainError('not_found', { what: 'collectiveOrg' });
  return org;
}

export async function orgDetailOf(
  ctx: AppContext,
  villageId: string,
  orgId: string,
  abilities: VillageAbilities,
) {
  const today = ctx.clock.today();
  const org = await orgFound(ctx, villageId, orgId);
  const groups = await groupsOf(ctx.db, villageId);
  const view = await orgView(
    ctx,
    villageId,
    org,
    groups.find((g) => g.id === org.villagerGroupId)?.name ?? null,
  );
  const versions = await charterVersions(ctx.db, villageId, orgId);
  const lines = await registerLines(ctx.db, villageId, orgId);
  const showIds = abilities.viewResidentIdNumbers;
  return {
    org: view,
    charters: versions.map((c) => presentCharter(c, view.charter?.id ?? null)),
    members: lines.map((l) => presentMember(l, today, showIds)),
    events: (await eventLines(ctx.db, villageId, orgId, 300)).map(presentEvent),
    candidates: (await candidates(ctx.db, villageId, orgId, org.villagerGroupId)).map((p) => ({
      id: p.id,
      label: `${p.name}（${p.householdNumber}户，${showIds ? p.birthDate : `${p.birthDate.slice(0, 4)}年生`}）`,
    })),
    resolutions: (
      await collectiveResolutions(ctx.db, villageId, orgId, [
        'membersAssembly',
        'collectiveCouncilMeeting',
      ])
    ).map((r) => ({
      id: r.id,
      label: `${numbered(r.year, r.number)} ${r.title}`,
      meetingKind: r.meetingKind,
      power: r.power,
      adoptedOn: r.adoptedOn,
    })),
    abilities,
  };
}

/**
 * The register (成员名册) on a day, as filed with the town and the county (Art. 12): the members
 * then, by number, with the day and ground of confirmation, and the audit fingerprint of the
 * record it was printed from.
 */
export async function registerSheetOf(
  ctx: AppContext,
  village: VillageRow,
  orgId: string,
  on: CalendarDate,
  showIds: boolean,
) {
  const org = await orgFound(ctx, village.id, orgId);
  const members = await membersOn(ctx.db, village.id, orgId, on);
  const lines = new Map(
    (await registerLines(ctx.db, village.id, orgId)).map((l) => [l.personId, l]),
  );
  const confirmed = await confirmations(ctx.db, village.id, orgId, on);
  return {
    villageName: village.name,
    townName: village.town_name,
    orgName: org.name,
    registeredCode: org.registeredCode,
    on,
    members: members.length,
    membersWithFullCapacity: members.filter((m) => m.fullCapacity).length,
    rows: members.map((m) => {
      const line = lines.get(m.personId)!;
      const shown = presentMember(line, on, showIds);
      const c = confirmed.get(m.personId);
      return {
        registerNo: m.registerNo,
        name: line.name,
        gender: line.gender,
        birthDate: shown.birthDate,
        residentIdNumber: shown.residentIdNumber,
        household: householdLabel(line),
        confirmedOn: c?.on ?? line.since,
        ground: c?.ground ?? 'restore',
      };
    }),
    fingerprint: await registerFingerprint(ctx.db, village.id, orgId),
  };
}
