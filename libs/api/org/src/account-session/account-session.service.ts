import { Injectable } from '@nestjs/common';
import { AuditService, AuthUser, Clock, ConnectionShape, keysetPage, PageArgs, SessionEntity, UserEntity } from '@ketqua/api/core';
import { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../org.errors';
import { OfficialService } from '../official/official.service';
import { sessionNotFound } from './account-session.errors';
import { AccountSession } from './models/account-session.model';

/**
 * An account's open sessions (signed-in devices): everyone sees and ends their own; an administrator,
 * or HR within their agency, those of an account they could manage (OfficialService.lockManageable).
 */
@Injectable()
export class AccountSessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly officials: OfficialService,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, officialId: string, page: PageArgs): Promise<ConnectionShape<AccountSession>> {
    if (officialId !== user.id) await this.officials.lockManageable(this.dataSource.manager, user, officialId, { lock: false });
    const qb = this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.userId = :officialId AND s.revokedAt IS NULL AND s.expiresAt > :now', { officialId, now: this.clock.now() });
    return keysetPage(qb, page, { columns: ['s.createdAt', 's.id'], values: (s) => [s.createdAt.toISOString(), s.id], descending: true }, (s) =>
      AccountSession.from(s, user.sessionId),
    );
  }

  /** Ends one session: its tokens stop working at once. */
  async end(user: AuthUser, sessionId: string): Promise<AccountSession> {
    return this.dataSource.transaction(async (tx) => {
      const session = await tx.findOne(SessionEntity, { where: { id: sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session) throw sessionNotFound(sessionId);
      await this.assertCanEnd(tx, user, session.userId);
      if (!session.revokedAt) {
        session.revokedAt = this.clock.now();
        await tx.save(session);
        await this.audit.record(tx, { actorId: user.id, action: 'auth.session.ended', entityType: 'session', entityId: session.id, data: { officialId: session.userId } });
      }
      return AccountSession.from(session, user.sessionId);
    });
  }

  /** Ends every open session of the account; on one's own account, every one but this. Returns how many ended. */
  async endAll(user: AuthUser, officialId: string): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      await this.assertCanEnd(tx, user, officialId);
      const qb = tx
        .createQueryBuilder()
        .update(SessionEntity)
        .set({ revokedAt: this.clock.now() })
        .where('user_id = :officialId AND revoked_at IS NULL AND expires_at > :now', { officialId, now: this.clock.now() });
      if (officialId === user.id) qb.andWhere('id <> :current', { current: user.sessionId });
      const { affected } = await qb.execute();
      const ended = affected ?? 0;
      await this.audit.record(tx, { actorId: user.id, action: 'auth.sessions.ended_all', entityType: 'official', entityId: officialId, data: { ended } });
      return ended;
    });
  }

  private async assertCanEnd(tx: EntityManager, user: AuthUser, officialId: string): Promise<void> {
    if (officialId === user.id) return;
    if (!(await tx.existsBy(UserEntity, { id: officialId }))) throw notFound('official', officialId);
    await this.officials.lockManageable(tx, user, officialId);
  }
}
