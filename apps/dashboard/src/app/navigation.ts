import type { Role } from '@ketqua/dashboard/data-access';

/** The screens of the dashboard; `path` is where each lives, `label` its i18n key. */
export const AREAS = {
  profile: { path: '/ho-so', label: 'nav.profile' },
  org: { path: '/to-chuc', label: 'nav.org' },
  changePassword: { path: '/doi-mat-khau', label: 'nav.changePassword' },
} as const;

export type Area = keyof typeof AREAS;

export const SIGN_IN_PATH = '/dang-nhap';

/**
 * Who may open what. The API enforces scope on every request anyway; this only keeps the menu
 * honest: an official sees their own profile, the others also the organisation browser.
 */
const ACCESS: Record<Area, readonly Role[]> = {
  profile: ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
  org: ['UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
  changePassword: ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'],
};

/** Side-bar entries, in order; change password lives under the user's name instead. */
const MENU: readonly Area[] = ['org', 'profile'];

export function canOpen(role: Role, area: Area): boolean {
  return ACCESS[area].includes(role);
}

export function navigationFor(role: Role): Area[] {
  return MENU.filter((area) => canOpen(role, area));
}

/** Where a user lands after signing in: the first entry of their menu. */
export function homePathFor(role: Role): string {
  return AREAS[navigationFor(role)[0] ?? 'profile'].path;
}

/** The menu entry a URL belongs to. */
export function areaAt(pathname: string): Area | undefined {
  return (Object.keys(AREAS) as Area[]).find((a) => pathname === AREAS[a].path || pathname.startsWith(`${AREAS[a].path}/`));
}
