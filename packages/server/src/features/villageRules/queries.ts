import { DomainError, type Locale } from '@cunzhi/core/errors';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import { RULES_MACHINE, type RulesActor } from '@cunzhi/core/villageRules/procedure';
import { fingerprintOf } from '../../platform/audit/repository.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';
import { resolutionNumberText, type VillageNaming } from '../matters/present.ts';
import { filingNote, presentDiff, presentFlag, presentOpinion, presentSummary } from './present.ts';
import {
  assemblyResolutionsSince,
  clausesOf,
  findResolution,
  findVersion,
  flagsOf,
  listVersions,
  opinionsOf,
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
  const { db } = ctx;
  const versions = await listVersions(db, villageId);
  const counts = await db.query<{ version_id: string; clauses: number; open_flags: number }>(
    `SELECT v.id AS version_id,
            (SELECT count(*)::int FROM village_rules_clause c
              WHERE c.village_id = v.village_id AND c.version_id = v.id) AS clauses,
            (SELECT count(*)::int FROM village_rules_flag f
              WHERE f.village_id = v.village_id AND f.version_id = v.id AND f.closed_on IS NULL)
              AS open_flags
       FROM village_rules_version v WHERE v.village_id = $1`,
    [villageId],
  );
  const byId = new Map(counts.map((c) => [c.version_id, c]));
  return versions.map((v) =>
    presentSummary(v, byId.get(v.id)?.clauses ?? 0, byId.get(v.id)?.open_flags ?? 0),
  );
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
