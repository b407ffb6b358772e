import { randomUUID } from 'node:crypto';
import type { TestServer } from './testServer.ts';

let seq = 0;

/**
 * A resolution of a closed meeting of `kind` in village A adopted on a day, as the decisions
 * capability leaves it (numbered from 700 so it never meets the meetings module's own numbers).
 * A collective economic organisation's meeting kinds name their organisation (`collectiveOrgId`).
 */
export async function resolutionOf(
  server: TestServer,
  kind: string,
  adoptedOn: string,
  title = '决议',
  collectiveOrgId: string | null = null,
): Promise<{ id: string; meetingId: string }> {
  const [meetingId, motionId, id] = [randomUUID(), randomUUID(), randomUUID()];
  const A = server.fixture.villageA.id;
  seq += 1;
  await server.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO meeting (village_id, id, kind, title, meeting_on, notice_on, status, convened_by, check_in_code, profile_id, profile_version, collective_org_id)
       VALUES ($1, $2, $3, $4, $5, $5, 'closed', $6, 'ABC123', 'national', '2025-10-28', $7)`,
      [
        A,
        meetingId,
        kind,
        title,
        adoptedOn,
        server.fixture.accounts.committeeChair.id,
        collectiveOrgId,
      ],
    );
    await tx.query(
      `INSERT INTO motion (village_id, id, meeting_id, number, title, voting, status, yes, no, abstain, passed, closed_at)
       VALUES ($1, $2, $3, 1, $4, 'showOfHands', 'closed', 9, 0, 0, true, now())`,
      [A, motionId, meetingId, title],
    );
    await tx.query(
      `INSERT INTO resolution (village_id, id, year, number, meeting_id, motion_id, kind, title, adopted_on, decision, profile_id, profile_version, collective_org_id)
       VALUES ($1, $2, $3, $4, $5, $6, 'ordinary', $7, $8, '{}', 'national', '2025-10-28', $9)`,
      [
        A,
        id,
        Number(adoptedOn.slice(0, 4)),
        700 + seq,
        meetingId,
        motionId,
        title,
        adoptedOn,
        collectiveOrgId,
      ],
    );
  });
  return { id, meetingId };
}
