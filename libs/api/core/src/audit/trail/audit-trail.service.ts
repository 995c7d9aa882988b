import { Injectable, Logger } from '@nestjs/common';
import { addDays, localDateTimeToInstant } from '@ketqua/domain';
import { DataSource } from 'typeorm';
import { AuthUser } from '../../auth/auth-user';
import { BadInputError, ForbiddenError } from '../../errors/app-error';
import { ConnectionShape, PageArgs } from '../../graphql/connection';
import { keysetPage } from '../../graphql/keyset-page';
import { Role } from '../../org-model/org.enums';
import { Clock } from '../../time/clock';
import { AuditChainHeadEntity, AuditEventEntity } from '../audit-event.entity';
import { verifyAuditChain } from '../audit-verifier';
import { AuditChainStatus, AuditEvent } from './audit-trail.model';
import { AuditEventFilter } from './audit-trail.inputs';

/**
 * Reading the audit trail. Events carry no agency, so the trail is whole-city: an administrator or
 * a city-scope inspector or HR reads it; agency-scoped ones are refused (docs/SECURITY.md).
 */
@Injectable()
export class AuditTrailService {
  private readonly logger = new Logger(AuditTrailService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async events(user: AuthUser, filter: AuditEventFilter = {}, page: PageArgs): Promise<ConnectionShape<AuditEvent>> {
    assertCanReadTrail(user);
    if (filter.from && filter.to && filter.from > filter.to) {
      throw new BadInputError('BAD_DATE_RANGE', { vi: 'Ngày bắt đầu phải trước ngày kết thúc.', en: 'The start day must come before the end day.' }, [
        { field: 'filter.to', message: { vi: 'phải từ ngày bắt đầu trở đi', en: 'must not be before the start day' } },
      ]);
    }
    // Who read what: the application log, not the chain (a read changes nothing; logging it in the chain would move the head on every page).
    this.logger.log(`audit trail read by ${user.id} (${user.role}) filter=${JSON.stringify(filter)} after=${page.after ?? ''}`);
    if (page.after && !isSeqCursor(page.after)) {
      throw new BadInputError('BAD_CURSOR', { vi: 'Con trỏ trang (after) không hợp lệ; hãy tải lại danh sách.', en: 'The page cursor (after) is not valid; reload the list.' }, [
        { field: 'after', message: { vi: 'after: con trỏ không hợp lệ', en: 'after: invalid cursor' } },
      ]);
    }
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (filter.entityType) qb.andWhere('e.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('e.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actorId) qb.andWhere('e.actorId = :actorId', { actorId: filter.actorId });
    if (filter.from) qb.andWhere('e.occurredAt >= :from', { from: localDateTimeToInstant(filter.from, 0) });
    if (filter.to) qb.andWhere('e.occurredAt < :to', { to: localDateTimeToInstant(addDays(filter.to, 1), 0) });
    return keysetPage(qb, page, { columns: ['e.seq'], values: (e) => [String(e.seq)], descending: true }, AuditEvent.from);
  }

  /** Recomputes the whole chain (audit-verifier.ts) and reads the head; O(events), on demand only. */
  async status(user: AuthUser): Promise<AuditChainStatus> {
    assertCanReadTrail(user);
    const result = await verifyAuditChain(this.dataSource);
    const head = await this.dataSource.getRepository(AuditChainHeadEntity).findOneByOrFail({ id: 1 });
    this.logger.log(`audit chain verified by ${user.id}: ${result.ok ? 'OK' : `BROKEN at ${result.brokenAt?.seq}`}`);
    return Object.assign(new AuditChainStatus(), {
      ok: result.ok,
      eventsChecked: result.eventsChecked,
      brokenAtSeq: result.brokenAt ? String(result.brokenAt.seq) : null,
      brokenReason: result.brokenAt?.reason ?? null,
      headSeq: String(head.lastSeq),
      headHash: head.lastHash,
      verifiedAt: this.clock.now(),
    });
  }
}

/** The cursor keysetPage writes for this list: a one-element array of the seq as digits. */
function isSeqCursor(cursor: string): boolean {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(values) && values.length === 1 && typeof values[0] === 'string' && /^\d{1,18}$/.test(values[0]);
  } catch {
    return false;
  }
}

export function assertCanReadTrail(user: AuthUser): void {
  if (user.role === Role.ADMIN || ((user.role === Role.INSPECTOR || user.role === Role.HR) && user.cityScope)) return;
  throw new ForbiddenError('CITY_SCOPE_REQUIRED', {
    vi: 'Nhật ký kiểm toán ghi sự kiện của toàn thành phố: chỉ quản trị, thanh tra hoặc tổ chức cán bộ phạm vi toàn thành phố được xem.',
    en: 'The audit trail records events of the whole city: only an administrator, or a city-wide inspector or HR officer, may read it.',
  });
}
