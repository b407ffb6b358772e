import { shellEn } from './shell.en.ts';
import type { zhCN } from './zh-CN.ts';
import { registryEn } from '../features/registry/i18n.en.ts';
import { rosterEn } from '../features/roster/i18n.en.ts';
import { auditEn } from '../features/audit/i18n.en.ts';
import { authEn } from '../features/auth/i18n.en.ts';
import { villagesEn } from '../features/villages/i18n.en.ts';
import { bodiesEn } from '../features/bodies/i18n.en.ts';
import { mattersEn } from '../features/matters/i18n.en.ts';
import { meetingsEn } from '../features/meetings/i18n.en.ts';
import { disclosureEn } from '../features/disclosure/i18n.en.ts';
import { broadcastEn } from '../features/broadcast/i18n.en.ts';
import { financeEn } from '../features/finance/i18n.en.ts';
import { spendingEn } from '../features/spending/i18n.en.ts';
import { complaintsEn } from '../features/complaints/i18n.en.ts';
import { notificationsEn } from '../features/notifications/i18n.en.ts';
import { disputesEn } from '../features/disputes/i18n.en.ts';
import { servicesEn } from '../features/services/i18n.en.ts';
import { supermarketEn } from '../features/points/supermarket/i18n.en.ts';
import { pointsImportEn } from '../features/points/import/i18n.en.ts';
import { sharesEn } from '../features/collective/shares/i18n.en.ts';
import { pointsEn } from '../features/points/i18n.en.ts';
import { collectiveEn } from '../features/collective/i18n.en.ts';
import { collectiveBooksEn } from '../features/collective/books/i18n.en.ts';
import { distributionEn } from '../features/collective/distribution/i18n.en.ts';
import { collectiveBooksPhoneEn } from '../features/collective/books/i18n.phone.en.ts';
import { collectiveMeetingsEn } from '../features/collective/meetings/i18n.en.ts';
import { countyPointsEn } from '../features/countyPoints/i18n.en.ts';
import { workAdmissionEn } from '../features/workAdmission/i18n.en.ts';
import { serviceListsEn } from '../features/serviceLists/i18n.en.ts';
import { villageRulesEn } from '../features/villageRules/i18n.en.ts';
import { moralListEn } from '../features/moralList/i18n.en.ts';
import { activitiesEn } from '../features/activities/i18n.en.ts';
import { liaisonEn } from '../features/liaison/i18n.en.ts';
import { partyEn } from '../features/party/i18n.en.ts';
import { partyDuesEn } from '../features/party/dues/i18n.en.ts';
import { assistanceEn } from '../features/assistance/i18n.en.ts';
import { petitionsEn } from '../features/petitions/i18n.en.ts';
import { attachmentsEn } from '../features/attachments/i18n.en.ts';
import { townInboxEn } from '../features/townInbox/i18n.en.ts';
import { oversightEn } from '../features/oversight/i18n.en.ts';
import { evaluationsEn } from '../features/evaluations/i18n.en.ts';
import { archiveEn } from '../features/archive/i18n.en.ts';
import { responsibilityAuditsEn } from '../features/responsibilityAudits/i18n.en.ts';
import { supervisionEn } from '../features/supervision/i18n.en.ts';
import { supervisionEvidenceEn } from '../features/supervision/i18n.evidence.en.ts';
import { electionRulesEn } from '../features/elections/i18n.rules.en.ts';
import { electionPollingEn } from '../features/elections/i18n.polling.en.ts';
import { electionPrintEn } from '../features/elections/i18n.print.en.ts';
import { electionRecallEn } from '../features/elections/i18n.recall.en.ts';
import { electionRecallPhoneEn } from '../features/elections/i18n.recall.phone.en.ts';
import { electionPaperEn } from '../features/elections/i18n.print2.en.ts';
import { electionsEn } from '../features/elections/i18n.en.ts';

export const en: Record<keyof typeof zhCN, string> = {
  ...shellEn,
  ...registryEn,
  ...rosterEn,
  ...auditEn,
  ...authEn,
  ...villagesEn,
  ...bodiesEn,
  ...mattersEn,
  ...meetingsEn,
  ...disclosureEn,
  ...broadcastEn,
  ...financeEn,
  ...spendingEn,
  ...complaintsEn,
  ...notificationsEn,
  ...disputesEn,
  ...servicesEn,
  ...supermarketEn,
  ...pointsImportEn,
  ...sharesEn,
  ...pointsEn,
  ...collectiveEn,
  ...collectiveBooksEn,
  ...distributionEn,
  ...collectiveBooksPhoneEn,
  ...collectiveMeetingsEn,
  ...countyPointsEn,
  ...workAdmissionEn,
  ...serviceListsEn,
  ...villageRulesEn,
  ...moralListEn,
  ...activitiesEn,
  ...liaisonEn,
  ...partyEn,
  ...partyDuesEn,
  ...assistanceEn,
  ...petitionsEn,
  ...attachmentsEn,
  ...townInboxEn,
  ...oversightEn,
  ...evaluationsEn,
  ...archiveEn,
  ...responsibilityAuditsEn,
  ...supervisionEn,
  ...supervisionEvidenceEn,
  ...electionRulesEn,
  ...electionPollingEn,
  ...electionPrintEn,
  ...electionRecallEn,
  ...electionRecallPhoneEn,
  ...electionPaperEn,
  ...electionsEn,
};
