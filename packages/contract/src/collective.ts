import { z } from 'zod';
import {
  NEWBORN_RULES,
  PARTY_STUDY_ENFORCEMENTS,
  SHARE_CLASSES,
  SHARE_MODES,
  MAX_ADJUST_YEARS,
  MAX_OTHER_REASONS,
  MAX_REASON_LENGTH,
  MAX_WEIGHT,
} from '@cunzhi/core/collective/charter';
import {
  ART18_GROUNDS,
  CONFIRM_GROUNDS,
  EVENT_KINDS,
  LOSS_GROUNDS,
} from '@cunzhi/core/collective/membership';
import { ORG_LEVELS } from '@cunzhi/core/collective/organisation';
import { MEETING_KINDS } from '@cunzhi/core/meetings/meetingKinds';
import { DateText, Fingerprint, Text, Uuid, VillageParams } from './common.ts';
import { route } from './route.ts';
import { VillageAbilities } from './villages.ts';

/**
 * The collective economic organisation (农村集体经济组织): the organisation, its charter's versions,
 * its register of members and each member's dated acts (confirmed, refused, lost, exited,
 * restored), and the register (成员名册) on A4 for filing with the town and the county. ID numbers
 * travel only to those whose ability shows them (masked otherwise).
 */

const tag = 'collective';
const V = '/api/villages/:villageId';

export const OrgParams = VillageParams.extend({ orgId: Uuid });
export const MemberParams = OrgParams.extend({ personId: Uuid });

const Rate = z.number().int().min(0).max(10_000);
const ThresholdInput = z.object({
  num: z.number().int().min(1).max(9),
  den: z.number().int().min(2).max(10),
});

export const CharterTerms = z.object({
  reserveRateBp: Rate,
  committeePayment: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('rate'), rateBp: Rate }),
    z.object({ kind: z.literal('fixed'), fen: z.number().int().min(0) }),
  ]),
  shareClasses: z
    .array(
      z.object({
        shareClass: z.enum(SHARE_CLASSES),
        weight: z.number().int().min(0).max(MAX_WEIGHT),
      }),
    )
    .max(SHARE_CLASSES.length),
  shareMode: z.enum(SHARE_MODES),
  newborn: z.enum(NEWBORN_RULES),
  adjustEveryYears: z.number().int().min(0).max(MAX_ADJUST_YEARS).nullable(),
  partyStudy: z.enum(PARTY_STUDY_ENFORCEMENTS),
  assemblyDecision: ThresholdInput,
  otherLossReasons: z.array(Text.max(MAX_REASON_LENGTH)).max(MAX_OTHER_REASONS),
});

export const Charter = z.object({
  id: Uuid,
  version: z.number(),
  adoptedOn: DateText,
  effectiveFrom: DateText,
  /** 〔2026〕第3号 of the members' assembly's resolution, or the paper resolution in words */
  adoptedBy: z.string(),
  inForce: z.boolean(),
  terms: CharterTerms,
});

export const Org = z.object({
  id: Uuid,
  level: z.enum(ORG_LEVELS),
  villagerGroupId: Uuid.nullable(),
  /** 第三村民小组 for a group's organisation */
  groupName: z.string().nullable(),
  name: z.string(),
  registeredCode: z.string().nullable(),
  foundedOn: DateText,
  reformedOn: DateText.nullable(),
  members: z.number(),
  membersWithFullCapacity: z.number(),
  charter: Charter.nullable(),
});

export const Member = z.object({
  personId: Uuid,
  registerNo: z.number(),
  name: z.string(),
  gender: z.enum(['male', 'female']),
  /** null with a masked ID number (the two together would give the number back) */
  birthDate: DateText.nullable(),
  /** masked unless the reader may see ID numbers */
  residentIdNumber: z.string().nullable(),
  household: z.string(),
  status: z.enum(['member', 'lost', 'exited']),
  since: DateText,
  fullCapacity: z.boolean(),
});

export const MemberEvent = z.object({
  id: Uuid,
  personId: Uuid,
  name: z.string(),
  kind: z.enum(EVENT_KINDS),
  ground: z.string(),
  occurredOn: DateText,
  reason: z.string(),
  evidence: z.string(),
  /** 〔2026〕第3号 */
  resolution: z.string().nullable(),
  appliedOn: DateText.nullable(),
  recordedBy: z.string().nullable(),
});

export const PersonOption = z.object({ id: Uuid, label: z.string() });
export const ResolutionOption = z.object({
  id: Uuid,
  label: z.string(),
  meetingKind: z.enum(MEETING_KINDS),
  /** The Art. 26 power its motion exercised (membership, charter …), if any */
  power: z.string().nullable(),
  adoptedOn: DateText,
});

export const Overview = z.object({
  orgs: z.array(Org),
  groups: z.array(z.object({ id: Uuid, name: z.string() })),
  abilities: VillageAbilities,
});

export const OrgDetail = z.object({
  org: Org,
  charters: z.array(Charter),
  members: z.array(Member),
  events: z.array(MemberEvent),
  /** Registry persons who are not members today (for confirmation) */
  candidates: z.array(PersonOption),
  /** The organisation's members' assemblies' and council's resolutions (confirmation, consent) */
  resolutions: z.array(ResolutionOption),
  abilities: VillageAbilities,
});

const Words = Text.trim().max(500);

export const OrgInput = z.object({
  level: z.enum(ORG_LEVELS),
  villagerGroupId: Uuid.nullable().optional(),
  name: Text.trim().min(1).max(100),
  registeredCode: Text.trim().max(18).optional(),
  foundedOn: DateText,
  reformedOn: DateText.optional(),
});

export const CharterInput = z.object({
  terms: CharterTerms,
  resolutionId: Uuid.optional(),
  paperResolution: Text.trim().max(200).optional(),
  adoptedOn: DateText.optional(),
  effectiveFrom: DateText.optional(),
});

export const ReformImportInput = z.object({
  personIds: z.array(Uuid).min(1).max(20_000),
});

export const ConfirmationInput = z.object({
  resolutionId: Uuid,
  decisions: z
    .array(
      z.object({
        personId: Uuid,
        ground: z.enum(CONFIRM_GROUNDS),
        confirmed: z.boolean(),
        reason: Words.optional(),
        evidence: Words.optional(),
      }),
    )
    .min(1)
    .max(500),
});

export const RemovalInput = z.object({
  ground: z.enum([...LOSS_GROUNDS, ...ART18_GROUNDS]),
  reason: Words.optional(),
  evidence: Words.optional(),
  occurredOn: DateText,
  contracted: z.boolean().optional(),
  memberElsewhere: z.boolean().optional(),
});

export const ExitInput = z.object({
  appliedOn: DateText,
  occurredOn: DateText,
  /** The written application is on paper and filed (its scan an attachment) */
  writtenApplication: z.boolean(),
  consentResolutionId: Uuid.optional(),
  demandsPartition: z.boolean(),
  evidence: Words.optional(),
});

export const RestoreInput = z.object({
  occurredOn: DateText,
  reason: Text.trim().min(1).max(500),
  resolutionId: Uuid.optional(),
});

export const RegisterQuery = z.object({ on: DateText.optional() });

export const RegisterSheet = z.object({
  villageName: z.string(),
  townName: z.string(),
  orgName: z.string(),
  registeredCode: z.string().nullable(),
  on: DateText,
  members: z.number(),
  membersWithFullCapacity: z.number(),
  rows: z.array(
    z.object({
      registerNo: z.number(),
      name: z.string(),
      gender: z.enum(['male', 'female']),
      birthDate: DateText.nullable(),
      residentIdNumber: z.string().nullable(),
      household: z.string(),
      confirmedOn: DateText,
      ground: z.string(),
    }),
  ),
  fingerprint: Fingerprint,
});

export const getCollective = route({
  method: 'GET',
  url: `${V}/collective`,
  summary: '集体经济组织 / The collective economic organisations',
  tag,
  params: VillageParams,
  response: Overview,
});

export const createOrg = route({
  method: 'POST',
  url: `${V}/collective/orgs`,
  summary: '登记集体经济组织 / Record an organisation',
  tag,
  params: VillageParams,
  body: OrgInput,
  response: z.object({ org: Org }),
  status: 201,
});

export const getOrg = route({
  method: 'GET',
  url: `${V}/collective/orgs/:orgId`,
  summary: '组织、章程与成员名册 / The organisation, its charter and register',
  tag,
  params: OrgParams,
  response: OrgDetail,
});

export const adoptCharter = route({
  method: 'POST',
  url: `${V}/collective/orgs/:orgId/charters`,
  summary: '登记成员大会通过的章程 / Record a charter version adopted by the members',
  tag,
  params: OrgParams,
  body: CharterInput,
  response: z.object({ charter: Charter }),
  status: 201,
});

export const importReformMembers = route({
  method: 'POST',
  url: `${V}/collective/orgs/:orgId/reform-members`,
  summary: '登记产权制度改革时已确认的成员 / Enter the reform’s confirmed members',
  tag,
  params: OrgParams,
  body: ReformImportInput,
  response: z.object({ entered: z.number() }),
});

export const recordConfirmations = route({
  method: 'POST',
  url: `${V}/collective/orgs/:orgId/confirmations`,
  summary: '登记成员大会确认成员身份的决议 / Record the assembly’s confirmations',
  tag,
  params: OrgParams,
  body: ConfirmationInput,
  response: z.object({ confirmed: z.number(), refused: z.number() }),
});

export const recordRemoval = route({
  method: 'POST',
  url: `${V}/collective/orgs/:orgId/members/:personId/loss`,
  summary: '登记成员身份丧失 / Record a loss of membership',
  tag,
  params: MemberParams,
  body: RemovalInput,
  response: z.object({ member: Member }),
});

export const recordExit = route({
  method: 'POST',
  url: `${V}/collective/orgs/:orgId/members/:personId/exit`,
  summary: '登记成员自愿退出 / Record a member’s voluntary exit',
  tag,
  params: MemberParams,
  body: ExitInput,
  response: z.object({ member: Member }),
});

export const restoreMember = route({
  method: 'POST',
  url: `${V}/collective/orgs/:orgId/members/:personId/restore`,
  summary: '恢复被错误取消的成员身份 / Restore a membership wrongly ended',
  tag,
  params: MemberParams,
  body: RestoreInput,
  response: z.object({ member: Member }),
});

export const getRegisterSheet = route({
  method: 'GET',
  url: `${V}/collective/orgs/:orgId/register-sheet`,
  summary: '成员名册（A4，报乡镇和县级备案） / The register on A4 for filing',
  tag,
  params: OrgParams,
  query: RegisterQuery,
  response: RegisterSheet,
});
