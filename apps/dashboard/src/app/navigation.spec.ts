import { areaAt, canOpen, homePathFor, navigationFor } from './navigation';

describe('role-aware navigation', () => {
  it('gives an official only their own profile', () => {
    expect(navigationFor('OFFICIAL')).toEqual(['profile']);
    expect(canOpen('OFFICIAL', 'org')).toBe(false);
    expect(homePathFor('OFFICIAL')).toBe('/ho-so');
  });

  it.each(['UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'] as const)('gives %s the organisation browser first, then the profile', (role) => {
    expect(navigationFor(role)).toEqual(['org', 'profile']);
    expect(homePathFor(role)).toBe('/to-chuc');
  });

  it('lets everyone change their own password', () => {
    for (const role of ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'] as const) expect(canOpen(role, 'changePassword')).toBe(true);
  });

  it('finds the area of a URL, including pages below it', () => {
    expect(areaAt('/to-chuc')).toBe('org');
    expect(areaAt('/to-chuc/don-vi/1')).toBe('org');
    expect(areaAt('/ho-so')).toBe('profile');
    expect(areaAt('/to-chucx')).toBeUndefined();
    expect(areaAt('/')).toBeUndefined();
  });
});
