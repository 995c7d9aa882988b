import {
  BellOutlined,
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  EnvironmentOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  FlagOutlined,
  FundOutlined,
  HistoryOutlined,
  HomeOutlined,
  IdcardOutlined,
  KeyOutlined,
  EyeOutlined,
  LaptopOutlined,
  SafetyCertificateOutlined,
  SecurityScanOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserSwitchOutlined,
  ProfileOutlined,
  ControlOutlined,
  DashboardOutlined,
} from '@ant-design/icons';
import { NotificationBell } from '@ketqua/dashboard/notifications';
import { useSignOut } from '@ketqua/dashboard/auth';
import { useSession } from '@ketqua/dashboard/data-access';
import { AppFrame, PageLoading, type NavItem } from '@ketqua/dashboard/ui';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { AREAS, areaAt, navigationFor, targetPath, type Area } from './navigation';

// The spot-check prompt reaches an official on any page; it loads after the frame, with the pilot pages.
const SpotCheckPrompt = lazy(() => import('@ketqua/dashboard/pilot').then((m) => ({ default: m.SpotCheckPrompt })));

const ICONS: Record<Area, ReactNode> = {
  homeWork: <HomeOutlined />,
  enrollments: <AuditOutlined />,
  today: <EnvironmentOutlined />,
  spotChecks: <FlagOutlined />,
  pilots: <FileProtectOutlined />,
  pilotReport: <BarChartOutlined />,
  evaluationPeriods: <ScheduleOutlined />,
  workCalendar: <CalendarOutlined />,
  verifyDraw: <SafetyCertificateOutlined />,
  evaluationQuota: <FundOutlined />,
  waivers: <SolutionOutlined />,
  verifySheet: <FileDoneOutlined />,
  myWork: <CheckSquareOutlined />,
  unitOverview: <DashboardOutlined />,
  team: <TeamOutlined />,
  catalogue: <AppstoreOutlined />,
  assignment: <FileTextOutlined />,
  org: <ApartmentOutlined />,
  profile: <IdcardOutlined />,
  notification: <BellOutlined />,
  changePassword: <KeyOutlined />,
  accounts: <UserSwitchOutlined />,
  auditTrail: <HistoryOutlined />,
  mySessions: <LaptopOutlined />,
  accountSecurity: <SecurityScanOutlined />,
  myDataAccesses: <EyeOutlined />,
  criteria: <ProfileOutlined />,
  criteriaTemplates: <ControlOutlined />,
  myEvaluation: <SolutionOutlined />,
  evaluationBoard: <FundOutlined />,
};

/** The signed-in frame around every page: the user's menu, name, role, language and sign-out. */
export function Shell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const signOut = useSignOut();
  const user = useSession()?.user;
  if (!user) return null;
  // With a temporary password the API answers only the change-password form: no menu, bell or prompts.
  // Likewise an HR or ADMIN account without an authenticator: only its enrolment.
  const limited = user.mustChangePassword || !!user.mustEnrolSecondFactor;

  // Each entry is a real link (href), so it can be opened in a new tab, bookmarked and is announced as a link.
  const item = (area: Area): NavItem => ({ key: area, label: <Link to={AREAS[area].path}>{t(AREAS[area].label)}</Link>, icon: ICONS[area] });

  return (
    <AppFrame
      nav={limited ? [] : navigationFor(user.role).map(item)}
      selectedKey={areaAt(pathname)}
      user={{ fullName: user.fullName, roleLabel: t(`roles.${user.role}`) }}
      accountMenu={[item('profile'), item('accountSecurity'), item('mySessions'), item('myDataAccesses'), item('changePassword')]}
      onSignOut={() => void signOut()}
      headerExtra={limited ? undefined : <NotificationBell onOpen={(target) => navigate(targetPath(target))} />}
    >
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
      {!limited && (user.role === 'OFFICIAL' || user.role === 'UNIT_HEAD') && (
        <Suspense fallback={null}>
          <SpotCheckPrompt />
        </Suspense>
      )}
    </AppFrame>
  );
}
