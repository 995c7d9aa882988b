import type { Role } from '@ketqua/dashboard/data-access';
import type { NotificationTarget } from '@ketqua/dashboard/notifications';
import type { TeamBoardFilter } from '@ketqua/dashboard/work';

/** The screens of the dashboard; `path` is where each lives, `label` its i18n key. */
export const AREAS = {
  myWork: { path: '/viec-cua-toi', label: 'nav.myWork' },
  unitOverview: { path: '/tong-quan-don-vi', label: 'nav.unitOverview' },
  team: { path: '/cong-viec-don-vi', label: 'nav.team' },
  catalogue: { path: '/danh-muc-san-pham', label: 'nav.catalogue' },
  assignment: { path: '/viec', label: 'nav.assignment' },
  profile: { path: '/ho-so', label: 'nav.profile' },
  notification: { path: '/thong-bao', label: 'nav.notification' },
  org: { path: '/to-chuc', label: 'nav.org' },
  homeWork: { path: '/lam-viec-tai-nha', label: 'nav.homeWork' },
  enrollments: { path: '/duyet-dang-ky', label: 'nav.enrollments' },
  today: { path: '/hom-nay', label: 'nav.today' },
  spotChecks: { path: '/kiem-tra-ngau-nhien', label: 'nav.spotChecks' },
  pilots: { path: '/de-an-thi-diem', label: 'nav.pilots' },
  pilotReport: { path: '/bao-cao-thi-diem', label: 'nav.pilotReport' },
  evaluationPeriods: { path: '/ky-danh-gia', label: 'nav.evaluationPeriods' },
  workCalendar: { path: '/lich-lam-viec', label: 'nav.workCalendar' },
  verifyDraw: { path: '/xac-minh-boc-tham', label: 'nav.verifyDraw' },
  evaluationQuota: { path: '/ty-le-xuat-sac', label: 'nav.evaluationQuota' },
  waivers: { path: '/mien-tru', label: 'nav.waivers' },
  verifySheet: { path: '/xac-minh-phieu', label: 'nav.verifySheet' },
  myEvaluation: { path: '/danh-gia-cua-toi', label: 'nav.myEvaluation' },
  evaluationBoard: { path: '/danh-gia-don-vi', label: 'nav.evaluationBoard' },
  changePassword: { path: '/doi-mat-khau', label: 'nav.changePassword' },
  accounts: { path: '/tai-khoan', label: 'nav.accounts' },
  auditTrail: { path: '/nhat-ky-kiem-toan', label: 'nav.auditTrail' },
  mySessions: { path: '/phien-dang-nhap', label: 'nav.mySessions' },
  accountSecurity: { path: '/bao-mat-tai-khoan', label: 'nav.accountSecurity' },
  myDataAccesses: { path: '/ai-da-xem-du-lieu-cua-toi', label: 'nav.myDataAccesses' },
  criteria: { path: '/tieu-chi-danh-gia', label: 'nav.criteria' },
  criteriaTemplates: { path: '/quan-ly-tieu-chi', label: 'nav.criteriaTemplates' },
} as const;

export type Area = keyof typeof AREAS;

export const SIGN_IN_PATH = '/dang-nhap';
/** Where the city's identity provider sends the browser back (OIDC_REDIRECT_URI ends with it). */
export const CITY_SIGN_IN_PATH = '/dang-nhap/thanh-pho';

/** The path of the screen a notification opens (the notifications lib picks the screen; the paths live here). */
export function targetPath(target: NotificationTarget): string {
  return 'id' in target ? `${AREAS[target.screen].path}/${target.id}` : AREAS[target.screen].path;
}

/**
 * Who may open what. The API enforces scope on every request anyway; this only keeps the menu
 * honest: an official sees their own work and profile; heads, HR and inspectors the team's work and
 * the organisation browser; those who set up work also the catalogue. One assignment (/viec/:id) is
 * open to all (the API decides whose).
 */
const ACCESS: Record<Area, readonly Role[]> = {
  myWork: ['OFFICIAL'],
  // Tổng quan đơn vị (journey 2): the head's landing page; HR, inspectors and the administrator may open a unit's too.
  unitOverview: ['UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
  team: ['UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
  catalogue: ['UNIT_HEAD', 'HR', 'ADMIN'],
  assignment: ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
  profile: ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
  // The link in an official e-mail (/thong-bao/:id): one's own notification, whoever one is.
  notification: ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
  org: ['UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
  // The pilot: officials ask for home work; heads decide and watch their units; HR sets it up;
  // anyone may verify a draw (an official only those whose roster they were on: the API decides).
  homeWork: ['OFFICIAL'],
  enrollments: ['UNIT_HEAD', 'HR', 'ADMIN'],
  today: ['UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
  spotChecks: ['UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
  pilots: ['HR', 'ADMIN'],
  // Báo cáo thí điểm (PRODUCT.md 4.7): as the API's pilotReport allows; heads and officials never see it.
  pilotReport: ['HR', 'ADMIN', 'INSPECTOR'],
  // Evaluation periods: HR opens them; the inspector reads them and their completion boards.
  evaluationPeriods: ['HR', 'ADMIN', 'INSPECTOR'],
  workCalendar: ['HR', 'ADMIN'],
  verifyDraw: ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
  // Evaluation fairness: the quota meter, calibration and parity for heads, HR and inspectors; waivers for whoever is evaluated or evaluates.
  evaluationQuota: ['UNIT_HEAD', 'HR', 'INSPECTOR'],
  waivers: ['OFFICIAL', 'UNIT_HEAD', 'HR'],
  // Anyone holding a printed evaluation sheet may check its code (the API audits each lookup).
  verifySheet: ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
  changePassword: ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
  // Accounts: the administrator, and HR for the accounts it may manage (the API says which).
  accounts: ['ADMIN', 'HR'],
  // The audit trail is city-wide (docs/SECURITY.md): inspectors and the administrator; the API refuses agency-scoped readers.
  auditTrail: ['INSPECTOR', 'ADMIN'],
  mySessions: ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
  accountSecurity: ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
  // Dữ liệu cá nhân (Decree 13/2023): everyone sees who read their data and downloads it; the administrator also every access.
  myDataAccesses: ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
  // The criteria in force are public to every official (PRODUCT.md 4.4); the city's HR and the administrator edit them.
  criteria: ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
  criteriaTemplates: ['HR', 'ADMIN'],
  // Evaluation by results: one's own evaluation (a head and HR are evaluated too); the period board
  // for those who score (heads, HR where the level is HR) and inspectors (read-only).
  myEvaluation: ['OFFICIAL', 'UNIT_HEAD', 'HR'],
  evaluationBoard: ['UNIT_HEAD', 'HR', 'INSPECTOR'],
};

/** Side-bar entries, in order; change password and one's sessions live under the user's name instead. */
const MENU: readonly Area[] = [
  'myWork',
  'team',
  'unitOverview',
  'evaluationBoard',
  'myEvaluation',
  'homeWork',
  'enrollments',
  'today',
  'spotChecks',
  'evaluationQuota',
  'waivers',
  'pilots',
  'pilotReport',
  'evaluationPeriods',
  'criteriaTemplates',
  'workCalendar',
  'criteria',
  'verifyDraw',
  'verifySheet',
  'catalogue',
  'org',
  'accounts',
  'auditTrail',
  'profile',
];

export function canOpen(role: Role, area: Area): boolean {
  return ACCESS[area].includes(role);
}

/** A role whose menu starts elsewhere than MENU's order: the unit head lands on the unit overview (journey 2). */
const FIRST: Partial<Record<Role, Area>> = { UNIT_HEAD: 'unitOverview' };

export function navigationFor(role: Role): Area[] {
  const menu = MENU.filter((area) => canOpen(role, area));
  const first = FIRST[role];
  return first && menu.includes(first) ? [first, ...menu.filter((area) => area !== first)] : menu;
}

/** Where a user lands after signing in: the first entry of their menu. */
export function homePathFor(role: Role): string {
  return AREAS[navigationFor(role)[0] ?? 'profile'].path;
}

/** The menu entry a URL belongs to. */
export function areaAt(pathname: string): Area | undefined {
  return (Object.keys(AREAS) as Area[]).find((a) => pathname === AREAS[a].path || pathname.startsWith(`${AREAS[a].path}/`));
}

const TEAM_STATUSES = ['ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'CANCELLED'] as const;
type TeamStatus = (typeof TEAM_STATUSES)[number];
const isDay = (v: string | null): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * The team board with filters in the URL, so a figure (the unit overview's) opens the rows behind it
 * and the link can be shared: ?nguoi=<official id>&trang-thai=ACCEPTED,SUBMITTED&qua-han=1&tu=<day>&den=<day>&tab=cho-duyet.
 */
export function teamHref(filter: TeamBoardFilter): string {
  const params = new URLSearchParams();
  if (filter.tab === 'queue') params.set('tab', 'cho-duyet');
  if (filter.assigneeId) params.set('nguoi', filter.assigneeId);
  if (filter.statuses?.length) params.set('trang-thai', filter.statuses.join(','));
  if (filter.overdue) params.set('qua-han', '1');
  if (filter.dueFrom) params.set('tu', filter.dueFrom);
  if (filter.dueTo) params.set('den', filter.dueTo);
  const query = params.toString();
  return query ? `${AREAS.team.path}?${query}` : AREAS.team.path;
}

/** teamHref's filter read back from the URL; anything malformed is left out. */
export function teamFilterOf(params: URLSearchParams): TeamBoardFilter {
  const statuses = (params.get('trang-thai') ?? '').split(',').filter((s): s is TeamStatus => (TEAM_STATUSES as readonly string[]).includes(s));
  const from = params.get('tu');
  const to = params.get('den');
  return {
    tab: params.get('tab') === 'cho-duyet' ? 'queue' : 'board',
    assigneeId: params.get('nguoi') ?? undefined,
    statuses: statuses.length ? statuses : undefined,
    overdue: params.get('qua-han') === '1' || undefined,
    dueFrom: isDay(from) ? from : undefined,
    dueTo: isDay(to) ? to : undefined,
  };
}
