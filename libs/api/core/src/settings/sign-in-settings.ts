import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { Role } from '../org-model/org.enums';
import { Clock } from '../time/clock';
import { AppSettingEntity } from './app-setting.entity';

const PASSWORD_SIGN_IN = 'auth.password_sign_in';

/**
 * Whether password sign-in stays open beside single sign-on. An ADMIN may turn it off once the
 * city's identity provider is configured; it is a fallback, so:
 * - without single sign-on configured the setting is ignored (everyone signs in with a password);
 * - ADMIN accounts keep password sign-in (break-glass: the provider down, or misconfigured, must not
 *   lock everyone out, including those who can turn passwords back on); each such sign-in is audited.
 */
@Injectable()
export class SignInSettings {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The ADMIN's choice as stored (true unless turned off). */
  async passwordSignInChosen(tx: EntityManager = this.dataSource.manager): Promise<boolean> {
    const row = await tx.findOneBy(AppSettingEntity, { key: PASSWORD_SIGN_IN });
    return (row?.value as { enabled?: boolean } | undefined)?.enabled !== false;
  }

  /** Password sign-in open to everyone: chosen, or single sign-on not configured. */
  async passwordSignInOpen(): Promise<boolean> {
    return !this.config.ssoConfigured || (await this.passwordSignInChosen());
  }

  /** Whether this account may sign in with its password now; 'break-glass' for an ADMIN when it is closed to others. */
  async passwordSignInFor(role: Role): Promise<'open' | 'break-glass' | 'closed'> {
    if (await this.passwordSignInOpen()) return 'open';
    return role === Role.ADMIN ? 'break-glass' : 'closed';
  }

  async setPasswordSignIn(actorId: string, enabled: boolean): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const before = await this.passwordSignInChosen(tx);
      await tx.upsert(AppSettingEntity, { key: PASSWORD_SIGN_IN, value: { enabled }, updatedAt: this.clock.now(), updatedById: actorId }, ['key']);
      await this.audit.record(tx, { actorId, action: 'auth.password_sign_in.changed', entityType: 'setting', entityId: null, data: { before, after: enabled } });
    });
  }
}
