import { formatChanges } from './audit-display';

describe('formatChanges', () => {
  it('shows a diff as from → to, one field a line', () => {
    expect(formatChanges('{"changes":{"name":{"from":"Phòng A","to":"Phòng B"},"active":{"from":true,"to":false}}}')).toBe('name: Phòng A → Phòng B\nactive: true → false');
  });

  it('shows other data as key: value, and anything unreadable as it is', () => {
    expect(formatChanges('{"ip":"127.0.0.1","units":["CCVC"]}')).toBe('ip: 127.0.0.1\nunits: ["CCVC"]');
    expect(formatChanges('{}')).toBe('');
    expect(formatChanges('not json')).toBe('not json');
  });
});
