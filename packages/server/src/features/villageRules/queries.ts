import { DomainError, type Locale } from '@cunzhi/core/errors';
import type { Actor } from '@cunzhi/core/policies/actor';
import { can, type VillageAbilities } from '@cunzhi/core/policies/village';
import {
  IN_FORCE_STATES,
  OPEN_STATES,
  RULES_MACHINE,
  type RulesActor,
} from '@cunzhi/core/villageRules/procedure';
import { fingerprintOf } from '../../platform/audit/repository.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';
import { scopeOf } from '../../platform/tenancy/repository.ts';
import { resolutionNumberText, type VillageNaming } from '../matters/present.ts';
import { villagesOpenTo } from '../villages/queries.ts';
import { filingNote, presentDiff, presentFlag, presentOpinion, presentSummary } from './present.ts';
import {
  assemblyResolutionsSince,
  clausesOf,
  findResolution,
  findVersion,
  flagsOf,
  listVersions,
  openFlagCounts,
  opinionsOf,
  versionsIn,
} from './repository.ts';

/** Who the reader is to the procedure: the two committees, the township government. */
export function rulesActors(abilities: VillageAbilities): RulesActor[] {
  const roles: RulesActor[] = [];
  if (abilities.draftVillageRules) roles.push('committee');
  if (abilities.reviewVillageRules) roles.push('township');
  return roles;
}

/** Every version, newest first, with its clause count and open flags. */
export async function versionsOf(ctx: AppContext, villageId: string) {
  const versions = await listVersions(ctx.db, villageId);
  const counts = await openFlagCounts(ctx.db, [villageId]);
  return versions.map((v) =>
    presentSummary(v, counts.get(v.id)?.clauses ?? 0, counts.get(v.id)?.openFlags ?? 0),
  );
}

/**
 * The township's view: each village it oversees with its rules in force (a correction ordered
 * shows there) and the version on its way — in review with its open flags, or adopted and due
 * to be filed (late ones marked).
 */
export async function townRules(ctx: AppContext, actor: Actor) {
  const villages = (await villagesOpenTo(ctx, actor)).filter((v) =>
    can(actor, 'readVillageRules', scopeOf(v)),
  );
  const ids = villages.map((v) => v.id);
  const [versions, counts] = await Promise.all([
    versionsIn(ctx.db, ids),
    openFlagCounts(ctx.db, ids),
  ]);
  return {
    on: ctx.clock.today(),
    villages: villages.map((village) => {
      const own = versions.filter((v) => v.village_id === village.id);
      const inForce = own.find((v) => IN_FORCE_STATES.includes(v.state));
      const pending = own.find((v) => OPEN_STATES.includes(v.state));
      return {
        villageId: village.id,
        villageName: village.name,
        inForce: inForce
          ? {
              id: inForce.id,
              number: inForce.number,
              title: inForce.title,
              state: inForce.state,
              publishedOn: inForce.published_on,
            }
          : null,
        pending: pending
          ? {
              id: pending.id,
              number: pending.number,
              state: pending.state,
              submittedOn: pending.submitted_on,
              openFlags: counts.get(pending.id)?.openFlags ?? 0,
              filingDueOn: pending.filing_due_on,
              filedOn: pending.filed_on,
              filingLate: pending.filing_late,
            }
          : null,
      };
    }),
  };
}

/** A version as its reader sees it: clauses, opinions, flags in words, the comparison, the steps open to them. */
export async function versionDetail(
  ctx: AppContext,
  village: VillageNaming & { id: string },
  versionId: string,
  reader: { abilities: VillageAbilities; locale: Locale },
) {
  const { db } = ctx;
  const v = await findVersion(db, village.id, versionId);
  if (!v) throw new DomainError('not_found', { what: 'villageRulesVersion' });
  const [clauses, opinions, flags] = await Promise.all([
    clausesOf(db, village.id, v.id),
    opinionsOf(db, village.id, v.id),
    flagsOf(db, village.id, v.id),
  ]);
  const basedOn = v.based_on_id ? await findVersion(db, village.id, v.based_on_id) : null;
  const before = basedOn ? await clausesOf(db, village.id, basedOn.id) : [];
  const resolution = v.resolution_id ? await findResolution(db, village.id, v.resolution_id) : null;
  const actions = RULES_MACHINE.actionsFor(v.state, rulesActors(reader.abilities));
  const choices =
    actions.includes('adopt') && v.reviewed_on
      ? await assemblyResolutionsSince(db, village.id, v.reviewed_on)
      : [];
  const params = v.adopted_on
    ? (await loadVillageProfile(db, village.id, v.adopted_on)).profile.params['CGMY-STEPS']
    : null;
  const openFlags = flags.filter((f) => f.closed_on === null).length;
  return {
    ...presentSummary(v, clauses.length, openFlags),
    villageName: village.name,
    villageKind: village.kind,
    basedOn: basedOn ? { id: basedOn.id, number: basedOn.number } : null,
    draftedOn: v.drafted_on,
    submittedOn: v.submitted_on,
    reviewedOn: v.reviewed_on,
    reviewNote: v.review_note,
    resolution: resolution
      ? {
          id: resolution.id,
          numberText: resolutionNumberText(village, resolution),
          title: resolution.title,
        }
      : null,
    presentCount: v.present_count,
    womenPresent: v.women_present,
    filingDueOn: v.filing_due_on,
    filedOn: v.filed_on,
    filingNote: params ? filingNote(v, params, reader.locale) : null,
    correction: v.correction_ordered_on
      ? {
          orderedOn: v.correction_ordered_on,
          reason: v.correction_reason ?? '',
          clauses: v.correction_clauses,
        }
      : null,
    clauses,
    opinions: opinions.map(presentOpinion),
    flags: flags.map((f) => presentFlag(f, reader.locale)),
    diff: presentDiff(before, clauses),
    actions,
    resolutions: choices.map((r) => ({
      id: r.id,
      numberText: resolutionNumberText(village, r),
      title: r.title,
    })),
    fingerprint: v.published_on
      ? await fingerprintOf(db, village.id, {
          type: 'villageRulesVersion',
          id: v.id,
          action: 'villageRules.published',
        })
      : null,
    revision: v.revision,
    abilities: reader.abilities,
  };
}
