import { randomUUID } from 'node:crypto';
import { DomainError } from '@cunzhi/core/errors';
import { BODY_KIND_INFO, type BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import type { Database } from '../../../platform/db/database.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { insertBodies } from '../../bodies/repository.ts';
import { insertVillage, insertVillagerGroups } from '../repository.ts';
import { idByCode, required } from './shared.ts';

/** The bodies every village has from the start; social organisations and collectives are added as they form. */
const STANDARD_BODIES: BodyKind[] = [
  'partyBranch',
  'villagersAssembly',
  'representativesMeeting',
  'villagersDeliberationCouncil',
  'villagersCommittee',
  'villageAffairsSupervisionCommittee',
  'mediationCommittee',
  'convenienceServiceStation',
];

interface VillageOptions {
  town?: string;
  name?: string;
  code?: string;
  areaCode?: string;
  kind?: string;
  groups?: number;
  now: Date;
}

/** The command line's options, checked: a six-digit area code, 1–99 groups. */
function checkOptions(input: VillageOptions) {
  const name = required('name', input.name);
  const code = required('code', input.code);
  const areaCode = required('areaCode', input.areaCode);
  if (!/^\d{6}$/.test(areaCode))
    throw new DomainError('validation_failed', {}, [{ field: 'areaCode', error: 'field_invalid' }]);
  const kind = input.kind === 'community' ? 'community' : 'village';
  const groups = input.groups ?? 1;
  if (!Number.isInteger(groups) || groups < 1 || groups > 99)
    throw new DomainError('validation_failed', {}, [{ field: 'groups', error: 'field_invalid' }]);
  return { name, code, areaCode, kind, groups } as const;
}

/** A village or community with its villager groups (1…n) and the standard bodies, ready for its first terms. */
export async function createVillage(db: Database, input: VillageOptions): Promise<string> {
  const town = await idByCode(db, 'town', required('town', input.town));
  const { name, code, areaCode, kind, groups } = checkOptions(input);
  const id = randomUUID();
  const groupWord = kind === 'community' ? '居民小组' : '村民小组';
  await db.transaction(async (tx) => {
    await insertVillage(tx, { id, townId: town.id, name, kind, code, areaCode });
    await insertVillagerGroups(
      tx,
      id,
      Array.from({ length: groups }, (_, i) => ({
        id: randomUUID(),
        number: i + 1,
        name: `第${i + 1}${groupWord}`,
      })),
    );
    await insertBodies(
      tx,
      id,
      STANDARD_BODIES.map((k) => ({
        id: randomUUID(),
        kind: k,
        name: `${name}${BODY_KIND_INFO[k].zh}`,
      })),
    );
    await appendAuditEvent(tx, {
      chainId: id,
      actorAccountId: null,
      action: 'village.created',
      targetType: 'village',
      targetId: id,
      data: { name, code, kind, groups, bodies: STANDARD_BODIES },
      occurredAt: input.now,
    });
  });
  return id;
}
