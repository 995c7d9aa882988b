import { auditEventHash, canonicalJson, GENESIS_HASH, normaliseAuditData } from './audit-chain';

const event = {
  seq: 1,
  occurredAt: new Date('2026-02-16T01:00:00.000Z'),
  actorId: null,
  action: 'org.unit.created',
  entityType: 'unit',
  entityId: 'u-1',
  data: { name: 'Phòng Công chức viên chức', code: 'CCVC' },
};

describe('audit hash chain', () => {
  it('canonical JSON does not depend on key order (jsonb reorders keys)', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"x":2,"y":1}]},"b":1}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('the hash covers the previous hash and every field', () => {
    const base = auditEventHash(GENESIS_HASH, event);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(auditEventHash(GENESIS_HASH, { ...event, data: { code: 'CCVC', name: 'Phòng Công chức viên chức' } })).toBe(base);
    expect(auditEventHash('1'.repeat(64), event)).not.toBe(base);
    expect(auditEventHash(GENESIS_HASH, { ...event, seq: 2 })).not.toBe(base);
    expect(auditEventHash(GENESIS_HASH, { ...event, data: { ...event.data, code: 'CCVX' } })).not.toBe(base);
  });

  it('stores data exactly as jsonb gives it back', () => {
    expect(normaliseAuditData({ at: new Date('2026-01-01T00:00:00Z'), skip: undefined })).toEqual({ at: '2026-01-01T00:00:00.000Z' });
    expect(normaliseAuditData(undefined)).toEqual({});
  });
});
