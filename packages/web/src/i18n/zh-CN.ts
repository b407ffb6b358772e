/**
 * The Chinese dictionary: the source of every visible string. `en.ts` must
 * have exactly the same keys. Placeholders are `{name}`. The shell's strings
 * are in `shell.zh-CN.ts` (in the first chunk); each capability keeps its own in
 * `features/<capability>/i18n.zh-CN.ts` (and `i18n.en.ts`), joined below with one line
 * each. This file loads with the first page that needs it (i18n/index.tsx `loadLang`).
 */
import { shellZhCN } from './shell.zh-CN.ts';
import { registryZhCN } from '../features/registry/i18n.zh-CN.ts';
import { rosterZhCN } from '../features/roster/i18n.zh-CN.ts';
import { auditZhCN } from '../features/audit/i18n.zh-CN.ts';
import { authZhCN } from '../features/auth/i18n.zh-CN.ts';
import { villagesZhCN } from '../features/villages/i18n.zh-CN.ts';
import { bodiesZhCN } from '../features/bodies/i18n.zh-CN.ts';
import { mattersZhCN } from '../features/matters/i18n.zh-CN.ts';
import { meetingsZhCN } from '../features/meetings/i18n.zh-CN.ts';
import { disclosureZhCN } from '../features/disclosure/i18n.zh-CN.ts';
import { broadcastZhCN } from '../features/broadcast/i18n.zh-CN.ts';
import { financeZhCN } from '../features/finance/i18n.zh-CN.ts';
import { spendingZhCN } from '../features/spending/i18n.zh-CN.ts';
import { complaintsZhCN } from '../features/complaints/i18n.zh-CN.ts';
import { notificationsZhCN } from '../features/notifications/i18n.zh-CN.ts';
import { disputesZhCN } from '../features/disputes/i18n.zh-CN.ts';
import { servicesZhCN } from '../features/services/i18n.zh-CN.ts';
import { supermarketZhCN } from '../features/points/supermarket/i18n.zh-CN.ts';
import { pointsImportZhCN } from '../features/points/import/i18n.zh-CN.ts';
import { sharesZhCN } from '../features/collective/shares/i18n.zh-CN.ts';
import { pointsZhCN } from '../features/points/i18n.zh-CN.ts';
import { collectiveZhCN } from '../features/collective/i18n.zh-CN.ts';
import { collectiveBooksZhCN } from '../features/collective/books/i18n.zh-CN.ts';
import { distributionZhCN } from '../features/collective/distribution/i18n.zh-CN.ts';
import { collectiveBooksPhoneZhCN } from '../features/collective/books/i18n.phone.zh-CN.ts';
import { collectiveMeetingsZhCN } from '../features/collective/meetings/i18n.zh-CN.ts';
import { countyPointsZhCN } from '../features/countyPoints/i18n.zh-CN.ts';
import { workAdmissionZhCN } from '../features/workAdmission/i18n.zh-CN.ts';
import { serviceListsZhCN } from '../features/serviceLists/i18n.zh-CN.ts';
import { villageRulesZhCN } from '../features/villageRules/i18n.zh-CN.ts';
import { moralListZhCN } from '../features/moralList/i18n.zh-CN.ts';
import { activitiesZhCN } from '../features/activities/i18n.zh-CN.ts';
import { liaisonZhCN } from '../features/liaison/i18n.zh-CN.ts';
import { partyZhCN } from '../features/party/i18n.zh-CN.ts';
import { partyDuesZhCN } from '../features/party/dues/i18n.zh-CN.ts';
import { assistanceZhCN } from '../features/assistance/i18n.zh-CN.ts';
import { petitionsZhCN } from '../features/petitions/i18n.zh-CN.ts';
import { attachmentsZhCN } from '../features/attachments/i18n.zh-CN.ts';
import { townInboxZhCN } from '../features/townInbox/i18n.zh-CN.ts';
import { oversightZhCN } from '../features/oversight/i18n.zh-CN.ts';
import { evaluationsZhCN } from '../features/evaluations/i18n.zh-CN.ts';
import { archiveZhCN } from '../features/archive/i18n.zh-CN.ts';
import { responsibilityAuditsZhCN } from '../features/responsibilityAudits/i18n.zh-CN.ts';
import { supervisionZhCN } from '../features/supervision/i18n.zh-CN.ts';
import { supervisionEvidenceZhCN } from '../features/supervision/i18n.evidence.zh-CN.ts';
import { electionRulesZhCN } from '../features/elections/i18n.rules.zh-CN.ts';
import { electionPollingZhCN } from '../features/elections/i18n.polling.zh-CN.ts';
import { electionPrintZhCN } from '../features/elections/i18n.print.zh-CN.ts';
import { electionRecallZhCN } from '../features/elections/i18n.recall.zh-CN.ts';
import { electionRecallPhoneZhCN } from '../features/elections/i18n.recall.phone.zh-CN.ts';
import { electionPaperZhCN } from '../features/elections/i18n.print2.zh-CN.ts';
import { electionsZhCN } from '../features/elections/i18n.zh-CN.ts';

export const zhCN = {
  ...shellZhCN,
  ...registryZhCN,
  ...rosterZhCN,
  ...auditZhCN,
  ...authZhCN,
  ...villagesZhCN,
  ...bodiesZhCN,
  ...mattersZhCN,
  ...meetingsZhCN,
  ...disclosureZhCN,
  ...broadcastZhCN,
  ...financeZhCN,
  ...spendingZhCN,
  ...complaintsZhCN,
  ...notificationsZhCN,
  ...disputesZhCN,
  ...servicesZhCN,
  ...supermarketZhCN,
  ...pointsImportZhCN,
  ...sharesZhCN,
  ...pointsZhCN,
  ...collectiveZhCN,
  ...collectiveBooksZhCN,
  ...distributionZhCN,
  ...collectiveBooksPhoneZhCN,
  ...collectiveMeetingsZhCN,
  ...countyPointsZhCN,
  ...workAdmissionZhCN,
  ...serviceListsZhCN,
  ...villageRulesZhCN,
  ...moralListZhCN,
  ...activitiesZhCN,
  ...liaisonZhCN,
  ...partyZhCN,
  ...partyDuesZhCN,
  ...assistanceZhCN,
  ...petitionsZhCN,
  ...attachmentsZhCN,
  ...townInboxZhCN,
  ...oversightZhCN,
  ...evaluationsZhCN,
  ...archiveZhCN,
  ...responsibilityAuditsZhCN,
  ...supervisionZhCN,
  ...supervisionEvidenceZhCN,
  ...electionRulesZhCN,
  ...electionPollingZhCN,
  ...electionPrintZhCN,
  ...electionRecallZhCN,
  ...electionRecallPhoneZhCN,
  ...electionPaperZhCN,
  ...electionsZhCN,
} as const;

export type MessageKey = keyof typeof zhCN;
