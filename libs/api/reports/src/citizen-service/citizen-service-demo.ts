import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditService, Clock, DemoContributions, demoHistoryCohorts, demoRandom, UnitEntity, UserEntity } from '@ketqua/api/core';
import { DataSource, In } from 'typeorm';
import { CitizenServiceRecordEntity } from './citizen-service-record.entity';

/** A few officials of both cohorts whose month figures the demo imports (in the demo their work includes online dossiers). */
const DEMO_OFFICIALS = ['official@demo.ketqua.vn', 'tran.thi.mai.anh@demo.ketqua.vn', 'kieu.van.thang@demo.ketqua.vn', 'ly.gia.huy@demo.ketqua.vn', 'ha.minh.tri@demo.ketqua.vn'];
const BASELINE_MONTHS = 6;

/**
 * Citizen-service months for the demo (issue 12): the six months before the pilot and every
 * finished month since, for a few officials of both cohorts, drawn from a seeded random stream; the
 * home cohort handles its dossiers on time a little more often during the pilot. Idempotent.
 */
@Injectable()
export class CitizenServiceDemo implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contributions: DemoContributions,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.contributions.register({ name: 'reports: citizen-service history of a few officials (baseline and pilot months)', order: 50, seed: () => this.seed() });
  }

  async seed(): Promise<void> {
    if ((await this.dataSource.getRepository(CitizenServiceRecordEntity).count()) > 0) return;
    const cohorts = await demoHistoryCohorts(this.dataSource.manager);
    const hr = await this.dataSource.getRepository(UserEntity).findOneBy({ email: 'hr@demo.ketqua.vn' });
    if (!cohorts || !hr) return;
    const people = await this.dataSource.getRepository(UserEntity).find({ where: { email: In(DEMO_OFFICIALS) }, order: { email: 'ASC' } });
    const units = new Map((await this.dataSource.getRepository(UnitEntity).find()).map((u) => [u.id, u]));
    const index = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
    const start = index(cohorts.pilotStart);
    const rows: Array<Partial<CitizenServiceRecordEntity>> = [];
    for (const person of people) {
      const unit = units.get(person.unitId);
      if (!unit) continue;
      const home = cohorts.home.includes(person.id);
      for (let i = start - BASELINE_MONTHS; i < index(this.clock.today()); i++) {
        const month = `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
        const random = demoRandom(`citizen|${person.email}|${month}`);
        const dossiers = 30 + Math.floor(random() * 31);
        const rate = (home && i >= start ? 0.94 : 0.88) + (random() - 0.5) * 0.06;
        const satisfaction = (home && i >= start ? 92 : 88) + (random() - 0.5) * 4;
        rows.push({
          officialId: person.id,
          month,
          unitId: person.unitId,
          agencyId: unit.agencyId,
          dossiersHandled: dossiers,
          dossiersOnTime: Math.min(dossiers, Math.round(dossiers * rate)),
          satisfactionPercent: Math.round(satisfaction * 100) / 100,
          importedById: hr.id,
        });
      }
    }
    if (rows.length === 0) return;
    await this.dataSource.transaction(async (tx) => {
      await tx.insert(CitizenServiceRecordEntity, rows);
      await this.audit.record(tx, {
        actorId: hr.id,
        action: 'reports.citizen_service.imported',
        entityType: 'citizen_service_record',
        data: { lines: rows.length, created: rows.length, replaced: [], demo: true },
      });
    });
  }
}
