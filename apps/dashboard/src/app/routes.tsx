import { ChangePasswordPage, CitySignInCallbackPage, SignInPage } from '@ketqua/dashboard/auth';
// Static: the shell's bell already brings the notifications lib in the first download.
import { NotificationLinkPage } from '@ketqua/dashboard/notifications';
import { useSession } from '@ketqua/dashboard/data-access';
import { PageForbidden, PageNotFound } from '@ketqua/dashboard/ui';
import { lazy, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate, useParams, useSearchParams, type Location } from 'react-router-dom';
import { AREAS, areaAt, canOpen, CITY_SIGN_IN_PATH, homePathFor, SIGN_IN_PATH, targetPath, teamFilterOf, teamHref, type Area } from './navigation';
import { useRouteEffects } from './route-effects';
import { PurposeGate } from './purpose-gate';
import { Shell } from './shell';

// The pages behind sign-in load on demand; the sign-in page comes with the first download.
const ProfilePage = lazy(() => import('@ketqua/dashboard/profile').then((m) => ({ default: m.ProfilePage })));
const OrgBrowserPage = lazy(() => import('@ketqua/dashboard/org').then((m) => ({ default: m.OrgBrowserPage })));
const MyWorkPage = lazy(() => import('@ketqua/dashboard/work').then((m) => ({ default: m.MyWorkPage })));
const TeamBoardPage = lazy(() => import('@ketqua/dashboard/work').then((m) => ({ default: m.TeamBoardPage })));
const AssignmentPage = lazy(() => import('@ketqua/dashboard/work').then((m) => ({ default: m.AssignmentPage })));
const CataloguePage = lazy(() => import('@ketqua/dashboard/work').then((m) => ({ default: m.CataloguePage })));
const PilotsPage = lazy(() => import('@ketqua/dashboard/pilot').then((m) => ({ default: m.PilotsPage })));
const PilotReportPage = lazy(() => import('@ketqua/dashboard/reports').then((m) => ({ default: m.PilotReportPage })));
const CalendarPage = lazy(() => import('@ketqua/dashboard/pilot').then((m) => ({ default: m.CalendarPage })));
const HomeWorkPage = lazy(() => import('@ketqua/dashboard/pilot').then((m) => ({ default: m.HomeWorkPage })));
const EnrollmentQueuePage = lazy(() => import('@ketqua/dashboard/pilot').then((m) => ({ default: m.EnrollmentQueuePage })));
const TodayPage = lazy(() => import('@ketqua/dashboard/pilot').then((m) => ({ default: m.TodayPage })));
const SpotChecksPage = lazy(() => import('@ketqua/dashboard/pilot').then((m) => ({ default: m.SpotChecksPage })));
const AccountsPage = lazy(() => import('@ketqua/dashboard/admin').then((m) => ({ default: m.AccountsPage })));
const AuditTrailPage = lazy(() => import('@ketqua/dashboard/admin').then((m) => ({ default: m.AuditTrailPage })));
const AccountSecurityPage = lazy(() => import('@ketqua/dashboard/profile').then((m) => ({ default: m.AccountSecurityPage })));
const MySessionsPage = lazy(() => import('@ketqua/dashboard/admin').then((m) => ({ default: m.MySessionsPage })));
const MyDataAccessesPage = lazy(() => import('@ketqua/dashboard/admin').then((m) => ({ default: m.MyDataAccessesPage })));
const CriteriaPage = lazy(() => import('@ketqua/dashboard/evaluation').then((m) => ({ default: m.CriteriaPage })));
const CriteriaTemplatesPage = lazy(() => import('@ketqua/dashboard/evaluation').then((m) => ({ default: m.CriteriaTemplatesPage })));
const PeriodsPage = lazy(() => import('@ketqua/dashboard/evaluation').then((m) => ({ default: m.PeriodsPage })));
const PeriodBoardPage = lazy(() => import('@ketqua/dashboard/evaluation').then((m) => ({ default: m.PeriodBoardPage })));
const QuotaPage = lazy(() => import('@ketqua/dashboard/evaluation').then((m) => ({ default: m.QuotaPage })));
const WaiversPage = lazy(() => import('@ketqua/dashboard/evaluation').then((m) => ({ default: m.WaiversPage })));
const DrawVerifyPage = lazy(() => import('@ketqua/dashboard/pilot').then((m) => ({ default: m.DrawVerifyPage })));
const VerifySheetPage = lazy(() => import('@ketqua/dashboard/evaluation').then((m) => ({ default: m.VerifySheetPage })));
const MyEvaluationPage = lazy(() => import('@ketqua/dashboard/evaluation').then((m) => ({ default: m.MyEvaluationPage })));
const UnitOverviewPage = lazy(() => import('@ketqua/dashboard/reports').then((m) => ({ default: m.UnitOverviewPage })));
const EvaluationBoardPage = lazy(() => import('@ketqua/dashboard/evaluation').then((m) => ({ default: m.EvaluationBoardPage })));

interface FromState {
  from?: Location;
}

/** Signed out: to the sign-in page (coming back here after). Temporary password: change it first. */
function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to={SIGN_IN_PATH} replace state={{ from: location } satisfies FromState} />;
  if (session.user.mustChangePassword && location.pathname !== AREAS.changePassword.path) {
    return <Navigate to={AREAS.changePassword.path} replace />;
  }
  // HR or ADMIN without an authenticator: the API answers only the enrolment until it is done.
  if (!session.user.mustChangePassword && session.user.mustEnrolSecondFactor && location.pathname !== AREAS.accountSecurity.path) {
    return <Navigate to={AREAS.accountSecurity.path} replace />;
  }
  return <Shell />;
}

function SignInRoute() {
  const session = useSession();
  const from = (useLocation().state as FromState | null)?.from;
  if (!session) return <SignInPage />;
  const area = from ? areaAt(from.pathname) : undefined;
  const back = from && area && canOpen(session.user.role, area) ? `${from.pathname}${from.search}` : homePathFor(session.user.role);
  return <Navigate to={back} replace />;
}

/** Back from the city's identity provider: finishes the sign-in, then home. */
function CitySignInRoute() {
  const session = useSession();
  const navigate = useNavigate();
  if (session) return <Navigate to={homePathFor(session.user.role)} replace />;
  return <CitySignInCallbackPage onBack={() => navigate(SIGN_IN_PATH, { replace: true })} />;
}

/** /thong-bao/:id, the link in an official e-mail: on to the screen the notification is about. */
function NotificationLinkRoute() {
  const { id } = useParams();
  const role = useSession()?.user.role;
  const navigate = useNavigate();
  const home = () => navigate(role ? homePathFor(role) : SIGN_IN_PATH);
  return <NotificationLinkPage id={id ?? ''} onOpen={(target) => navigate(targetPath(target), { replace: true })} onHome={home} />;
}

function Allowed({ area, children }: { area: Area; children: ReactNode }) {
  const role = useSession()?.user.role;
  const navigate = useNavigate();
  if (!role) return null;
  return canOpen(role, area) ? <>{children}</> : <PageForbidden onHome={() => navigate(homePathFor(role))} />;
}

function Home() {
  const role = useSession()?.user.role;
  return role ? <Navigate to={homePathFor(role)} replace /> : null;
}

function NotFound() {
  const role = useSession()?.user.role;
  const navigate = useNavigate();
  return <PageNotFound onHome={() => navigate(role ? homePathFor(role) : SIGN_IN_PATH)} />;
}

function ChangePasswordRoute() {
  const role = useSession()?.user.role;
  const navigate = useNavigate();
  return <ChangePasswordPage onDone={() => navigate(role ? homePathFor(role) : SIGN_IN_PATH)} />;
}

function ProfileRoute() {
  const navigate = useNavigate();
  return <ProfilePage onChangePassword={() => navigate(AREAS.changePassword.path)} />;
}

const assignmentHref = (id: string) => `${AREAS.assignment.path}/${id}`;

function MyWorkRoute() {
  const navigate = useNavigate();
  return <MyWorkPage hrefOf={assignmentHref} onOpen={(id) => navigate(assignmentHref(id))} />;
}

function TeamBoardRoute() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // A new filter in the URL (another figure of the overview) opens a fresh board.
  return <TeamBoardPage key={params.toString()} initial={teamFilterOf(params)} hrefOf={assignmentHref} onOpen={(id) => navigate(assignmentHref(id))} />;
}

function UnitOverviewRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  return (
    <UnitOverviewPage
      unitId={params.get('don-vi') ?? undefined}
      links={{ team: teamHref, today: AREAS.today.path, spotChecks: AREAS.spotChecks.path }}
      onNavigate={(href) => navigate(href)}
    />
  );
}

function PeriodBoardRoute() {
  const { id } = useParams();
  return <PeriodBoardPage id={id ?? ''} listPath={AREAS.evaluationPeriods.path} />;
}

function AssignmentRoute() {
  const { id } = useParams();
  const navigate = useNavigate();
  return id ? <AssignmentPage key={id} id={id} onBack={() => navigate(-1)} /> : <NotFound />;
}

/** A draw to verify is addressed by ?don-vi=<unit id>&ngay=<YYYY-MM-DD>, so a link can be shared. */
const verifyHref = (unitId: string, date: string) => `${AREAS.verifyDraw.path}?${new URLSearchParams({ 'don-vi': unitId, ngay: date })}`;

function HomeWorkRoute() {
  const navigate = useNavigate();
  return <HomeWorkPage onVerify={(unitId, date) => navigate(verifyHref(unitId, date))} />;
}

function SpotChecksRoute() {
  const navigate = useNavigate();
  return <SpotChecksPage onVerify={(unitId, date) => navigate(verifyHref(unitId, date))} />;
}

function VerifyDrawRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  return (
    <DrawVerifyPage
      unitId={params.get('don-vi') ?? undefined}
      date={params.get('ngay') ?? undefined}
      onSelect={(unitId, date) => navigate(verifyHref(unitId, date), { replace: true })}
    />
  );
}

/** A printed code to verify is addressed by ?ma=<code>, so a link can be shared. */
function VerifySheetRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  return <VerifySheetPage code={params.get('ma') ?? undefined} onCode={(code) => navigate(`${AREAS.verifySheet.path}?${new URLSearchParams({ ma: code })}`, { replace: true })} />;
}

export function AppRoutes() {
  useRouteEffects();
  return (
    <Routes>
      <Route path={SIGN_IN_PATH} element={<SignInRoute />} />
      <Route path={CITY_SIGN_IN_PATH} element={<CitySignInRoute />} />
      <Route element={<RequireSession />}>
        <Route index element={<Home />} />
        <Route
          path={AREAS.profile.path}
          element={
            <Allowed area="profile">
              <ProfileRoute />
            </Allowed>
          }
        />
        <Route
          path={`${AREAS.notification.path}/:id`}
          element={
            <Allowed area="notification">
              <NotificationLinkRoute />
            </Allowed>
          }
        />
        <Route
          path={AREAS.org.path}
          element={
            <Allowed area="org">
              <OrgBrowserPage />
            </Allowed>
          }
        />
        <Route
          path={AREAS.myWork.path}
          element={
            <Allowed area="myWork">
              <MyWorkRoute />
            </Allowed>
          }
        />
        <Route
          path={AREAS.unitOverview.path}
          element={
            <Allowed area="unitOverview">
              <UnitOverviewRoute />
            </Allowed>
          }
        />
        <Route
          path={AREAS.team.path}
          element={
            <Allowed area="team">
              <TeamBoardRoute />
            </Allowed>
          }
        />
        <Route
          path={AREAS.catalogue.path}
          element={
            <Allowed area="catalogue">
              <CataloguePage />
            </Allowed>
          }
        />
        <Route
          path={`${AREAS.assignment.path}/:id`}
          element={
            <Allowed area="assignment">
              <AssignmentRoute />
            </Allowed>
          }
        />
        <Route
          path={AREAS.homeWork.path}
          element={
            <Allowed area="homeWork">
              <HomeWorkRoute />
            </Allowed>
          }
        />
        <Route
          path={AREAS.enrollments.path}
          element={
            <Allowed area="enrollments">
              <EnrollmentQueuePage />
            </Allowed>
          }
        />
        <Route
          path={AREAS.today.path}
          element={
            <Allowed area="today">
              <TodayPage />
            </Allowed>
          }
        />
        <Route
          path={AREAS.spotChecks.path}
          element={
            <Allowed area="spotChecks">
              <PurposeGate>
                <SpotChecksRoute />
              </PurposeGate>
            </Allowed>
          }
        />
        <Route
          path={AREAS.pilots.path}
          element={
            <Allowed area="pilots">
              <PilotsPage />
            </Allowed>
          }
        />
        <Route
          path={AREAS.pilotReport.path}
          element={
            <Allowed area="pilotReport">
              <PurposeGate>
                <PilotReportPage />
              </PurposeGate>
            </Allowed>
          }
        />
        <Route
          path={AREAS.evaluationPeriods.path}
          element={
            <Allowed area="evaluationPeriods">
              <PurposeGate>
                <PeriodsPage boardPath={(id) => `${AREAS.evaluationPeriods.path}/${id}`} />
              </PurposeGate>
            </Allowed>
          }
        />
        <Route
          path={`${AREAS.evaluationPeriods.path}/:id`}
          element={
            <Allowed area="evaluationPeriods">
              <PurposeGate>
                <PeriodBoardRoute />
              </PurposeGate>
            </Allowed>
          }
        />
        <Route
          path={AREAS.workCalendar.path}
          element={
            <Allowed area="workCalendar">
              <CalendarPage />
            </Allowed>
          }
        />
        <Route
          path={AREAS.verifyDraw.path}
          element={
            <Allowed area="verifyDraw">
              <VerifyDrawRoute />
            </Allowed>
          }
        />
        <Route
          path={AREAS.criteria.path}
          element={
            <Allowed area="criteria">
              <CriteriaPage />
            </Allowed>
          }
        />
        <Route
          path={AREAS.criteriaTemplates.path}
          element={
            <Allowed area="criteriaTemplates">
              <CriteriaTemplatesPage />
            </Allowed>
          }
        />
        <Route
          path={AREAS.evaluationQuota.path}
          element={
            <Allowed area="evaluationQuota">
              <QuotaPage />
            </Allowed>
          }
        />
        <Route
          path={AREAS.waivers.path}
          element={
            <Allowed area="waivers">
              <WaiversPage />
            </Allowed>
          }
        />
        <Route
          path={AREAS.verifySheet.path}
          element={
            <Allowed area="verifySheet">
              <VerifySheetRoute />
            </Allowed>
          }
        />
        <Route
          path={AREAS.accounts.path}
          element={
            <Allowed area="accounts">
              <AccountsPage />
            </Allowed>
          }
        />
        <Route
          path={AREAS.auditTrail.path}
          element={
            <Allowed area="auditTrail">
              <AuditTrailPage />
            </Allowed>
          }
        />
        <Route
          path={AREAS.accountSecurity.path}
          element={
            <Allowed area="accountSecurity">
              <AccountSecurityPage />
            </Allowed>
          }
        />
        <Route
          path={AREAS.mySessions.path}
          element={
            <Allowed area="mySessions">
              <MySessionsPage />
            </Allowed>
          }
        />
        <Route
          path={AREAS.myDataAccesses.path}
          element={
            <Allowed area="myDataAccesses">
              <MyDataAccessesPage />
            </Allowed>
          }
        />
        <Route
          path={AREAS.myEvaluation.path}
          element={
            <Allowed area="myEvaluation">
              <MyEvaluationPage />
            </Allowed>
          }
        />
        <Route
          path={AREAS.evaluationBoard.path}
          element={
            <Allowed area="evaluationBoard">
              <PurposeGate>
                <EvaluationBoardPage />
              </PurposeGate>
            </Allowed>
          }
        />
        <Route path={AREAS.changePassword.path} element={<ChangePasswordRoute />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
