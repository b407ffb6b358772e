import { z } from 'zod';
import { DateText, Fingerprint, Instant, Text, Uuid, VillageParams } from './common.ts';
import { VillageAbilities } from './villages.ts';
import { route } from './route.ts';
import { BoxName, RoundParams } from './elections.ts';

/**
 * A meeting's paper ⇄ online reconciliation: the printed sign-in sheets as entered against the
 * online check-ins (a villager's own, or by 代办). Signed on paper only, online only, both (a
 * finding: counted twice?), neither; the quorum counts each person once. The supervision
 * committee signs the report.
 */

const tag = 'reconciliation';
const MeetingParams = VillageParams.extend({ meetingId: Uuid });

const Person = z.object({ personId: Uuid, name: z.string(), assistedBy: z.string().nullable() });

/** What every reconciliation report holds: the groups, the counts, the fingerprint, the signatures. */
const ReportView = z.object({
  paperOnly: z.array(Person),
  onlineOnly: z.array(Person),
  /** On the paper and the online record: a finding (a meeting: counted once; an election: two ballots). */
  both: z.array(Person),
  neither: z.array(Person),
  /** On a record but not due (a meeting: not counted; an election: not on the roll, not entitled). */
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

export const ReconciliationView = ReportView.extend({
  meeting: z.object({ id: Uuid, title: z.string(), meetingOn: DateText, kind: z.string() }),
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

/**
 * An election round's paper ⇄ online reconciliation: the printed roll signed for a ballot
 * (领票签名, and ballots recorded handed out at a box) against the ballots issued online. Who
 * received a ballot, never what it said. `assistedBy` names a proxy holder (委托投票).
 */

export const ElectionReconciliationView = ReportView.extend({
  election: z.object({
    id: Uuid,
    title: z.string(),
    round: z.number(),
    roundKind: z.string(),
    pollingOn: DateText,
    method: z.enum(['paper', 'electronic']),
  }),
  /**
   * The lines entered from the printed roll in the order entered, those withdrawn by mistake
   * too (with the reason): a withdrawn line is left out of the groups.
   */
  rollSigns: z.array(
    z.object({
      personId: Uuid,
      name: z.string(),
      box: z.string(),
      proxyHolder: z.object({ personId: Uuid, name: z.string() }).nullable(),
      enteredAt: Instant,
      withdrawn: z.object({ at: Instant, reason: z.string() }).nullable(),
    }),
  ),
  /** The proxies approved and published (委托投票, 审核公告), which a roll line may name. */
  proxies: z.array(
    z.object({
      principalId: Uuid,
      principalName: z.string(),
      holderId: Uuid,
      holderName: z.string(),
    }),
  ),
  /** The viewer sits on this election's committee: enters and withdraws the roll's lines. */
  committeeMember: z.boolean(),
  /** Ballots issued on paper and online (one on both received two) against those cast at the count. */
  ballots: z.object({
    paper: z.number(),
    online: z.number(),
    issued: z.number(),
    cast: z.number().nullable(),
    agree: z.boolean().nullable(),
  }),
});

const E = '/api/villages/:villageId/elections/:electionId/rounds/:round';

export const getElectionReconciliation = route({
  method: 'GET',
  url: `${E}/reconciliation`,
  summary:
    '选举领票纸质与线上核对报告 / The paper ⇄ online reconciliation of an election round’s ballots',
  tag,
  params: RoundParams,
  response: ElectionReconciliationView,
});

export const RollSignsBody = z.object({
  /** The central box, or a mobile box (流动票箱) of the round. */
  box: BoxName.default('central'),
  /** Each voter who signed the printed roll for a ballot; a proxy holder signing for a principal names the holder. */
  signed: z
    .array(z.object({ personId: Uuid, proxyHolderId: Uuid.nullable().default(null) }))
    .min(1)
    .max(5000),
});

export const enterRollSigns = route({
  method: 'POST',
  url: `${E}/roll-signs`,
  summary: '选举委员会录入选民名单上的领票签名 / Enter the signatures on the printed roll',
  tag,
  params: RoundParams,
  body: RollSignsBody,
  status: 201,
  response: ElectionReconciliationView,
});

export const signElectionReconciliation = route({
  method: 'POST',
  url: `${E}/reconciliation/signatures`,
  summary: '村务监督委员会成员在选举核对报告上签字 / A supervision member signs the report',
  tag,
  params: RoundParams,
  status: 201,
  response: ElectionReconciliationView,
});

const RollSignParams = RoundParams.extend({ personId: Uuid });

/** A line entered by mistake is withdrawn with the reason (never deleted), before any signature. */
export const withdrawRollSign = route({
  method: 'POST',
  url: `${E}/roll-signs/:personId/withdrawal`,
  summary:
    '选举委员会撤回误录的领票签名 / Withdraw a line entered from the printed roll by mistake',
  tag,
  params: RollSignParams,
  body: z.object({ reason: Text.trim().min(1).max(500) }),
  status: 201,
  response: ElectionReconciliationView,
});
