import { AREAS, areaAt, canOpen, homePathFor, navigationFor, targetPath, teamFilterOf, teamHref } from './navigation';

describe('role-aware navigation', () => {
  it('gives an official their own work first, then their profile; no team board, catalogue or organisation browser', () => {
    expect(navigationFor('OFFICIAL')).toEqual(['myWork', 'myEvaluation', 'homeWork', 'waivers', 'criteria', 'verifyDraw', 'verifySheet', 'profile']);
    expect(canOpen('OFFICIAL', 'org')).toBe(false);
    expect(canOpen('OFFICIAL', 'team')).toBe(false);
    expect(canOpen('OFFICIAL', 'catalogue')).toBe(false);
    expect(homePathFor('OFFICIAL')).toBe('/viec-cua-toi');
  });

  it.each([
    [
      'UNIT_HEAD',
      [
        'unitOverview',
        'team',
        'evaluationBoard',
        'myEvaluation',
        'enrollments',
        'today',
        'spotChecks',
        'evaluationQuota',
        'waivers',
        'criteria',
        'verifyDraw',
        'verifySheet',
        'catalogue',
        'org',
        'profile',
      ],
    ],
    [
      'HR',
      [
        'team',
        'unitOverview',
        'evaluationBoard',
        'myEvaluation',
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
        'profile',
      ],
    ],
    [
      'ADMIN',
      [
        'team',
        'unitOverview',
        'enrollments',
        'today',
        'spotChecks',
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
      ],
    ],
    [
      'INSPECTOR',
      [
        'team',
        'unitOverview',
        'evaluationBoard',
        'today',
        'spotChecks',
        'evaluationQuota',
        'pilotReport',
        'evaluationPeriods',
        'criteria',
        'verifyDraw',
        'verifySheet',
        'org',
        'auditTrail',
        'profile',
      ],
    ],
  ] as const)('gives %s its menu, landing on its first entry: %j', (role, menu) => {
    expect(navigationFor(role)).toEqual(menu);
    expect(homePathFor(role)).toBe(AREAS[menu[0]].path);
  });

  it('lands the unit head on the unit overview (journey 2), the other readers on the team work', () => {
    expect(homePathFor('UNIT_HEAD')).toBe('/tong-quan-don-vi');
    for (const role of ['HR', 'ADMIN', 'INSPECTOR'] as const) expect(homePathFor(role)).toBe('/cong-viec-don-vi');
    expect(canOpen('OFFICIAL', 'unitOverview')).toBe(false);
    expect(areaAt('/tong-quan-don-vi')).toBe('unitOverview');
  });

  it('opens Báo cáo thí điểm to those the API lets read the pilot report, never to heads or officials', () => {
    expect((['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'] as const).filter((r) => canOpen(r, 'pilotReport'))).toEqual(['HR', 'ADMIN', 'INSPECTOR']);
    expect(areaAt('/bao-cao-thi-diem')).toBe('pilotReport');
  });

  it('lets every role open one assignment (the API decides whose) without listing it in the menu', () => {
    for (const role of ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'] as const) {
      expect(canOpen(role, 'assignment')).toBe(true);
      expect(navigationFor(role)).not.toContain('assignment');
    }
    expect(areaAt('/viec/3f0e')).toBe('assignment');
    expect(areaAt('/viec-cua-toi')).toBe('myWork');
  });

  it('opens one’s own evaluation to those who are evaluated and the period board to heads, HR and inspectors (read-only)', () => {
    const roles = ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'] as const;
    expect(roles.filter((r) => canOpen(r, 'myEvaluation'))).toEqual(['OFFICIAL', 'UNIT_HEAD', 'HR']);
    expect(roles.filter((r) => canOpen(r, 'evaluationBoard'))).toEqual(['UNIT_HEAD', 'HR', 'INSPECTOR']);
    expect(areaAt('/danh-gia-cua-toi')).toBe('myEvaluation');
    expect(areaAt('/danh-gia-don-vi')).toBe('evaluationBoard');
  });

  it('lets everyone change their own password and see their own sessions', () => {
    for (const role of ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'] as const) {
      expect(canOpen(role, 'changePassword')).toBe(true);
      expect(canOpen(role, 'mySessions')).toBe(true);
    }
  });

  it('opens accounts to the administrator and HR, the audit trail to inspectors and the administrator', () => {
    expect((['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'] as const).filter((r) => canOpen(r, 'accounts'))).toEqual(['HR', 'ADMIN']);
    expect((['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'] as const).filter((r) => canOpen(r, 'auditTrail'))).toEqual(['ADMIN', 'INSPECTOR']);
  });

  it('opens the public criteria to every role and the criteria editor to HR and the administrator', () => {
    expect((['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'] as const).filter((r) => canOpen(r, 'criteria'))).toEqual(['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR']);
    expect((['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'] as const).filter((r) => canOpen(r, 'criteriaTemplates'))).toEqual(['HR', 'ADMIN']);
    expect(areaAt('/tieu-chi-danh-gia')).toBe('criteria');
    expect(areaAt('/quan-ly-tieu-chi')).toBe('criteriaTemplates');
  });

  it('finds the area of a URL, including pages below it', () => {
    expect(areaAt('/to-chuc')).toBe('org');
    expect(areaAt('/to-chuc/don-vi/1')).toBe('org');
    expect(areaAt('/ho-so')).toBe('profile');
    expect(areaAt('/to-chucx')).toBeUndefined();
    expect(areaAt('/')).toBeUndefined();
  });

  it.each([
    [{ screen: 'assignment', id: '11111111-1111-4111-8111-111111111111' }, '/viec/11111111-1111-4111-8111-111111111111'],
    [{ screen: 'enrollments' }, '/duyet-dang-ky'],
    [{ screen: 'homeWork' }, '/lam-viec-tai-nha'],
    [{ screen: 'spotChecks' }, '/kiem-tra-ngau-nhien'],
    [{ screen: 'myEvaluation' }, '/danh-gia-cua-toi'],
  ] as const)('opens the notification target %j at %s, the page the API used to link', (target, path) => {
    expect(targetPath(target)).toBe(path);
  });

  it('puts the team board’s filters in the URL and reads them back, dropping what is malformed', () => {
    const filter = { assigneeId: 'abc', statuses: ['ACCEPTED', 'SUBMITTED'] as const, dueFrom: '2026-03-01', dueTo: '2026-03-31', overdue: true };
    const href = teamHref({ ...filter, statuses: [...filter.statuses] });
    expect(href).toBe('/cong-viec-don-vi?nguoi=abc&trang-thai=ACCEPTED%2CSUBMITTED&qua-han=1&tu=2026-03-01&den=2026-03-31');
    expect(teamFilterOf(new URLSearchParams(href.split('?')[1]))).toEqual({ tab: 'board', ...filter, statuses: ['ACCEPTED', 'SUBMITTED'] });
    expect(teamHref({ tab: 'queue' })).toBe('/cong-viec-don-vi?tab=cho-duyet');
    expect(teamHref({})).toBe('/cong-viec-don-vi');
    expect(teamFilterOf(new URLSearchParams('trang-thai=NOPE&tu=01/03/2026'))).toEqual({
      tab: 'board',
      assigneeId: undefined,
      statuses: undefined,
      overdue: undefined,
      dueFrom: undefined,
      dueTo: undefined,
    });
  });
});
