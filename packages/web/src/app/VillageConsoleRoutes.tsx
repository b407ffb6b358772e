import { Route, Routes } from 'react-router-dom';
import { ConsoleRoot, page } from './lazyPage.ts';
import { RequireAbility } from './RequireAbility.tsx';
import { NotFoundResult } from './NotFoundPage.tsx';

const ActivitiesPage = page(() => import('../features/activities/ActivitiesPage.tsx'));
const ArchivePage = page(() => import('../features/archive/ArchivePage.tsx'));
const AssistancePage = page(() => import('../features/assistance/AssistancePage.tsx'));
const AuditPage = page(() => import('../features/audit/AuditPage.tsx'));
const AuditsPage = page(() => import('../features/responsibilityAudits/AuditsPage.tsx'));
const ByElectionPage = page(() => import('../features/elections/recall/ByElectionPage.tsx'));
const CollectiveBooksPage = page(
  () => import('../features/collective/books/CollectiveBooksPage.tsx'),
);
const CollectivePage = page(() => import('../features/collective/CollectivePage.tsx'));
const ComplaintPage = page(() => import('../features/complaints/ComplaintPage.tsx'));
const ComplaintsPage = page(() => import('../features/complaints/ComplaintsPage.tsx'));
const DeliveryPage = page(() => import('../features/notifications/DeliveryPage.tsx'));
const DisclosurePage = page(() => import('../features/disclosure/DisclosurePage.tsx'));
const DisputePage = page(() => import('../features/disputes/DisputePage.tsx'));
const DisputesPage = page(() => import('../features/disputes/DisputesPage.tsx'));
const DistributionPage = page(
  () => import('../features/collective/distribution/DistributionPage.tsx'),
);
const DuesPage = page(() => import('../features/party/dues/DuesPage.tsx'));
const ElectionPage = page(() => import('../features/elections/ElectionPage.tsx'));
const ElectionsPage = page(() => import('../features/elections/ElectionsPage.tsx'));
const EvaluationRoundPage = page(() => import('../features/evaluations/RoundPage.tsx'));
const EvaluationsPage = page(() => import('../features/evaluations/EvaluationsPage.tsx'));
const FinancePage = page(() => import('../features/finance/FinancePage.tsx'));
const GridsPage = page(() => import('../features/registry/GridsPage.tsx'));
const HouseholdPage = page(() => import('../features/registry/HouseholdPage.tsx'));
const HouseholdsPage = page(() => import('../features/registry/HouseholdsPage.tsx'));
const LedgerImportPage = page(() => import('../features/points/import/LedgerImportPage.tsx'));
const LiaisonPage = page(() => import('../features/liaison/LiaisonPage.tsx'));
const MatterPage = page(() => import('../features/matters/MatterPage.tsx'));
const MattersPage = page(() => import('../features/matters/MattersPage.tsx'));
const MeetingPage = page(() => import('../features/meetings/MeetingPage.tsx'));
const MeetingsPage = page(() => import('../features/meetings/MeetingsPage.tsx'));
const MoralListPage = page(() => import('../features/moralList/MoralListPage.tsx'));
const OutboxPage = page(() => import('../features/notifications/OutboxPage.tsx'));
const PartyPage = page(() => import('../features/party/PartyPage.tsx'));
const PersonPage = page(() => import('../features/registry/PersonPage.tsx'));
const PetitionPage = page(() => import('../features/petitions/PetitionPage.tsx'));
const PetitionsPage = page(() => import('../features/petitions/PetitionsPage.tsx'));
const PointsPage = page(() => import('../features/points/PointsPage.tsx'));
const RecallPage = page(() => import('../features/elections/recall/RecallPage.tsx'));
const RecallsPage = page(() => import('../features/elections/recall/RecallsPage.tsx'));
const RosterPage = page(() => import('../features/roster/RosterPage.tsx'));
const RulesVersionPage = page(() => import('../features/villageRules/VersionPage.tsx'));
const ServiceListsPage = page(() => import('../features/serviceLists/ServiceListsPage.tsx'));
const ServiceRequestPage = page(() => import('../features/services/RequestPage.tsx'));
const ServicesPage = page(() => import('../features/services/ServicesPage.tsx'));
const SharesPage = page(() => import('../features/collective/shares/SharesPage.tsx'));
const SpendingPage = page(() => import('../features/spending/SpendingPage.tsx'));
const SpendingRequestPage = page(() => import('../features/spending/SpendingRequestPage.tsx'));
const SupermarketPage = page(() => import('../features/points/supermarket/SupermarketPage.tsx'));
const SupervisionInspectionPage = page(() => import('../features/supervision/InspectionPage.tsx'));
const SupervisionPage = page(() => import('../features/supervision/SupervisionPage.tsx'));
const SupervisionReportPage = page(() => import('../features/supervision/ReportPage.tsx'));
const VillageRulesPage = page(() => import('../features/villageRules/RulesPage.tsx'));
const WorkTasksPage = page(() => import('../features/workAdmission/VillageTasksPage.tsx'));
const RulesPage = page(() => import('../features/matters/RulesPage.tsx'));

/**
 * The console's pages of a village (`/v/:villageId/…`), drawn in the village's frame (App.tsx
 * nests this table under it): loaded with the first of them, so that a villager's phone never
 * downloads nor matches them. A path under a village that no page here takes is not found, in
 * the frame.
 */
export default function VillageConsoleRoutes() {
  return (
    <Routes>
      <Route element={<ConsoleRoot />}>
        {/* each page only for those whose abilities open it (the menu offers the same) */}
        <Route element={<RequireAbility any={['readRegistry']} ownHousehold />}>
          <Route path="households/:householdId" element={<HouseholdPage />} />
        </Route>
        <Route element={<RequireAbility any={['readRegistry']} />}>
          <Route path="households" element={<HouseholdsPage />} />
          <Route path="grids" element={<GridsPage />} />
        </Route>
        <Route path="persons/:personId" element={<PersonPage />} />
        <Route element={<RequireAbility any={['writeRegistry', 'exportRoster']} />}>
          <Route path="roster" element={<RosterPage />} />
        </Route>
        <Route element={<RequireAbility any={['readAudit']} />}>
          <Route path="audit" element={<AuditPage />} />
        </Route>
        <Route element={<RequireAbility any={['readDecisions']} />}>
          <Route path="meetings" element={<MeetingsPage />} />
          <Route path="meetings/:meetingId" element={<MeetingPage />} />
          <Route path="matters" element={<MattersPage />} />
          <Route path="matters/:matterId" element={<MatterPage />} />
          <Route path="rules" element={<RulesPage />} />
        </Route>
        <Route element={<RequireAbility any={['readDisclosure']} />}>
          <Route path="disclosure" element={<DisclosurePage />} />
        </Route>
        <Route element={<RequireAbility any={['readFinance']} />}>
          <Route path="finance" element={<FinancePage />} />
        </Route>
        <Route element={<RequireAbility any={['readSpending']} />}>
          <Route path="spending" element={<SpendingPage />} />
          <Route path="spending/:requestId" element={<SpendingRequestPage />} />
        </Route>
        <Route element={<RequireAbility any={['readComplaints']} />}>
          <Route path="complaints" element={<ComplaintsPage />} />
          <Route path="complaints/:complaintId" element={<ComplaintPage />} />
        </Route>
        <Route element={<RequireAbility any={['readDisputes']} />}>
          <Route path="disputes" element={<DisputesPage />} />
          <Route path="disputes/:disputeId" element={<DisputePage />} />
        </Route>
        <Route element={<RequireAbility any={['readLiaison']} />}>
          <Route path="liaison" element={<LiaisonPage />} />
        </Route>
        <Route element={<RequireAbility any={['readWorkTasks']} />}>
          <Route path="work-tasks" element={<WorkTasksPage />} />
        </Route>
        <Route element={<RequireAbility any={['readServices']} />}>
          <Route path="services" element={<ServicesPage />} />
          <Route path="services/:requestId" element={<ServiceRequestPage />} />
        </Route>
        <Route element={<RequireAbility any={['readPointsSupermarket']} />}>
          <Route path="points/supermarket" element={<SupermarketPage />} />
        </Route>
        <Route element={<RequireAbility any={['importPointsLedger']} />}>
          <Route path="points/import" element={<LedgerImportPage />} />
        </Route>
        <Route element={<RequireAbility any={['readPartyDues']} />}>
          <Route path="party/dues" element={<DuesPage />} />
        </Route>
        <Route element={<RequireAbility any={['assistVillagers']} />}>
          <Route path="assistance" element={<AssistancePage />} />
        </Route>
        <Route element={<RequireAbility any={['readParty']} />}>
          <Route path="party" element={<PartyPage />} />
        </Route>
        <Route element={<RequireAbility any={['readPoints']} />}>
          <Route path="points" element={<PointsPage />} />
        </Route>
        <Route element={<RequireAbility any={['readShares']} />}>
          <Route path="collective/shares" element={<SharesPage />} />
        </Route>
        <Route element={<RequireAbility any={['readCollectiveDistribution']} />}>
          <Route path="collective/distribution" element={<DistributionPage />} />
        </Route>
        <Route element={<RequireAbility any={['readCollective']} />}>
          <Route path="collective" element={<CollectivePage />} />
        </Route>
        <Route element={<RequireAbility any={['readCollectiveBooks']} />}>
          <Route path="collective/books" element={<CollectiveBooksPage />} />
        </Route>
        <Route element={<RequireAbility any={['readServiceLists']} />}>
          <Route path="service-lists" element={<ServiceListsPage />} />
        </Route>
        <Route element={<RequireAbility any={['readVillageRules']} />}>
          <Route path="village-rules" element={<VillageRulesPage />} />
          <Route path="village-rules/:versionId" element={<RulesVersionPage />} />
        </Route>
        <Route element={<RequireAbility any={['readOutbox']} />}>
          <Route path="notifications" element={<OutboxPage />} />
          <Route path="notifications/:noticeId" element={<DeliveryPage />} />
        </Route>
        <Route element={<RequireAbility any={['readMoralListings']} />}>
          <Route path="moral-list" element={<MoralListPage />} />
        </Route>
        <Route element={<RequireAbility any={['readActivities']} />}>
          <Route path="activities" element={<ActivitiesPage />} />
        </Route>
        <Route element={<RequireAbility any={['readPetitions']} />}>
          <Route path="petitions" element={<PetitionsPage />} />
          <Route path="petitions/:petitionId" element={<PetitionPage />} />
        </Route>
        <Route element={<RequireAbility any={['readArchive']} />}>
          <Route path="archive" element={<ArchivePage />} />
        </Route>
        <Route element={<RequireAbility any={['readAudits']} />}>
          <Route path="audits" element={<AuditsPage />} />
        </Route>
        <Route element={<RequireAbility any={['readEvaluations']} />}>
          <Route path="evaluations" element={<EvaluationsPage />} />
          <Route path="evaluations/:roundId" element={<EvaluationRoundPage />} />
        </Route>
        <Route element={<RequireAbility any={['readSupervision']} />}>
          <Route path="supervision" element={<SupervisionPage />} />
          <Route
            path="supervision/inspections/:inspectionId"
            element={<SupervisionInspectionPage />}
          />
          <Route path="supervision/reports/:reportId" element={<SupervisionReportPage />} />
        </Route>
        <Route element={<RequireAbility any={['readElections']} />}>
          <Route path="elections" element={<ElectionsPage />} />
          <Route path="elections/:electionId" element={<ElectionPage />} />
          <Route path="recalls" element={<RecallsPage />} />
          <Route path="recalls/:recallId" element={<RecallPage />} />
          <Route path="by-elections/:byElectionId" element={<ByElectionPage />} />
        </Route>
      </Route>
      <Route path="*" element={<NotFoundResult />} />
    </Routes>
  );
}
