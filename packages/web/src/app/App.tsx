import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from 'react-router-dom';
import { useT } from '../i18n/index.tsx';
import { ConsoleRoot, page, phonePage } from './lazyPage.ts';
import { PrefsProvider } from './prefs.tsx';
import { SessionProvider, homePath, useSession } from './session.tsx';
import { useVillage } from './villageContext.ts';
import { RequireAbility } from './RequireAbility.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { Button } from '../light/Button.tsx';
import { Result } from '../light/feedback.tsx';
import { errorText } from '../components/errorText.tsx';

// Every page is its own chunk: a villager opening the village page never downloads the registry forms.
// The sign-in, password and phone pages are drawn with the light kit (src/light); the console's
// pages with antd, whose theme and App wrap them in ConsoleRoot, so the first chunk has no antd.
const SignInPage = lazy(() => import('../features/auth/SignInPage.tsx'));
const ChangePasswordPage = lazy(() => import('../features/auth/ChangePasswordPage.tsx'));
const VillagesPage = page(() => import('../features/villages/VillagesPage.tsx'));
const VillageShell = phonePage(() => import('../features/villages/VillageShell.tsx'));
const VillageHomePage = page(() => import('../features/villages/VillageHomePage.tsx'));
const VillagerHomePage = phonePage(
  () => import('../features/villages/villager/VillagerHomePage.tsx'),
);
const MyHomePage = phonePage(() => import('../features/villages/villager/MyHomePage.tsx'));
const MeetingLivePage = page(() => import('../features/meetings/LivePage.tsx'));
const ElectionLivePage = page(() => import('../features/elections/live/ElectionLivePage.tsx'));
const MeetingMePage = phonePage(() => import('../features/meetings/MePage.tsx'));
const MeetingPrintPage = page(() => import('../features/meetings/PrintPage.tsx'));
const NoticesPage = page(() => import('../features/matters/NoticesPage.tsx'));
const NoticePage = phonePage(() => import('../features/matters/NoticePage.tsx'));
const PhoneNoticesPage = phonePage(() => import('../features/matters/PhoneNoticesPage.tsx'));
const NoticePrintPage = page(() => import('../features/matters/NoticePrintPage.tsx'));
const BroadcastPrintPage = page(() => import('../features/broadcast/BroadcastPrintPage.tsx'));
const ResolutionPrintPage = page(() => import('../features/matters/ResolutionPrintPage.tsx'));
const StatementPrintPage = page(() => import('../features/finance/StatementPrintPage.tsx'));
const AgreementPrintPage = page(() => import('../features/disputes/AgreementPrintPage.tsx'));
const PetitionOfficePage = page(() => import('../features/petitions/OfficePage.tsx'));
const PetitionLetterPage = page(() => import('../features/petitions/LetterPrintPage.tsx'));
const MyComplaintsPage = phonePage(() => import('../features/complaints/MyComplaintsPage.tsx'));
const MyMessagesPage = phonePage(() => import('../features/notifications/MyMessagesPage.tsx'));
const OutboxPrintPage = page(() => import('../features/notifications/PrintSheetsPage.tsx'));
const AdmissionPage = page(() => import('../features/workAdmission/AdmissionPage.tsx'));
const ServiceReceiptPage = page(() => import('../features/services/ReceiptPrintPage.tsx'));
const ServiceBoardPage = page(() => import('../features/services/WallBoardPrintPage.tsx'));
const PointsNoticePrintPage = page(() => import('../features/points/NoticePrintPage.tsx'));
const ShareCertificatePrintPage = page(
  () => import('../features/collective/shares/CertificatePrintPage.tsx'),
);
const CollectiveRegisterPrintPage = page(
  () => import('../features/collective/RegisterPrintPage.tsx'),
);
const ListsPrintPage = page(() => import('../features/serviceLists/ListsPrintPage.tsx'));
const RulesPrintPage = page(() => import('../features/villageRules/RulesPrintPage.tsx'));
const TownListsPage = page(() => import('../features/serviceLists/TownListsPage.tsx'));
const TownRulesPage = page(() => import('../features/villageRules/TownRulesPage.tsx'));
const OurListsPage = phonePage(() => import('../features/serviceLists/OurListsPage.tsx'));
const MyServicesPage = phonePage(() => import('../features/services/MyServicesPage.tsx'));
const ShopPage = phonePage(() => import('../features/points/supermarket/ShopPage.tsx'));
const MyPointsPage = phonePage(() => import('../features/points/MyPointsPage.tsx'));
const DistributionPrintPage = page(
  () => import('../features/collective/distribution/PlanPrintPage.tsx'),
);
const DividendReceiptPage = page(
  () => import('../features/collective/distribution/ReceiptPrintPage.tsx'),
);
const DuesStatementPrintPage = page(() => import('../features/party/dues/StatementPrintPage.tsx'));
const MyDuesPage = phonePage(() => import('../features/party/dues/MyDuesPage.tsx'));
const MyAssistancePage = phonePage(() => import('../features/assistance/MyAssistancePage.tsx'));
const ReconciliationPage = page(() => import('../features/assistance/ReconciliationPage.tsx'));
const ElectionReconciliationPage = page(
  () => import('../features/assistance/ElectionReconciliationPage.tsx'),
);
const MyPartyPage = phonePage(() => import('../features/party/MyPartyPage.tsx'));
const TownPartyPage = page(() => import('../features/party/TownPartyPage.tsx'));
const MyCollectivePage = phonePage(
  () => import('../features/collective/books/MyCollectivePage.tsx'),
);
const MyIssuesPage = phonePage(() => import('../features/liaison/MyIssuesPage.tsx'));
const MyVisitsPage = phonePage(() => import('../features/liaison/MyVisitsPage.tsx'));
const TownInboxPage = page(() => import('../features/townInbox/TownInboxPage.tsx'));
const ReferralPage = page(() => import('../features/townInbox/ReferralPage.tsx'));
const CasesOverviewPage = page(() => import('../features/townInbox/CasesOverviewPage.tsx'));
const DashboardPage = page(() => import('../features/oversight/DashboardPage.tsx'));
const DashboardPrintPage = page(() => import('../features/oversight/DashboardPrintPage.tsx'));
const WorkListPage = page(() => import('../features/oversight/WorkListPage.tsx'));
const WorkListPrintPage = page(() => import('../features/oversight/WorkListPrintPage.tsx'));
const EvaluationSheetPage = phonePage(() => import('../features/evaluations/SheetPage.tsx'));
const SupervisionReportPrintPage = page(
  () => import('../features/supervision/ReportPrintPage.tsx'),
);
const SupervisionInspectionPrintPage = page(
  () => import('../features/supervision/InspectionPrintPage.tsx'),
);
const ElectionPrintPage = page(() => import('../features/elections/print/ElectionPrintPage.tsx'));
const SupervisionInboxPage = phonePage(
  () => import('../features/supervision/SupervisionInboxPage.tsx'),
);
const MyRegistrationPage = phonePage(() => import('../features/elections/MyRegistrationPage.tsx'));
const MyRecallsPage = phonePage(() => import('../features/elections/recall/MyRecallsPage.tsx'));
const BallotPage = phonePage(() => import('../features/elections/ballot/BallotPage.tsx'));
const MoralBoardPrintPage = page(() => import('../features/moralList/BoardPrintPage.tsx'));
const SelectionSheetPage = page(() => import('../features/activities/SheetPrintPage.tsx'));
const HonoursPrintPage = page(() => import('../features/activities/HonoursPrintPage.tsx'));
const MoralNoticePrintPage = page(() => import('../features/moralList/NoticePrintPage.tsx'));
const MyMoralListPage = phonePage(() => import('../features/moralList/MyMoralListPage.tsx'));
const CountyPointsPage = page(() => import('../features/countyPoints/SchemesPage.tsx'));
const CountySchemePage = page(() => import('../features/countyPoints/SchemePage.tsx'));
const CountyRankingPrintPage = page(() => import('../features/countyPoints/RankingPrintPage.tsx'));
const NotFoundPage = page(() => import('./NotFoundPage.tsx'));
/**
 * The console's pages of a village, a table of their own loaded with the first of them: the
 * phone's pages (the first chunk) match a handful of routes, not the console's fifty, and the
 * first chunk carries neither their routes nor their loaders.
 */
const VillageConsoleRoutes = page(() => import('./VillageConsoleRoutes.tsx'));

export function App() {
  return (
    <PrefsProvider>
      <SessionProvider>
        <BrowserRouter>
          <ErrorBoundary>
            <Suspense fallback={<PageLoading />}>
              <AppRoutes />
            </Suspense>
          </ErrorBoundary>
        </BrowserRouter>
      </SessionProvider>
    </PrefsProvider>
  );
}

function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<RequireAuth />}>
        <Route index element={<Home />} />
        <Route path="/change-password" element={<ChangePasswordPage />} />
        {/* the phone at a meeting, opened from the QR code */}
        <Route path="/v/:villageId/meetings/:meetingId/me" element={<MeetingMePage />} />
        {/* the evaluator's phone sheet for 民主评议, opened from the round's QR code */}
        <Route path="/v/:villageId/evaluations/:roundId/sheet" element={<EvaluationSheetPage />} />
        {/* the village frame has no antd: a villager's home is drawn with the light kit */}
        <Route path="/v/:villageId" element={<VillageShell />}>
          <Route index element={<VillageHome />} />
          {/* a notice, as villagers read it from its QR code: light kit, no antd */}
          <Route element={<RequireAbility any={['readDecisions']} />}>
            <Route path="notices/:noticeId" element={<NoticePage />} />
            {/* the list: a light one on the phone, the console's table for the committee */}
            <Route path="notices" element={<VillageNotices />} />
          </Route>
          {/* a villager's complaints on the phone: light kit, no antd */}
          <Route element={<RequireAbility any={['fileOwnComplaints']} />}>
            <Route path="my-complaints" element={<MyComplaintsPage />} />
          </Route>
          {/* 我的消息: what the village told the villager's household, on the phone: light kit */}
          <Route element={<RequireAbility any={['readOwnMessages']} />}>
            <Route path="my-messages" element={<MyMessagesPage />} />
          </Route>
          {/* a villager's requests to the service station on the phone: light kit, no antd */}
          <Route element={<RequireAbility any={['orderOwnServices']} />}>
            <Route path="my-services" element={<MyServicesPage />} />
          </Route>
          {/* a household's points spent in the village shop, on the phone: light kit */}
          <Route element={<RequireAbility any={['redeemOwnPoints']} />}>
            <Route path="my-shop" element={<ShopPage />} />
          </Route>
          {/* a Party member's own dues (empty for anyone else): light kit */}
          <Route element={<RequireAbility any={['ownPartyDues']} />}>
            <Route path="my-dues" element={<MyDuesPage />} />
          </Route>
          {/* 代办记录: what was done on the villager's behalf, their consents: light kit */}
          <Route element={<RequireAbility any={['ownAssistance']} />}>
            <Route path="my-assistance" element={<MyAssistancePage />} />
          </Route>
          {/* a Party member's own record of 三会一课 (empty for anyone else): light kit */}
          <Route element={<RequireAbility any={['ownParty']} />}>
            <Route path="my-party" element={<MyPartyPage />} />
          </Route>
          {/* a household's points, every line explained, and a contest: light kit */}
          <Route element={<RequireAbility any={['ownPoints']} />}>
            <Route path="my-points" element={<MyPointsPage />} />
            <Route path="my-collective" element={<MyCollectivePage />} />
          </Route>
          {/* the three lists as published, on a villager's phone: light kit, no antd */}
          <Route element={<RequireAbility any={['readPublishedServiceLists']} />}>
            <Route path="our-lists" element={<OurListsPage />} />
          </Route>
          {/* the 道德红黑榜 on a villager's phone, and their own answer: light kit, no antd */}
          <Route element={<RequireAbility any={['answerOwnMoralListing']} />}>
            <Route path="my-moral-list" element={<MyMoralListPage />} />
          </Route>
          {/* a villager's issues (民情) and a Party member's or grid chief's visits: light kit */}
          <Route element={<RequireAbility any={['raiseOwnIssues']} />}>
            <Route path="my-issues" element={<MyIssuesPage />} />
          </Route>
          <Route element={<RequireAbility any={['logVisits']} />}>
            <Route path="my-visits" element={<MyVisitsPage />} />
          </Route>
          {/* a supervision member's phone: what awaits their vote; light kit, no antd */}
          <Route element={<RequireAbility any={['supervise']} />}>
            <Route path="supervision/me" element={<SupervisionInboxPage />} />
          </Route>
          {/* a villager's own voter registration and objection to the roll: light kit, no antd */}
          <Route element={<RequireAbility any={['readElections']} />}>
            <Route path="my-registration" element={<MyRegistrationPage />} />
            <Route path="my-recalls" element={<MyRecallsPage />} />
            <Route path="elections/:electionId/ballot" element={<BallotPage />} />
          </Route>
          {/* the console's pages of a village: their table loads with the first of them */}
          <Route path="*" element={<VillageConsoleRoutes />} />
        </Route>
        <Route element={<ConsoleRoot />}>
          <Route path="/villages" element={<VillagesPage />} />
          {/* the town's (county's) inbox of referrals: staff only, each referral by unit */}
          <Route path="/town/inbox" element={<TownInboxPage />} />
          <Route path="/town/inbox/:villageId/:referralId" element={<ReferralPage />} />
          <Route path="/town/overview" element={<CasesOverviewPage />} />
          {/* the town's (county's) dashboard of all its villages, and the official's work list */}
          <Route path="/town/dashboard" element={<DashboardPage />} />
          <Route path="/town/dashboard/print" element={<DashboardPrintPage />} />
          <Route path="/town/work" element={<WorkListPage />} />
          <Route path="/town/work/print" element={<WorkListPrintPage />} />
          <Route path="/town/petitions" element={<PetitionOfficePage />} />
          {/* 积分换项目: the county's scheme, the towns' figures, village leaders' contests */}
          <Route path="/county-points" element={<CountyPointsPage />} />
          <Route path="/county-points/:schemeId" element={<CountySchemePage />} />
          <Route path="/county-points/:schemeId/print" element={<CountyRankingPrintPage />} />
          <Route path="/v/:villageId/moral-list/print" element={<MoralBoardPrintPage />} />
          <Route
            path="/v/:villageId/meetings/:meetingId/reconciliation"
            element={<ReconciliationPage />}
          />
          <Route
            path="/v/:villageId/elections/:electionId/rounds/:round/reconciliation"
            element={<ElectionReconciliationPage />}
          />
          <Route
            path="/v/:villageId/collective/distribution/:planId/print"
            element={<DistributionPrintPage />}
          />
          <Route
            path="/v/:villageId/collective/distribution/receipts/:dividendId"
            element={<DividendReceiptPage />}
          />
          <Route
            path="/v/:villageId/moral-list/:listingId/notice"
            element={<MoralNoticePrintPage />}
          />
          <Route
            path="/v/:villageId/activities/sheet/:selectionId"
            element={<SelectionSheetPage />}
          />
          <Route path="/v/:villageId/activities/honours" element={<HonoursPrintPage />} />
          <Route path="/town/work-admission" element={<AdmissionPage />} />
          <Route path="/town/service-lists" element={<TownListsPage />} />
          <Route path="/town/village-rules" element={<TownRulesPage />} />
          <Route path="/town/party" element={<TownPartyPage />} />
          <Route path="/v/:villageId/service-lists/print" element={<ListsPrintPage />} />
          <Route path="/v/:villageId/village-rules/:versionId/print" element={<RulesPrintPage />} />
          <Route path="/v/:villageId/notifications/:noticeId/print" element={<OutboxPrintPage />} />
          <Route
            path="/v/:villageId/petitions/:petitionId/letters/:kind"
            element={<PetitionLetterPage />}
          />
          {/* paper: A4 notices for the 公示栏 and printed resolutions, without the menu */}
          <Route path="/v/:villageId/services/board/print" element={<ServiceBoardPage />} />
          <Route
            path="/v/:villageId/party/dues/statement/:year"
            element={<DuesStatementPrintPage />}
          />
          <Route
            path="/v/:villageId/points/notices/:noticeId/print"
            element={<PointsNoticePrintPage />}
          />
          <Route
            path="/v/:villageId/collective/orgs/:orgId/shares/certificates/:certificateId/print"
            element={<ShareCertificatePrintPage />}
          />
          <Route
            path="/v/:villageId/collective/orgs/:orgId/register/print"
            element={<CollectiveRegisterPrintPage />}
          />
          <Route
            path="/v/:villageId/services/:requestId/receipt"
            element={<ServiceReceiptPage />}
          />
          <Route path="/v/:villageId/notices/:noticeId/print" element={<NoticePrintPage />} />
          <Route
            path="/v/:villageId/notices/:noticeId/broadcast/print"
            element={<BroadcastPrintPage />}
          />
          <Route
            path="/v/:villageId/disputes/:disputeId/agreement"
            element={<AgreementPrintPage />}
          />
          <Route
            path="/v/:villageId/resolutions/:resolutionId/print"
            element={<ResolutionPrintPage />}
          />
          <Route
            path="/v/:villageId/finance/statements/:period/print"
            element={<StatementPrintPage />}
          />
          <Route
            path="/v/:villageId/supervision/reports/:reportId/print"
            element={<SupervisionReportPrintPage />}
          />
          <Route
            path="/v/:villageId/supervision/inspections/:inspectionId/print"
            element={<SupervisionInspectionPrintPage />}
          />
          {/* an election's notices (公告) for the board: committee, rules, roll, candidates */}
          <Route
            path="/v/:villageId/elections/:electionId/print/:notice"
            element={<ElectionPrintPage />}
          />
          {/* meeting faces without the menu: projector and paper */}
          <Route path="/v/:villageId/meetings/:meetingId/live" element={<MeetingLivePage />} />
          <Route path="/v/:villageId/elections/:electionId/live" element={<ElectionLivePage />} />
          <Route
            path="/v/:villageId/meetings/:meetingId/print/:sheet"
            element={<MeetingPrintPage />}
          />
        </Route>
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/** Signed-in routes: anyone else goes to the sign-in page and comes back afterwards. */
function RequireAuth() {
  const t = useT();
  const { state, refresh } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <PageLoading />;
  if (state.status === 'error') {
    return (
      <Result
        status="warning"
        title={errorText(t, state.error)}
        extra={<Button onClick={() => void refresh()}>{t('app.retry')}</Button>}
      />
    );
  }
  if (state.status === 'signedOut') {
    const next = location.pathname + location.search;
    return (
      <Navigate
        to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`}
        replace
      />
    );
  }
  if (state.me.account.mustChangePassword && location.pathname !== '/change-password') {
    // after the change, on to where the user was going (a meeting's QR link, say)
    const next = location.pathname + location.search;
    return <Navigate to={`/change-password?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

function Home() {
  const { state } = useSession();
  if (state.status !== 'signedIn') return null;
  return <Navigate to={homePath(state.me)} replace />;
}

/** 村务公开: the console's table for those who run the village, the phone's list for the rest. */
function VillageNotices() {
  const { data } = useVillage();
  if (data.abilities.writeBodies)
    return (
      <ConsoleRoot>
        <NoticesPage />
      </ConsoleRoot>
    );
  return <PhoneNoticesPage />;
}

/**
 * The village's home, by what the reader may do: those who may change its bodies get the
 * console's page (antd, with the editors); those who may browse its register (council,
 * supervisors, the county) its figures and bodies on the light page; villagers and
 * representatives their own home — their meetings, the village's decisions, their household.
 */
function VillageHome() {
  const { data } = useVillage();
  if (data.abilities.writeBodies)
    return (
      <ConsoleRoot>
        <VillageHomePage />
      </ConsoleRoot>
    );
  if (data.abilities.readRegistry) return <VillagerHomePage />;
  return <MyHomePage />;
}
