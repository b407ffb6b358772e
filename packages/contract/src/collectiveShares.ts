import { z } from 'zod';
import { NEWBORN_RULES, SHARE_CLASSES, SHARE_MODES } from '@cunzhi/core/collective/charter';
import {
  MAX_CLASS_COUNT,
  MAX_UNITS,
  SHARE_ENTRY_KINDS,
} from '@cunzhi/core/collective/shares/holdings';
import { DateText, Fingerprint, ImportProgress, Text, Uuid } from './common.ts';
import { OrgParams } from './collective.ts';
import { route } from './route.ts';
import { VillageAbilities } from './villages.ts';

/**
 * 股权量化: the organisation's register of shares — who holds how many units of each class on a
 * day, summed per household; the members' assembly's quantification (typed or imported from a
 * 股东名册), a newborn's grant, transfers and inheritances; and each household's 股权证 on A4.
 */

const tag = 'collectiveShares';
const S = '/api/villages/:villageId/collective/orgs/:orgId/shares';

const Count = z.number().int().min(0).max(MAX_CLASS_COUNT);
const ClassUnits = z.object({ population: z.number(), farmingYears: z.number(), land: z.number() });

export const Holder = z.object({
  personId: Uuid,
  registerNo: z.number(),
  name: z.string(),
  householdId: Uuid,
  householdNumber: z.string(),
  classes: ClassUnits,
  units: z.number(),
});

export const Certificate = z.object({
  id: Uuid,
  householdId: Uuid,
  householdNumber: z.string(),
  number: z.number(),
  issuedOn: DateText,
  units: z.number(),
  holders: z.array(
    z.object({ personId: Uuid, name: z.string(), registerNo: z.number(), units: z.number() }),
  ),
  replacesNumber: z.number().nullable(),
  voidedOn: DateText.nullable(),
  voidReason: z.string().nullable(),
});

export const ShareFile = z.object({
  id: Uuid,
  fileName: z.string(),
  sha256: z.string(),
  members: z.number(),
  households: z.number(),
  units: z.number(),
  effectiveOn: DateText,
  basis: z.string(),
  importedByName: z.string().nullable(),
  importedAt: z.string(),
});

export const ShareEntry = z.object({
  id: Uuid,
  personId: Uuid,
  name: z.string(),
  kind: z.enum(SHARE_ENTRY_KINDS),
  shareClass: z.enum(SHARE_CLASSES),
  units: z.number(),
  effectiveOn: DateText,
  counterpartName: z.string().nullable(),
  note: z.string(),
});

export const SharesRegister = z.object({
  org: z.object({ id: Uuid, name: z.string(), reformedOn: DateText.nullable() }),
  on: DateText,
  charter: z
    .object({
      shareClasses: z.array(z.object({ shareClass: z.enum(SHARE_CLASSES), weight: z.number() })),
      shareMode: z.enum(SHARE_MODES),
      newborn: z.enum(NEWBORN_RULES),
    })
    .nullable(),
  quantifiedOn: DateText.nullable(),
  totals: z.object({ members: z.number(), households: z.number(), units: z.number() }),
  holders: z.array(Holder),
  households: z.array(
    z.object({
      householdId: Uuid,
      householdNumber: z.string(),
      units: z.number(),
      holders: z.number(),
      certificate: Certificate.nullable(),
    }),
  ),
  entries: z.array(ShareEntry),
  files: z.array(ShareFile),
  abilities: VillageAbilities,
});

export const getShares = route({
  method: 'GET',
  url: S,
  summary: '股权量化：各成员、各户持股 / Shares held by member and household on a day',
  tag,
  params: OrgParams,
  query: z.object({ on: DateText.optional() }),
  response: SharesRegister,
});

export const quantifyShares = route({
  method: 'POST',
  url: `${S}/quantification`,
  summary: '登记成员大会通过的股权量化方案 / Record the members’ assembly’s quantification',
  tag,
  params: OrgParams,
  body: z.object({
    resolutionId: Uuid,
    lines: z
      .array(
        z.object({
          personId: Uuid,
          population: Count.optional(),
          farmingYears: Count.optional(),
          land: Count.optional(),
        }),
      )
      .min(1)
      .max(20_000),
  }),
  response: z.object({ members: z.number(), units: z.number() }),
  status: 201,
});

export const startShareRegisterImport = route({
  method: 'POST',
  url: `${S}/imports`,
  summary:
    '导入股东名册（multipart/form-data：file 为 .xlsx 或 .csv；resolutionId 为成员大会决议，或 reformReference 写明产权制度改革时的决议） / Import a register of shareholders',
  tag,
  params: OrgParams,
  status: 202,
  response: z.object({ importId: Uuid }),
});

export const getShareRegisterImport = route({
  method: 'GET',
  url: `${S}/imports/:importId`,
  summary: '股东名册导入进度与错误 / A register import’s progress and problems',
  tag,
  params: OrgParams.extend({ importId: Uuid }),
  response: ImportProgress.extend({
    file: ShareFile.nullable(),
    summary: z.string().nullable(),
    errors: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })),
  }),
});

export const grantNewbornShares = route({
  method: 'POST',
  url: `${S}/grants`,
  summary: '按章程为新增成员配股 / Give a confirmed newborn shares as the charter says',
  tag,
  params: OrgParams,
  body: z.object({ personId: Uuid, resolutionId: Uuid.optional() }),
  response: z.object({ units: z.number(), effectiveOn: DateText }),
  status: 201,
});

export const transferShares = route({
  method: 'POST',
  url: `${S}/transfers`,
  summary: '登记组织内部股权转让 / Record a transfer between members',
  tag,
  params: OrgParams,
  body: z.object({
    fromPersonId: Uuid,
    toPersonId: Uuid,
    shareClass: z.enum(SHARE_CLASSES),
    units: z.number().int().min(1).max(MAX_UNITS),
    on: DateText.optional(),
    note: Text.max(500).optional(),
  }),
  response: z.object({ ok: z.literal(true) }),
  status: 201,
});

export const inheritShares = route({
  method: 'POST',
  url: `${S}/inheritances`,
  summary: '登记股权继承 / Record an inheritance by a member of the household',
  tag,
  params: OrgParams,
  body: z.object({ deceasedPersonId: Uuid, heirPersonId: Uuid, on: DateText.optional() }),
  response: z.object({ units: z.number() }),
  status: 201,
});

export const issueCertificate = route({
  method: 'POST',
  url: `${S}/certificates`,
  summary: '发放（换发）股权证 / Issue or reissue a household’s share certificate',
  tag,
  params: OrgParams,
  body: z.object({ householdId: Uuid, reason: Text.max(200).optional() }),
  response: z.object({ certificate: Certificate }),
  status: 201,
});

export const issueMissingCertificates = route({
  method: 'POST',
  url: `${S}/certificates/missing`,
  summary: '为尚未发证的各户发放股权证 / Issue certificates to every household without one',
  tag,
  params: OrgParams,
  response: z.object({ issued: z.number() }),
  status: 201,
});

export const getCertificatePrint = route({
  method: 'GET',
  url: `${S}/certificates/:certificateId`,
  summary: '股权证（A4） / A share certificate on A4',
  tag,
  params: OrgParams.extend({ certificateId: Uuid }),
  response: z.object({
    villageName: z.string(),
    townName: z.string(),
    orgName: z.string(),
    registeredCode: z.string().nullable(),
    certificate: Certificate,
    classes: z.array(z.object({ shareClass: z.enum(SHARE_CLASSES), units: z.number() })),
    fingerprint: Fingerprint,
  }),
});
