/**
 * The Chinese words of the villager's phone pages (the village frame and home, a notice, the
 * phone at a meeting, my complaints, my registration, the supervision member's and the
 * evaluator's sheets): the capabilities those pages draw from. A phone page loads this part
 * only (lazyPage.ts `phonePage`); the console's pages load the whole dictionary (zh-CN.ts), which
 * grows with every capability while this part grows only with what a phone shows.
 *
 * `phoneWords.test.ts` checks that every key a phone page can draw is here; a key missed all
 * the same loads the whole dictionary and draws again (i18n/index.tsx), never a raw key.
 */
import { shellZhCN } from './shell.zh-CN.ts';
import { authZhCN } from '../features/auth/i18n.zh-CN.ts';
import { villagesZhCN } from '../features/villages/i18n.zh-CN.ts';
import { bodiesZhCN } from '../features/bodies/i18n.zh-CN.ts';
import { registryZhCN } from '../features/registry/i18n.zh-CN.ts';
import { mattersZhCN } from '../features/matters/i18n.zh-CN.ts';
import { meetingsZhCN } from '../features/meetings/i18n.zh-CN.ts';
import { disclosureZhCN } from '../features/disclosure/i18n.zh-CN.ts';
import { broadcastZhCN } from '../features/broadcast/i18n.zh-CN.ts';
import { complaintsZhCN } from '../features/complaints/i18n.zh-CN.ts';
import { notificationsMenuZhCN } from '../features/notifications/i18n.menu.zh-CN.ts';
import { disputesMenuZhCN } from '../features/disputes/i18n.menu.zh-CN.ts';
import { petitionsMenuZhCN } from '../features/petitions/i18n.menu.zh-CN.ts';
import { workAdmissionMenuZhCN } from '../features/workAdmission/i18n.menu.zh-CN.ts';
import { servicesZhCN } from '../features/services/i18n.zh-CN.ts';
import { supermarketZhCN } from '../features/points/supermarket/i18n.zh-CN.ts';
import { pointsZhCN } from '../features/points/i18n.zh-CN.ts';
import { partyDuesZhCN } from '../features/party/dues/i18n.zh-CN.ts';
import { assistanceZhCN } from '../features/assistance/i18n.zh-CN.ts';
import { collectiveBooksPhoneZhCN } from '../features/collective/books/i18n.phone.zh-CN.ts';
import { serviceListsPhoneZhCN } from '../features/serviceLists/i18n.phone.zh-CN.ts';
import { moralListPhoneZhCN } from '../features/moralList/i18n.phone.zh-CN.ts';
import { activitiesMenuZhCN } from '../features/activities/i18n.menu.zh-CN.ts';
import { villageRulesMenuZhCN } from '../features/villageRules/i18n.menu.zh-CN.ts';
import { countyPointsMenuZhCN } from '../features/countyPoints/i18n.menu.zh-CN.ts';
import { oversightMenuZhCN } from '../features/oversight/i18n.menu.zh-CN.ts';
import { sharesMenuZhCN } from '../features/collective/shares/i18n.menu.zh-CN.ts';
import { collectiveMenuZhCN } from '../features/collective/i18n.menu.zh-CN.ts';
import { distributionMenuZhCN } from '../features/collective/distribution/i18n.menu.zh-CN.ts';
import { partyPhoneZhCN } from '../features/party/i18n.phone.zh-CN.ts';
import { liaisonZhCN } from '../features/liaison/i18n.zh-CN.ts';
import { attachmentsZhCN } from '../features/attachments/i18n.zh-CN.ts';
import { townInboxZhCN } from '../features/townInbox/i18n.zh-CN.ts';
import { evaluationsZhCN } from '../features/evaluations/i18n.zh-CN.ts';
import { supervisionZhCN } from '../features/supervision/i18n.zh-CN.ts';
import { supervisionEvidenceZhCN } from '../features/supervision/i18n.evidence.zh-CN.ts';
import { electionsZhCN } from '../features/elections/i18n.zh-CN.ts';
import { electionRecallPhoneZhCN } from '../features/elections/i18n.recall.phone.zh-CN.ts';

export const phoneZhCN = {
  ...shellZhCN,
  ...authZhCN,
  ...villagesZhCN,
  ...bodiesZhCN,
  ...registryZhCN,
  ...mattersZhCN,
  ...meetingsZhCN,
  ...disclosureZhCN,
  ...broadcastZhCN,
  ...complaintsZhCN,
  ...notificationsMenuZhCN,
  ...disputesMenuZhCN,
  ...petitionsMenuZhCN,
  ...workAdmissionMenuZhCN,
  ...servicesZhCN,
  ...supermarketZhCN,
  ...pointsZhCN,
  ...partyDuesZhCN,
  ...assistanceZhCN,
  ...collectiveBooksPhoneZhCN,
  ...serviceListsPhoneZhCN,
  ...moralListPhoneZhCN,
  ...activitiesMenuZhCN,
  ...villageRulesMenuZhCN,
  ...countyPointsMenuZhCN,
  ...oversightMenuZhCN,
  ...sharesMenuZhCN,
  ...collectiveMenuZhCN,
  ...distributionMenuZhCN,
  ...partyPhoneZhCN,
  ...liaisonZhCN,
  ...attachmentsZhCN,
  ...townInboxZhCN,
  ...evaluationsZhCN,
  ...supervisionZhCN,
  ...supervisionEvidenceZhCN,
  ...electionsZhCN,
  ...electionRecallPhoneZhCN,
} as const;
