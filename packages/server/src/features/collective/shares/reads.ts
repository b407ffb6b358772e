import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { ShareClass } from '@cunzhi/core/collective/charter';
import { classHoldingsOn } from '@cunzhi/core/collective/shares/holdings';
import { DomainError } from '@cunzhi/core/errors';
import type { AppContext } from '../../../platform/http/context.ts';
import { fingerprintOf } from '../../../platform/audit/repository.ts';
import type { VillageRow } from '../../../platform/tenancy/repository.ts';
import { charterOn, orgOf } from '../repository.ts';
import {
  certificates,
  holdingsOn,
  quantifiedOn,
  shareEntries,
  shareFiles,
  sharePeople,
  type CertificateRow,
  type ShareFileRow,
} from './repository.ts';

async function orgFound(ctx: AppContext, villageId: string, orgId: string) {
  const org = await orgOf(ctx.db, villageId, orgId);
  if (!org) throw new DomainError('not_found', { what: 'collectiveOrg' });
  return org;
}

export const presentCertificate = (c: CertificateRow) => ({
  id: c.id,
  householdId: c.householdId,
  householdNumber: c.householdNumber,
  number: c.number,
  issuedOn: c.issuedOn,
  units: c.units,
  holders: c.holders,
  replacesNumber: c.replacesNumber,
  voidedOn: c.voidedOn,
  voidReason: c.voidReason,
});

export const presentShareFile = (f: ShareFileRow) => ({
  id: f.id,
  fileName: f.fileName,
  sha256: f.sha256,
  members: f.members,
  households: f.households,
  units: f.units,
  effectiveOn: f.effectiveOn,
  basis: f.reformReference ?? '成员大会决议',
  importedByName: f.importedByName,
  importedAt: f.importedAt.toISOString(),
});

/** The newest entries the page lists (a person's whole history is theirs to ask for). */
const MAX_ENTRIES_SHOWN = 500;

const noClasses = (): Record<ShareClass, number> => ({ population: 0, farmingYears: 0, land: 0 });

/** The holders summed per household, by household number, each with its certificate in force. */
function householdsOf(
  holders: ReadonlyArray<{ householdId: string; householdNumber: string; units: number }>,
  inForce: readonly CertificateRow[],
) {
  const households = new Map<string, { householdNumber: string; units: number; holders: number }>();
  for (const h of holders) {
    const row = households.get(h.householdId) ?? {
      householdNumber: h.householdNumber,
      units: 0,
      holders: 0,
    };
    households.set(h.householdId, { ...row, units: row.units + h.units, holders: row.holders + 1 });
  }
  return [...households]
    .map(([householdId, h]) => {
      const certificate = inForce.find((c) => c.householdId === householdId);
      return {
        householdId,
        ...h,
        certificate: certificate ? presentCertificate(certificate) : null,
      };
    })
    .sort((a, b) => a.householdNumber.localeCompare(b.householdNumber));
}

/**
 * The register of shares on a day: each holder's units per class and in all (by register number),
 * each household's sum and its certificate in force, every entry explained, the imported files.
 */
export async function sharesRegisterOf(
  ctx: AppContext,
  villageId: string,
  orgId: string,
  on: CalendarDate,
  abilities: Record<string, boolean>,
) {
  const org = await orgFound(ctx, villageId, orgId);
  const charter = await charterOn(ctx.db, villageId, orgId, on);
  const holdings = await holdingsOn(ctx.db, villageId, orgId, on);
  const entries = await shareEntries(ctx.db, villageId, orgId);
  const byClass = classHoldingsOn(entries, on);
  const people = new Map((await sharePeople(ctx.db, villageId)).map((p) => [p.id, p]));
  const inForce = (await certificates(ctx.db, villageId, orgId)).filter((c) => !c.voidedOn);
  const holders = holdings.map((h) => {
    const p = people.get(h.personId)!;
    const classes = noClasses();
    for (const [c, units] of byClass.get(h.personId) ?? []) classes[c] = units;
    return {
      personId: h.personId,
      registerNo: h.registerNo,
      name: p.name,
      householdId: h.householdId,
      householdNumber: p.householdNumber,
      classes,
      units: h.shares,
    };
  });
  return {
    org: { id: org.id, name: org.name, reformedOn: org.reformedOn },
    on,
    charter: charter
      ? {
          shareClasses: charter.terms.shareClasses,
          shareMode: charter.terms.shareMode,
          newborn: charter.terms.newborn,
        }
      : null,
    quantifiedOn: await quantifiedOn(ctx.db, villageId, orgId),
    totals: {
      members: holders.length,
      households: new Set(holders.map((h) => h.householdId)).size,
      units: holders.reduce((sum, h) => sum + h.units, 0),
    },
    holders,
    households: householdsOf(holders, inForce),
    entries: entries
      .filter((e) => e.effectiveOn <= on)
      .map((e) => ({
        id: e.id,
        personId: e.personId,
        name: people.get(e.personId)?.name ?? '',
        kind: e.kind,
        shareClass: e.shareClass,
        units: e.units,
        effectiveOn: e.effectiveOn,
        counterpartName: e.counterpartPersonId
          ? (people.get(e.counterpartPersonId)?.name ?? null)
          : null,
        note: e.note,
      }))
      .reverse()
      .slice(0, MAX_ENTRIES_SHOWN),
    files: (await shareFiles(ctx.db, villageId, orgId)).map(presentShareFile),
    abilities,
  };
}

/** A 股权证 for print: the organisation, the holders as issued, the classes held then, the fingerprint. */
export async function certificatePrintOf(
  ctx: AppContext,
  village: VillageRow,
  orgId: string,
  certificateId: string,
) {
  const org = await orgFound(ctx, village.id, orgId);
  const [c] = await certificates(ctx.db, village.id, orgId, { id: certificateId });
  if (!c) throw new DomainError('not_found', { what: 'shareCertificate' });
  const byClass = classHoldingsOn(
    await shareEntries(ctx.db, village.id, orgId, { personIds: c.holders.map((h) => h.personId) }),
    c.issuedOn,
  );
  const sums = noClasses();
  for (const h of c.holders)
    for (const [k, units] of byClass.get(h.personId) ?? []) sums[k] += units;
  return {
    villageName: village.name,
    townName: village.town_name,
    orgName: org.name,
    registeredCode: org.registeredCode,
    certificate: presentCertificate(c),
    classes: (Object.entries(sums) as Array<[ShareClass, number]>)
      .filter(([, units]) => units !== 0)
      .map(([shareClass, units]) => ({ shareClass, units })),
    fingerprint: await fingerprintOf(ctx.db, village.id, {
      type: 'shareCertificate',
      id: c.id,
      action: 'shareCertificate.issued',
    }),
  };
}
