import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import {
  AgencyEntity,
  AppConfig,
  AuditService,
  DemoContributions,
  isUniqueViolation,
  PasswordService,
  SecondFactorService,
  PositionEntity,
  RankEntity,
  toSearchText,
  UnitEntity,
  UserEntity,
} from '@ketqua/api/core';
import { DataSource, EntityManager } from 'typeorm';
import { DEMO_AGENCIES, DEMO_OFFICIALS, DEMO_PASSWORD, DEMO_RANKS, DEMO_TOTP_SECRETS } from './demo-city';

/** Loads the demo city into an empty database, then the features' demo data. Never in production. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);
  /** Set once every module's onModuleInit has run, i.e. every feature has registered its demo data. */
  private initialised = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly secondFactor: SecondFactorService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly contributions: DemoContributions,
  ) {}

  onApplicationBootstrap(): void {
    this.initialised = true;
  }

  /**
   * The demo city when no agency exists yet, then (with `features`) every feature's demo data
   * that is still missing. Returns whether the city was seeded. Running it again changes nothing.
   */
  async seedIfEmpty(options: { features?: boolean } = {}): Promise<boolean> {
    if (this.config.isProduction) throw new Error('The demo seed refuses to run when NODE_ENV=production.');
    // Before init the features have registered nothing, and only the city would be seeded (the first start once did).
    if (!this.initialised) throw new Error('The demo seed needs an initialised application (app.init() or seedDemo): the features register their demo data in onModuleInit.');
    const seeded = await this.seedCity();
    if (options.features ?? true) {
      for (const contribution of this.contributions.all()) {
        const started = performance.now();
        await contribution.seed();
        // The time is what tools/bench/demo-seed.mjs adds up per contribution.
        this.logger.log(`demo data ready: ${contribution.name} (${Math.round(performance.now() - started)} ms)`);
      }
    }
    return seeded;
  }

  private async seedCity(): Promise<boolean> {
    if ((await this.dataSource.getRepository(AgencyEntity).count()) > 0) return false;
    // One hash for every demo account: argon2 is deliberately slow and these share a password anyway.
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    // Two instances starting together on one server: the second trips over the unique agency
    // codes, its transaction rolls back whole, and it reports that the city was already there.
    const seeded = await this.dataSource
      .transaction(async (tx) => {
        await this.seed(tx, passwordHash);
        return true;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) return false;
        throw error;
      });
    if (seeded) this.logger.log(`demo city seeded: ${DEMO_AGENCIES.length} agencies, ${DEMO_OFFICIALS.length} officials`);
    return seeded;
  }

  private async seed(tx: EntityManager, passwordHash: string): Promise<void> {
    const ranks = new Map<string, RankEntity>();
    for (const rank of DEMO_RANKS) ranks.set(rank.code, await tx.save(tx.create(RankEntity, rank)));

    const units = new Map<string, UnitEntity>();
    const positions = new Map<string, PositionEntity>();
    for (const agency of DEMO_AGENCIES) {
      const saved = await tx.save(tx.create(AgencyEntity, { code: agency.code, name: agency.name, kind: agency.kind, validFrom: agency.validFrom, validTo: null }));
      for (const unit of agency.units) {
        const parentId = unit.parent ? must(units, `${agency.code}/${unit.parent}`).id : null;
        units.set(
          `${agency.code}/${unit.code}`,
          await tx.save(tx.create(UnitEntity, { agencyId: saved.id, parentId, code: unit.code, name: unit.name, headId: null, active: true })),
        );
      }
      for (const p of agency.positions) {
        positions.set(
          `${agency.code}/${p.code}`,
          await tx.save(
            tx.create(PositionEntity, {
              agencyId: saved.id,
              code: p.code,
              name: p.name,
              active: true,
              handlesAdministrativeProcedures: !!p.tthc,
              receivesCitizens: !!p.citizens,
              issuesDecisions: !!p.decisions,
            }),
          ),
        );
      }
    }

    for (const o of DEMO_OFFICIALS) {
      const user = await tx.save(
        tx.create(UserEntity, {
          email: o.email,
          fullName: o.fullName,
          searchText: toSearchText(o.fullName, o.email),
          staffCategory: o.staffCategory,
          unitId: must(units, `${o.agency}/${o.unit}`).id,
          positionId: must(positions, `${o.agency}/${o.position}`).id,
          rankId: must(ranks, o.rank).id,
          role: o.role,
          isLeader: !!o.isLeader,
          cityScope: !!o.cityScope,
          active: true,
          passwordHash,
          mustChangePassword: false,
          failedLoginCount: 0,
          lockedUntil: null,
          lastLoginAt: null,
        }),
      );
      const totpSecret = DEMO_TOTP_SECRETS[o.email];
      if (totpSecret) await this.secondFactor.seedEnabled(tx, user.id, totpSecret);
      if (o.heads) await tx.update(UnitEntity, { id: must(units, `${o.agency}/${o.heads}`).id }, { headId: user.id });
    }
    await this.audit.record(tx, {
      actorId: null,
      action: 'demo.seeded',
      entityType: 'system',
      entityId: null,
      data: { agencies: DEMO_AGENCIES.length, officials: DEMO_OFFICIALS.length },
    });
  }
}

/** Demo data refer to each other by code; a missing one is a bug in demo-city.ts. */
function must<V>(map: Map<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo city: unknown reference ${key}`);
  return value;
}
