import { z } from 'zod';
import { DateText, Fingerprint, Instant, Uuid, VillageParams } from './common.ts';
import { VillageAbilities } from './villages.ts';
import { route } from './route.ts';

/**
 * A meeting's paper ⇄ online reconciliation: the printed sign-in sheets as entered against the
 * online check-ins (a villager's own, or by 代办). Signed on paper only, online only, both (a
 * finding: counted twice?), neither; the quorum counts each person once. The supervision
 * committee signs the report.
 */

const tag = 'reconciliation';
const MeetingParams = VillageParams.extend({ meetingId: Uuid });

const Person = z.object({ personId: Uuid, name: z.string(), assistedBy: z.string().nullable() });

export const ReconciliationView = z.object({
  meeting: z.object({ id: Uuid, title: z.string(), meetingOn: DateText, kind: z.string() }),
  paperOnly: z.array(Person),
  onlineOnly: z.array(Person),
  /** On the sheet and checked in online: a finding, though they are counted once. */
  both: z.array(Person),
  neither: z.array(Person),
  /** On a record but not due at the meeting (not counted). */
  notDue: z.array(Person),
  dueCount: z.number(),
  /** Those due who were there, each counted once. */
  countedOnce: z.number(),
  /** SHA-256 of the report's groups; a signature keeps the one it vouched for. */
  fingerprint: z.string(),
  signatures: z.array(
    z.object({
      personId: Uuid,
      name: z.string(),
      signedAt: Instant,
      /** Signed this report as it stands (false: the record changed after). */
      current: z.boolean(),
    }),
  ),
  /** The first signature's place on the audit chain (for the printed QR), else null. */
  auditFingerprint: Fingerprint,
  abilities: VillageAbilities,
});

export const getReconciliation = route({
  method: 'GET',
  url: '/api/villages/:villageId/meetings/:meetingId/reconciliation',
  summary:
    '会议签到纸质与线上核对报告 / The paper ⇄ online reconciliation of a meeting’s attendance',
  tag,
  params: MeetingParams,
  response: ReconciliationView,
});

export const signReconciliation = route({
  method: 'POST',
  url: '/api/villages/:villageId/meetings/:meetingId/reconciliation/signatures',
  summary: '村务监督委员会成员在核对报告上签字 / A supervision member signs the report',
  tag,
  params: MeetingParams,
  status: 201,
  response: ReconciliationView,
});
