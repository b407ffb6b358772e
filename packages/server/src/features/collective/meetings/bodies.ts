import { randomUUID } from 'node:crypto';
import type { BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { insertBodies } from '../../bodies/repository.ts';
import { bodyKindsPresent } from './queries.ts';

/** The organisation's bodies and what each is called after it (甲村股份经济合作社理事会 …). */
const ORGANISATION_BODIES: ReadonlyArray<{ kind: BodyKind; suffix: string }> = [
  { kind: 'collectiveCouncil', suffix: '理事会' },
  { kind: 'collectiveSupervisoryBoard', suffix: '监事会' },
  { kind: 'collectiveRepresentatives', suffix: '成员代表大会' },
];

/**
 * Forms the village-level organisation's council, supervisory board and
 * members' representatives' assembly as bodies of the village, each once (a
 * village that has one already keeps it): the council convenes the
 * organisation's meetings (Art. 27) and their members are seated, term by
 * term, like any body's. Called when the organisation is recorded.
 */
export async function formOrganisationBodies(
  cmd: CommandContext,
  tx: Tx,
  org: { id: string; name: string },
): Promise<void> {
  const present = await bodyKindsPresent(
    tx,
    cmd.villageId,
    ORGANISATION_BODIES.map((b) => b.kind),
  );
  const formed = ORGANISATION_BODIES.filter((b) => !present.includes(b.kind)).map((b) => ({
    id: randomUUID(),
    kind: b.kind,
    name: `${org.name}${b.suffix}`,
  }));
  if (formed.length === 0) return;
  await insertBodies(tx, cmd.villageId, formed);
  await recordEvent(
    cmd,
    tx,
    'collectiveBodies.formed',
    { type: 'collectiveOrg', id: org.id },
    { bodies: formed },
  );
}
