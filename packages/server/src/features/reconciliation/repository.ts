import type { Queryable, Tx } from '../../platform/db/database.ts';

export interface SignatureRow {
  person_id: string;
  name: string;
  fingerprint: string;
  signed_at: Date;
}

export async function listSignatures(
  db: Queryable,
  villageId: string,
  meetingId: string,
): Promise<SignatureRow[]> {
  return db.query<SignatureRow>(
    `SELECT s.person_id, p.name, s.fingerprint, s.signed_at FROM reconciliation_signature s
     JOIN person p ON p.village_id = s.village_id AND p.id = s.person_id
     WHERE s.village_id = $1 AND s.meeting_id = $2 ORDER BY s.signed_at`,
    [villageId, meetingId],
  );
}

/** Records one member's signature; false when they had signed already. */
export async function insertSignature(
  tx: Tx,
  villageId: string,
  s: { meetingId: string; personId: string; fingerprint: string; signedBy: string; signedAt: Date },
): Promise<boolean> {
  const inserted = await tx.query(
    `INSERT INTO reconciliation_signature (village_id, meeting_id, person_id, fingerprint,
       signed_by, signed_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING person_id`,
    [villageId, s.meetingId, s.personId, s.fingerprint, s.signedBy, s.signedAt],
  );
  return inserted.length > 0;
}
