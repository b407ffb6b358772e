import { Suspense, useEffect, useMemo } from 'react';
import { Outlet, useLocation, useParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import type { VillageFrame } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { Shell, type NavItem } from '../../app/Shell.tsx';
import { useMe } from '../../app/session.tsx';
import { VillageContext } from '../../app/villageContext.ts';
import { opensMyHome, preloadMyHome } from '../../app/preload.ts';
import { PageLoading } from '../../components/PageLoading.tsx';
import { errorText } from '../../components/errorText.tsx';
import { Button } from '../../light/Button.tsx';
import { Result } from '../../light/feedback.tsx';
import { VillageIcon } from '../../light/villageIcons.tsx';
import { inboxLabel } from '../townInbox/nav.tsx';

/**
 * Loads the village once for every page under `/v/:villageId` and draws its menu. antd-free:
 * a villager's home loads without antd; the console's pages below bring it (ConsoleRoot).
 */
export default function VillageShell() {
  const t = useT();
  const me = useMe();
  const { villageId = '' } = useParams();
  const location = useLocation();
  const roles = me.villages.find((v) => v.id === villageId)?.roles ?? [];
  // the frame only (name, roles, abilities): the bodies are for the few parts that show them
  const { data, error, reload } = useApi<VillageFrame>(
    `/api/villages/${encodeURIComponent(villageId)}/frame`,
  );
  // a villager or representative coming back to the village's home gets their own home (App.tsx
  // VillageHome): its code and answers load together (on the first load: app/preload.ts)
  const myHome =
    data !== undefined &&
    location.pathname.replace(/\/$/, '') === `/v/${villageId}` &&
    opensMyHome(data.abilities);
  useEffect(() => {
    if (myHome) preloadMyHome(villageId);
  }, [myHome, villageId]);

  const nav = useMemo<NavItem[]>(() => {
    const base = `/v/${villageId}`;
    const items: NavItem[] = [
      { key: 'home', label: t('menu.home'), icon: <VillageIcon name="home" />, to: base },
    ];
    const abilities = data?.abilities;
    if (me.home?.villageId === villageId)
      items.push({
        key: 'myHousehold',
        label: t('menu.myHousehold'),
        icon: <VillageIcon name="user" />,
        to: `${base}/households/${me.home.householdId}`,
      });
    if (abilities?.readRegistry)
      items.push({
        key: 'households',
        label: t('menu.households'),
        icon: <VillageIcon name="team" />,
        to: `${base}/households`,
      });
    if (abilities?.readRegistry)
      items.push({
        key: 'grids',
        label: t('menu.grids'),
        icon: <VillageIcon name="cluster" />,
        to: `${base}/grids`,
      });
    if (abilities?.writeRegistry || abilities?.exportRoster) {
      items.push({
        key: 'roster',
        label: t('menu.roster'),
        icon: <VillageIcon name="fileExcel" />,
        to: `${base}/roster`,
      });
    }
    if (abilities?.readDecisions) {
      items.push({
        key: 'matters',
        label: t('matters.menu'),
        icon: <VillageIcon name="audit" />,
        to: `${base}/matters`,
      });
      items.push({
        key: 'notices',
        label: t('notices.menu'),
        icon: <VillageIcon name="notification" />,
        to: `${base}/notices`,
      });
    }
    if (abilities?.readDecisions)
      items.push({
        key: 'meetings',
        label: t('meetings.title'),
        icon: <VillageIcon name="calendar" />,
        to: `${base}/meetings`,
      });
    if (abilities?.readDisclosure)
      items.push({
        key: 'disclosure',
        label: t('disclosure.menu'),
        icon: <VillageIcon name="safetyCertificate" />,
        to: `${base}/disclosure`,
      });
    if (abilities?.readDecisions)
      items.push({
        key: 'rules',
        label: t('rules.menu'),
        icon: <VillageIcon name="read" />,
        to: `${base}/rules`,
      });
    if (abilities?.readComplaints)
      items.push({
        key: 'complaints',
        label: t('complaints.menu'),
        icon: <VillageIcon name="notification" />,
        to: `${base}/complaints`,
      });
    if (abilities?.readDisputes)
      items.push({
        key: 'disputes',
        label: t('disputes.menu'),
        icon: <VillageIcon name="team" />,
        to: `${base}/disputes`,
      });
    if (abilities?.readPetitions)
      items.push({
        key: 'petitions',
        label: t('petitions.menu'),
        icon: <VillageIcon name="read" />,
        to: `${base}/petitions`,
      });
    if (abilities?.readPointsSupermarket)
      items.push({
        key: 'points-supermarket',
        label: t('supermarket.menu'),
        icon: <VillageIcon name="appstore" />,
        to: `${base}/points/supermarket`,
      });
    if (abilities?.readServices)
      items.push({
        key: 'services',
        label: t('services.menu'),
        icon: <VillageIcon name="appstore" />,
        to: `${base}/services`,
      });
    if (abilities?.assistVillagers)
      items.push({
        key: 'assistance',
        label: t('assistance.menu'),
        icon: <VillageIcon name="team" />,
        to: `${base}/assistance`,
      });
    if (abilities?.readPartyDues)
      items.push({
        key: 'party-dues',
        label: t('partyDues.menu'),
        icon: <VillageIcon name="audit" />,
        to: `${base}/party/dues`,
      });
    if (abilities?.readPoints)
      items.push({
        key: 'points',
        label: t('points.menu'),
        icon: <VillageIcon name="safetyCertificate" />,
        to: `${base}/points`,
      });
    if (abilities?.readShares)
      items.push({
        key: 'collective-shares',
        label: t('shares.menu'),
        icon: <VillageIcon name="audit" />,
        to: `${base}/collective/shares`,
      });
    if (abilities?.readCollective)
      items.push({
        key: 'collective',
        label: t('collective.menu'),
        icon: <VillageIcon name="audit" />,
        to: `${base}/collective`,
      });
    if (abilities?.readCollectiveDistribution)
      items.push({
        key: 'collective-distribution',
        label: t('distribution.menu'),
        icon: <VillageIcon name="audit" />,
        to: `${base}/collective/distribution`,
      });
    if (abilities?.readCollectiveBooks)
      items.push({
        key: 'collective-books',
        label: t('collectiveBooks.menu'),
        icon: <VillageIcon name="audit" />,
        to: `${base}/collective/books`,
      });
    if (abilities?.readServiceLists)
      items.push({
        key: 'service-lists',
        label: t('serviceLists.menu'),
        icon: <VillageIcon name="appstore" />,
        to: `${base}/service-lists`,
      });
    if (abilities?.readVillageRules)
      items.push({
        key: 'village-rules',
        label: t('villageRules.menu'),
        icon: <VillageIcon name="read" />,
        to: `${base}/village-rules`,
      });
    else if (abilities?.readPublishedServiceLists)
      items.push({
        key: 'our-lists',
        label: t('serviceLists.our.menu'),
        icon: <VillageIcon name="appstore" />,
        to: `${base}/our-lists`,
      });
    if (abilities?.readMoralListings)
      items.push({
        key: 'moral-list',
        label: t('moralList.menu'),
        icon: <VillageIcon name="safetyCertificate" />,
        to: `${base}/moral-list`,
      });
    if (abilities?.answerOwnMoralListing && !abilities.readMoralListings)
      items.push({
        key: 'my-moral-list',
        label: t('moralList.menu'),
        icon: <VillageIcon name="safetyCertificate" />,
        to: `${base}/my-moral-list`,
      });
    if (abilities?.readActivities)
      items.push({
        key: 'activities',
        label: t('activities.menu'),
        icon: <VillageIcon name="team" />,
        to: `${base}/activities`,
      });
    if (abilities?.readWorkTasks)
      items.push({
        key: 'work-tasks',
        label: t('workAdmission.menu'),
        icon: <VillageIcon name="audit" />,
        to: `${base}/work-tasks`,
      });
    if (abilities?.redeemOwnPoints)
      items.push({
        key: 'my-shop',
        label: t('supermarket.shop.menu'),
        icon: <VillageIcon name="appstore" />,
        to: `${base}/my-shop`,
      });
    if (abilities?.orderOwnServices)
      items.push({
        key: 'my-services',
        label: t('services.mine.menu'),
        icon: <VillageIcon name="appstore" />,
        to: `${base}/my-services`,
      });
    if (abilities?.ownAssistance)
      items.push({
        key: 'my-assistance',
        label: t('assistance.mine.menu'),
        icon: <VillageIcon name="team" />,
        to: `${base}/my-assistance`,
      });
    if (abilities?.ownPoints)
      items.push({
        key: 'my-points',
        label: t('points.mine.menu'),
        icon: <VillageIcon name="safetyCertificate" />,
        to: `${base}/my-points`,
      });
    if (abilities?.readParty)
      items.push({
        key: 'party',
        label: t('party.menu'),
        icon: <VillageIcon name="audit" />,
        to: `${base}/party`,
      });
    if (abilities?.readLiaison)
      items.push({
        key: 'liaison',
        label: t('liaison.menu'),
        icon: <VillageIcon name="cluster" />,
        to: `${base}/liaison`,
      });
    if (abilities?.raiseOwnIssues)
      items.push({
        key: 'my-issues',
        label: t('liaison.mine.menu'),
        icon: <VillageIcon name="notification" />,
        to: `${base}/my-issues`,
      });
    if (abilities?.logVisits)
      items.push({
        key: 'my-visits',
        label: t('liaison.visits.menu'),
        icon: <VillageIcon name="team" />,
        to: `${base}/my-visits`,
      });
    if (abilities?.fileOwnComplaints)
      items.push({
        key: 'my-complaints',
        label: t('complaints.mine.menu'),
        icon: <VillageIcon name="user" />,
        to: `${base}/my-complaints`,
      });
    if (abilities?.readOwnMessages)
      items.push({
        key: 'my-messages',
        label: t('notifications.mine.menu'),
        icon: <VillageIcon name="notification" />,
        to: `${base}/my-messages`,
      });
    if (abilities?.readOutbox)
      items.push({
        key: 'notifications',
        label: t('notifications.menu'),
        icon: <VillageIcon name="notification" />,
        to: `${base}/notifications`,
      });
    if (abilities?.readSpending)
      items.push({
        key: 'spending',
        label: t('spending.menu'),
        icon: <VillageIcon name="audit" />,
        to: `${base}/spending`,
      });
    if (abilities?.readSupervision)
      items.push({
        key: 'supervision',
        label: t('supervision.menu'),
        icon: <VillageIcon name="safetyCertificate" />,
        to: `${base}/supervision`,
      });
    // 积分换项目: the county's ranking, read and contested by the village's leaders
    if (roles.includes('partySecretary') || roles.includes('committeeChair'))
      items.push({
        key: 'countyPoints',
        label: t('countyPoints.menu'),
        icon: <VillageIcon name="audit" />,
        to: '/county-points',
      });
    if (abilities?.readElections)
      items.push({
        key: 'elections',
        label: t('elections.menu'),
        icon: <VillageIcon name="audit" />,
        to: `${base}/elections`,
      });
    if (abilities?.readElections)
      items.push({
        key: 'recalls',
        label: t('recall.menu'),
        icon: <VillageIcon name="audit" />,
        to: `${base}/recalls`,
      });
    if (abilities?.readEvaluations)
      items.push({
        key: 'evaluations',
        label: t('evaluations.menu'),
        icon: <VillageIcon name="team" />,
        to: `${base}/evaluations`,
      });
    if (abilities?.readAudits)
      items.push({
        key: 'audits',
        label: t('audits.menu'),
        icon: <VillageIcon name="audit" />,
        to: `${base}/audits`,
      });
    if (abilities?.readArchive)
      items.push({
        key: 'archive',
        label: t('archive.menu'),
        icon: <VillageIcon name="read" />,
        to: `${base}/archive`,
      });
    if (abilities?.readFinance)
      items.push({
        key: 'finance',
        label: t('finance.menu'),
        icon: <VillageIcon name="fileExcel" />,
        to: `${base}/finance`,
      });
    if (abilities?.readAudit)
      items.push({
        key: 'audit',
        label: t('menu.audit'),
        icon: <VillageIcon name="safetyCertificate" />,
        to: `${base}/audit`,
      });
    if (me.account.kind === 'staff')
      items.push({
        key: 'townInbox',
        label: inboxLabel(t, me.staffUnits),
        icon: <VillageIcon name="safetyCertificate" />,
        to: '/town/inbox',
      });
    if (me.account.kind === 'staff' || me.villages.length > 1) {
      items.push({
        key: 'villages',
        label: t('header.villages'),
        icon: <VillageIcon name="appstore" />,
        to: '/villages',
      });
    }
    return items;
  }, [t, villageId, data?.abilities, me]);

  const section = location.pathname.split('/')[3];
  const own = me.home && location.pathname.endsWith(`/households/${me.home.householdId}`);
  const selectedKey = own
    ? 'myHousehold'
    : section === 'persons'
      ? 'households'
      : section === 'by-elections'
        ? 'recalls'
        : (section ?? 'home');

  const value = useMemo(
    () => (data ? { villageId, data, reload } : null),
    [villageId, data, reload],
  );

  let body;
  if (error && !data) {
    body = (
      <Result
        status={error.status === 404 ? '404' : error.status === 403 ? '403' : 'warning'}
        title={errorText(t, error)}
        extra={<Button onClick={reload}>{t('app.retry')}</Button>}
      />
    );
  } else if (!value) {
    body = <PageLoading />;
  } else {
    body = (
      <VillageContext.Provider value={value}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </VillageContext.Provider>
    );
  }
  return (
    <Shell nav={nav} selectedKey={selectedKey}>
      {body}
    </Shell>
  );
}
