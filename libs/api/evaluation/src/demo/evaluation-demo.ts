import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  AssignmentFact,
  AssignmentFactsSource,
  AuditService,
  CalendarService,
  Clock,
  demoHistoryCohorts,
  demoHistoryMonths,
  demoRandom,
  DemoContributions,
  PositionEntity,
  UnitEntity,
  UserEntity,
} from '@ketqua/api/core';
import { addDays, evaluatorFor, GeneralCriterionScore, Grade, RuleSet } from '@ketqua/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ActingEvaluatorEntity } from '../acting-evaluator/acting-evaluator.entity';
import { RuleSetSource } from '../criteria/rule-set-source';
import { EvaluationFactEntity } from '../evaluation/evaluation-fact.entity';
import { EvaluationRevisionEntity } from '../evaluation/evaluation-revision.entity';
import { EvaluationEntity, EvaluationRegime } from '../evaluation/evaluation.entity';
import { EvaluationPeriodEntity } from '../period/evaluation-period.entity';
import { QuotaExceptionEntity } from '../quota/quota-exception.entity';
import { verificationCodeOf } from '../evaluation/evaluation.service';
import { buildRecord, toRecordFact } from '../shared/evaluation-record';
import { WaiverRequestEntity } from '../waiver/waiver-request.entity';

const HEAD = 'head@demo.ketqua.vn';
const OFFICIAL = 'official@demo.ketqua.vn';
const HR = 'hr@demo.ketqua.vn';
/** Reopened after publication in the first month (the old revision stays). */
const REOPENED = 'bui.quoc.bao@demo.ketqua.vn';
/** Had a major-error return waived (objective cause confirmed by the head) in the first month. */
const WAIVED = 'tran.thi.mai.anh@demo.ketqua.vn';
/** Moved from Phòng Công chức viên chức to Phòng Cải cách hành chính after the first month. */
// Not one the pilot's demo and its journeys use (they ask for home work as Lý Gia Huy).
const TRANSFERRED = 'chau.minh.nhat@demo.ketqua.vn';
const TRANSFER_TO = 'CCHC';
/** Named acting evaluator of CCVC for a week of the second month. */
const ACTING = 'duong.van.phuc@demo.ketqua.vn';

type Status = EvaluationEntity['status'];

/** The second month's evaluations, by e-mail; everyone else cycles through SECOND_MONTH_CYCLE. */
const SECOND_MONTH: Record<string, Status> = {
  [OFFICIAL]: 'AWAITING_HEAD',
  [HEAD]: 'AWAITING_HEAD',
  [WAIVED]: 'SCORED',
  [REOPENED]: 'APPROVED',
  'dang.thi.phuong.thao@demo.ketqua.vn': 'RETURNED',
  'ho.thi.diem.my@demo.ketqua.vn': 'AWAITING_HEAD',
  [TRANSFERRED]: 'AWAITING_SELF_ASSESSMENT',
};
const SECOND_MONTH_CYCLE: Status[] = ['PUBLISHED', 'AWAITING_HEAD', 'SCORED', 'APPROVED', 'AWAITING_SELF_ASSESSMENT'];
/** The third month is in its self-assessment window: only these have self-assessed already. */
const THIRD_MONTH_SELF_ASSESSED = new Set([WAIVED, 'to.thi.yen.nhi@demo.ketqua.vn']);

const SELF_TEXT = 'Hoàn thành đầy đủ các nhiệm vụ được giao trong tháng, bảo đảm tiến độ và chất lượng; chủ động phối hợp với các phòng.';
const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+07:00`);

interface Month {
  year: number;
  number: number;
  from: string;
  to: string;
}

/**
 * The evaluation demo (issue 11): three MONTH periods of the demo agency (Sở Nội vụ) before today's
 * month — the first closed and published (one reopened with its old revision kept, a confirmed
 * waiver, a quota exception, a transferred official), the second in head scoring with evaluations in
 * every state, the third in its self-assessment window. Rows are written on the base entities, the
 * facts through AssignmentFactsSource (the work demo's past months count), every published number by
 * buildRecord, the decisions audited. Idempotent: nothing happens once the first period exists.
 */
/** The evaluation_fact row of an assignment fact captured at a moment (the periods' frozen facts). */
function factRow(evaluationId: string, fact: AssignmentFact, capturedAt: Date) {
  return {
    evaluationId,
    assignmentId: fact.assignmentId,
    unitId: fact.unitId,
    title: fact.title,
    sourceDocument: fact.sourceDocument,
    status: fact.status,
    deadlineDate: fact.deadlineDate,
    expectedUnits: fact.expectedUnits,
    deliveredUnits: fact.deliveredUnits,
    acceptedAt: fact.acceptedAt,
    majorErrorReturns: fact.majorErrorReturns,
    missedDeadlines: fact.missedDeadlines,
    ruleSetVersion: fact.ruleSetVersion,
    capturedAt,
  };
}

@Injectable()
export class EvaluationDemo implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contributions: DemoContributions,
    private readonly facts: AssignmentFactsSource,
    private readonly ruleSets: RuleSetSource,
    private readonly calendars: CalendarService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.contributions.register({ name: 'evaluation: three months of 2026 periods in every state', order: 40, seed: () => this.seed() });
    this.contributions.register({ name: 'evaluation: published monthly history of the pilot cohorts (baseline and pilot months)', order: 41, seed: () => this.seedHistory() });
  }

  /**
   * DEMO_HISTORY (libs/api/core/src/demo/demo-history.ts): a CLOSED MONTH period per history month
   * and a PUBLISHED evaluation (revision, verification code, audit event) per official of both
   * cohorts, from the work demo's history facts through buildRecord as a real publication computes
   * them. The baseline months (2025) are scored with the rules in force at the pilot's start, as HR
   * compares like with like (no 100-point rule set was in force before 2026). General criteria: a
   * little head-to-head noise, the same for both cohorts. Bulk inserts; nothing once the first exists.
   */
  async seedHistory(): Promise<void> {
    const cohorts = await demoHistoryCohorts(this.dataSource.manager);
    if (!cohorts) return;
    const months = demoHistoryMonths(cohorts.pilotStart, this.clock.today());
    if (months.length === 0) return;
    const { agencyId } = cohorts;
    const periods = this.dataSource.getRepository(EvaluationPeriodEntity);
    if (await periods.existsBy({ agencyId, kind: 'MONTH', year: months[0].year, number: months[0].number })) return;
    const hr = await this.dataSource.getRepository(UserEntity).findOneBy({ email: HR });
    if (!hr) return;
    const calendar = await this.calendars.calendar();
    const people = await this.dataSource.getRepository(UserEntity).find({ where: { id: In([...cohorts.home, ...cohorts.office]) }, order: { email: 'ASC' } });
    const units = new Map((await this.dataSource.getRepository(UnitEntity).findBy({ agencyId })).map((u) => [u.id, u]));
    const positions = new Map((await this.dataSource.getRepository(PositionEntity).findBy({ agencyId })).map((p) => [p.id, p.code]));
    const allFacts = await this.facts.factsFor(
      people.map((p) => p.id),
      { from: months[0].from, to: months[months.length - 1].to },
    );

    await this.dataSource.transaction(async (tx) => {
      const periodRows: Array<Partial<EvaluationPeriodEntity>> = [];
      const evaluationRows: Array<Partial<EvaluationEntity>> = [];
      const factRows: Array<Partial<EvaluationFactEntity>> = [];
      const revisionRows: Array<QueryDeepPartialEntity<EvaluationRevisionEntity>> = [];
      const published: Array<{ id: string; actorId: string; grade: Grade | null; score: number | null; code: string }> = [];
      // One look-up per regime, position and month, not per evaluation.
      const criteriaOf = new Map<string, Awaited<ReturnType<RuleSetSource['inForce']>>>();
      for (const month of months) {
        const windows = { sa: calendar.addWorkingDays(month.to, 4), head: calendar.addWorkingDays(month.to, 8), publish: calendar.addWorkingDays(month.to, 12) };
        const cutOffAt = at(windows.sa, 17);
        const periodId = randomUUID();
        periodRows.push({
          id: periodId,
          kind: 'MONTH',
          year: month.year,
          number: month.number,
          startsOn: month.from,
          endsOn: month.to,
          agencyId,
          pilotId: null,
          name: `Tháng ${month.number}/${month.year}`,
          status: 'CLOSED',
          selfAssessmentUntil: windows.sa,
          headScoringUntil: windows.head,
          publishUntil: windows.publish,
          cutOffAt,
          factsFrozenAt: cutOffAt,
          openedAt: at(calendar.addWorkingDays(month.to, 1), 8),
          openedById: hr.id,
          jobStatus: 'DONE',
          jobTotal: people.length,
          jobDone: people.length,
          jobError: null,
        });
        const scheduled = calendar.countWorkingDays(month.from, month.to);
        const selfAt = at(calendar.addWorkingDays(month.to, 2), 10);
        const scoredAt = at(calendar.addWorkingDays(month.to, 5), 15);
        const approvedAt = at(calendar.addWorkingDays(month.to, 7), 10);
        const publishedAt = at(calendar.addWorkingDays(month.to, 9), 16);
        for (const person of people) {
          const unit = units.get(person.unitId);
          if (!unit) continue;
          const parent = unit.parentId ? units.get(unit.parentId) : undefined;
          const chosen = evaluatorFor({ id: person.id, isLeader: person.isLeader }, { unitHeadId: unit.headId, parentUnitHeadId: parent?.headId ?? null });
          const actorId = chosen.evaluatorId ?? hr.id;
          const regime: EvaluationRegime = person.staffCategory === 'VIEN_CHUC' ? 'VIEN_CHUC' : 'CONG_CHUC';
          const date = month.from < cohorts.pilotStart ? cohorts.pilotStart : month.from;
          const criteriaKey = `${regime}|${person.positionId}|${date}`;
          let criteria = criteriaOf.get(criteriaKey);
          if (!criteria) criteriaOf.set(criteriaKey, (criteria = await this.ruleSets.inForce(tx, { regime, positionId: person.positionId, date })));
          const { ruleSet, templateId } = criteria;
          const facts = allFacts.filter((f) => f.officialId === person.id && f.deadlineDate >= month.from && f.deadlineDate <= month.to);
          const random = demoRandom(`general|${person.email}|${month.from}`);
          const general = regime === 'CONG_CHUC' ? generalScores(ruleSet, Math.floor(random() * 6) * 0.5) : null;
          const record = buildRecord({
            regime,
            isLeader: person.isLeader,
            ruleSet,
            facts: facts.map(toRecordFact),
            generalScores: general,
            overrides: null,
            scheduledWorkingDays: scheduled,
            workedDays: scheduled,
            subordinateGrades: null,
            managedUnit: null,
            decidedGrade: null,
            gradeChangeReason: null,
          });
          const id = randomUUID();
          const code = verificationCodeOf(id, 1, record);
          evaluationRows.push({
            id,
            periodId,
            officialId: person.id,
            unitId: person.unitId,
            agencyId,
            positionId: person.positionId,
            taskGroup: (person.positionId && positions.get(person.positionId)) ?? '',
            regime,
            isLeader: person.isLeader,
            evaluatorId: chosen.evaluatorId,
            evaluatorLevel: chosen.level,
            status: 'PUBLISHED',
            revision: 1,
            ruleSetVersion: ruleSet.version,
            criteriaTemplateId: templateId,
            scheduledWorkingDays: scheduled,
            workedDays: scheduled,
            selfAssessmentText: SELF_TEXT,
            selfScores: regime === 'CONG_CHUC' ? generalScores(ruleSet, 0) : null,
            proposedGrade: 'HOAN_THANH_TOT',
            selfAssessedAt: selfAt,
            generalScores: general,
            overrides: null,
            decidedGrade: null,
            gradeChangeReason: null,
            headComment: 'Hoàn thành nhiệm vụ được giao trong tháng.',
            scoredById: actorId,
            scoredAt,
            approvedById: actorId,
            approvedAt,
            publishedById: actorId,
            publishedAt,
            verificationCode: code,
            returnReason: null,
            reopenReason: null,
          });
          for (const fact of facts) {
            factRows.push(factRow(id, fact, cutOffAt));
          }
          revisionRows.push({
            evaluationId: id,
            revision: 1,
            record: { ...record, verificationCode: code } as unknown as QueryDeepPartialEntity<Record<string, unknown>>,
            publishedById: actorId,
            publishedAt,
            reopenReason: null,
          });
          published.push({ id, actorId, grade: record.grade, score: record.score, code });
        }
      }
      const chunks = async <T>(rows: T[], write: (part: T[]) => Promise<unknown>) => {
        for (let i = 0; i < rows.length; i += 300) await write(rows.slice(i, i + 300));
      };
      await chunks(periodRows, (part) => tx.insert(EvaluationPeriodEntity, part));
      await chunks(evaluationRows, (part) => tx.insert(EvaluationEntity, part));
      await chunks(factRows, (part) => tx.insert(EvaluationFactEntity, part));
      await chunks(revisionRows, (part) => tx.insert(EvaluationRevisionEntity, part));
      await this.audit.recordMany(tx, [
        ...periodRows.map((period) => ({
          actorId: hr.id,
          action: 'evaluation-period.open',
          entityType: 'evaluation_period',
          entityId: period.id,
          data: { name: period.name, evaluations: people.length, demo: true, history: true },
        })),
        ...published.map((p) => ({
          actorId: p.actorId,
          action: 'evaluation.published',
          entityType: 'evaluation',
          entityId: p.id,
          data: { revision: 1, grade: p.grade, score: p.score, verificationCode: p.code, demo: true },
        })),
      ]);
    });
  }

  /** The three months before today's. */
  months(): Month[] {
    const [y, m] = this.clock.today().split('-').map(Number);
    return [3, 2, 1].map((back) => {
      const index = y * 12 + (m - 1) - back;
      const year = Math.floor(index / 12);
      const number = (index % 12) + 1;
      const from = `${year}-${String(number).padStart(2, '0')}-01`;
      const next = index + 1;
      return { year, number, from, to: addDays(`${Math.floor(next / 12)}-${String((next % 12) + 1).padStart(2, '0')}-01`, -1) };
    });
  }

  async seed(): Promise<void> {
    const users = this.dataSource.getRepository(UserEntity);
    const head = await users.findOneBy({ email: HEAD });
    const hr = await users.findOneBy({ email: HR });
    if (!head || !hr) return;
    const headUnit = await this.dataSource.getRepository(UnitEntity).findOneByOrFail({ id: head.unitId });
    const agencyId = headUnit.agencyId;
    const months = this.months();
    if (await this.dataSource.getRepository(EvaluationPeriodEntity).existsBy({ agencyId, kind: 'MONTH', year: months[0].year, number: months[0].number })) return;
    const calendar = await this.calendars.calendar();
    const today = this.clock.today();

    await this.dataSource.transaction(async (tx) => {
      const units = await tx.findBy(UnitEntity, { agencyId });
      const unitById = new Map(units.map((u) => [u.id, u]));
      const unitByCode = new Map(units.map((u) => [u.code, u]));
      const positions = new Map((await tx.findBy(PositionEntity, { agencyId })).map((p) => [p.id, p.code]));
      const people = (await tx.find(UserEntity, { order: { email: 'ASC' } })).filter((u) => unitById.has(u.unitId) && u.active);
      const byEmail = new Map(people.map((u) => [u.email, u]));
      const transferred = byEmail.get(TRANSFERRED);
      const oldUnitOfTransferred = transferred?.unitId ?? null;
      const newUnit = unitByCode.get(TRANSFER_TO);

      for (const [i, month] of months.entries()) {
        const phase = i === 0 ? 'CLOSED' : i === 1 ? 'HEAD_SCORING' : 'SELF_ASSESSMENT';
        // Windows: the first month long over; the second in head scoring until a week from today; the third in self-assessment.
        const windows =
          phase === 'CLOSED'
            ? { sa: calendar.addWorkingDays(month.to, 4), head: calendar.addWorkingDays(month.to, 8), publish: calendar.addWorkingDays(month.to, 12) }
            : phase === 'HEAD_SCORING'
              ? { sa: calendar.addWorkingDays(month.to, 4), head: addDays(today, 7), publish: addDays(today, 12) }
              : { sa: addDays(today, 4), head: addDays(today, 9), publish: addDays(today, 14) };
        const cutOffAt = at(windows.sa, 17);
        const frozen = cutOffAt.getTime() <= this.clock.now().getTime();
        const openedAt = at(calendar.addWorkingDays(month.to, 1), 8);
        const period = await tx.save(
          tx.create(EvaluationPeriodEntity, {
            kind: 'MONTH',
            year: month.year,
            number: month.number,
            startsOn: month.from,
            endsOn: month.to,
            agencyId,
            pilotId: null,
            name: `Tháng ${month.number}/${month.year}`,
            status: phase === 'CLOSED' ? 'CLOSED' : 'OPEN',
            selfAssessmentUntil: windows.sa,
            headScoringUntil: windows.head,
            publishUntil: windows.publish,
            cutOffAt,
            factsFrozenAt: frozen ? cutOffAt : null,
            openedAt,
            openedById: hr.id,
            jobStatus: 'DONE',
            jobTotal: people.length,
            jobDone: people.length,
            jobError: null,
          }),
        );
        await this.audit.record(tx, {
          actorId: hr.id,
          action: 'evaluation-period.open',
          entityType: 'evaluation_period',
          entityId: period.id,
          data: { name: period.name, evaluations: people.length, demo: true },
        });

        // The transfer happens after the first month: its evaluation stays with the old unit.
        if (i === 1 && transferred && newUnit && transferred.unitId !== newUnit.id) {
          await tx.update(UserEntity, { id: transferred.id }, { unitId: newUnit.id });
          transferred.unitId = newUnit.id;
          await this.audit.record(tx, {
            actorId: hr.id,
            action: 'official.transferred',
            entityType: 'user',
            entityId: transferred.id,
            data: { fromUnitId: oldUnitOfTransferred, toUnitId: newUnit.id, demo: true },
          });
        }

        const factsOf = new Map<string, AssignmentFact[]>();
        for (const fact of await this.facts.factsFor(
          people.map((p) => p.id),
          { from: month.from, to: month.to },
          tx,
        )) {
          const list = factsOf.get(fact.officialId) ?? [];
          list.push(fact);
          factsOf.set(fact.officialId, list);
        }
        const scheduled = calendar.countWorkingDays(month.from, month.to);
        // Non-leaders first, so each leader's unit component sees the grades of the people under them.
        const ordered = [...people].sort((a, b) => Number(a.isLeader) - Number(b.isLeader));
        const grades = new Map<string, Grade | null>();
        let cycle = 0;
        for (const person of ordered) {
          const unit = unitById.get(person.unitId);
          if (!unit) continue;
          const parent = unit.parentId ? unitById.get(unit.parentId) : undefined;
          const chosen = evaluatorFor({ id: person.id, isLeader: person.isLeader }, { unitHeadId: unit.headId, parentUnitHeadId: parent?.headId ?? null });
          // At the top (no level above) HR evaluates: evaluatorId stays null, as the opening job writes it, and hr@ acts.
          const evaluatorId = chosen.evaluatorId;
          const actorId = evaluatorId ?? (person.id === hr.id ? null : hr.id);
          const regime: EvaluationRegime = person.staffCategory === 'VIEN_CHUC' ? 'VIEN_CHUC' : 'CONG_CHUC';
          const { ruleSet, templateId } = await this.ruleSets.inForce(tx, { regime, positionId: person.positionId, date: month.from });
          let status: Status =
            phase === 'CLOSED'
              ? person.email === REOPENED
                ? 'REOPENED'
                : 'PUBLISHED'
              : phase === 'HEAD_SCORING'
                ? (SECOND_MONTH[person.email] ?? SECOND_MONTH_CYCLE[cycle++ % SECOND_MONTH_CYCLE.length])
                : THIRD_MONTH_SELF_ASSESSED.has(person.email)
                  ? 'AWAITING_HEAD'
                  : 'AWAITING_SELF_ASSESSMENT';
          if (actorId === null && status !== 'AWAITING_SELF_ASSESSMENT') status = 'AWAITING_SELF_ASSESSMENT';
          const facts = (factsOf.get(person.id) ?? []).map((f) => this.waive(f, person.email === WAIVED && phase === 'CLOSED', head));
          const selfAssessed = status !== 'AWAITING_SELF_ASSESSMENT';
          const scored = ['SCORED', 'APPROVED', 'PUBLISHED', 'REOPENED'].includes(status);
          const approved = ['APPROVED', 'PUBLISHED', 'REOPENED'].includes(status);
          const published = status === 'PUBLISHED' || status === 'REOPENED';
          const general = regime === 'CONG_CHUC' && scored ? generalScores(ruleSet, person.email === OFFICIAL ? 0 : (person.fullName.length % 3) * 0.5) : null;
          const subordinateGrades = person.isLeader
            ? people.filter((p) => p.unitId === person.unitId && p.id !== person.id && !p.isLeader).map((p) => grades.get(p.id) ?? null)
            : null;
          const inputs = {
            regime,
            isLeader: person.isLeader,
            ruleSet,
            facts: facts.map(toRecordFact),
            generalScores: general,
            overrides: null,
            scheduledWorkingDays: scheduled,
            workedDays: scheduled,
            subordinateGrades: subordinateGrades?.filter((g): g is Grade => g !== null) ?? null,
            managedUnit: null,
            decidedGrade: null,
            gradeChangeReason: null,
          };
          const record = buildRecord(inputs);
          grades.set(person.id, scored ? record.grade : null);
          const selfAt = at(calendar.addWorkingDays(month.to, 2), 10);
          const scoredAt = at(calendar.addWorkingDays(month.to, 5), 15);
          const approvedAt = at(calendar.addWorkingDays(month.to, 7), 10);
          const publishedAt = at(calendar.addWorkingDays(month.to, 9), 16);
          const reopenReason = 'Bổ sung kết quả thẩm định hồ sơ được phát hiện sau khi công bố (đơn đề nghị ngày làm việc thứ 3 sau công bố).';
          const evaluation = await tx.save(
            tx.create(EvaluationEntity, {
              periodId: period.id,
              officialId: person.id,
              unitId: person.unitId,
              agencyId,
              positionId: person.positionId,
              taskGroup: (person.positionId && positions.get(person.positionId)) ?? '',
              regime,
              isLeader: person.isLeader,
              evaluatorId,
              evaluatorLevel: chosen.level,
              status,
              revision: status === 'REOPENED' ? 2 : 1,
              ruleSetVersion: ruleSet.version,
              criteriaTemplateId: templateId,
              scheduledWorkingDays: scheduled,
              workedDays: scheduled,
              selfAssessmentText: selfAssessed ? SELF_TEXT : null,
              selfScores: selfAssessed && regime === 'CONG_CHUC' ? generalScores(ruleSet, 0) : null,
              proposedGrade: selfAssessed ? 'HOAN_THANH_TOT' : null,
              selfAssessedAt: selfAssessed ? selfAt : null,
              generalScores: general,
              overrides: null,
              decidedGrade: null,
              gradeChangeReason: null,
              headComment: scored ? 'Hoàn thành tốt nhiệm vụ; cần chủ động hơn trong phối hợp.' : null,
              scoredById: scored ? actorId : null,
              scoredAt: scored ? scoredAt : null,
              approvedById: approved ? actorId : null,
              approvedAt: approved ? approvedAt : null,
              publishedById: published ? actorId : null,
              publishedAt: published ? publishedAt : null,
              verificationCode: null,
              returnReason: status === 'RETURNED' ? 'Bổ sung phần tự đánh giá về các nhiệm vụ trễ hạn.' : null,
              reopenReason: status === 'REOPENED' ? reopenReason : null,
            }),
          );
          for (const fact of facts) {
            await tx.insert(EvaluationFactEntity, factRow(evaluation.id, fact, frozen ? cutOffAt : this.clock.now()));
          }
          if (published && actorId) {
            const code = verificationCodeOf(evaluation.id, 1, record);
            await tx.update(EvaluationEntity, { id: evaluation.id }, { verificationCode: code });
            await tx.save(
              tx.create(EvaluationRevisionEntity, {
                evaluationId: evaluation.id,
                revision: 1,
                record: { ...record, verificationCode: code } as unknown as Record<string, unknown>,
                publishedById: actorId,
                publishedAt,
                reopenReason: status === 'REOPENED' ? reopenReason : null,
              }),
            );
            await this.audit.record(tx, {
              actorId,
              action: 'evaluation.published',
              entityType: 'evaluation',
              entityId: evaluation.id,
              data: { revision: 1, grade: record.grade, score: record.score, verificationCode: code, demo: true },
            });
            if (status === 'REOPENED')
              await this.audit.record(tx, {
                actorId: hr.id,
                action: 'evaluation.reopened',
                entityType: 'evaluation',
                entityId: evaluation.id,
                data: { reason: reopenReason, revision: 2, demo: true },
              });
          }
          const waived = facts.find((f) => f.majorErrorReturns.some((e) => e.waiver));
          if (waived) await this.waiverRequest(tx, evaluation, waived, person, head);
        }

        if (phase === 'CLOSED') {
          const exception = await tx.save(
            tx.create(QuotaExceptionEntity, {
              periodId: period.id,
              regime: 'CONG_CHUC',
              agencyId,
              scopeKind: 'AGENCY',
              taskGroup: '',
              rule: 'PERCENT_OF_GOOD',
              extraExcellent: 1,
              reason: 'Hoàn thành vượt tiến độ Đề án vị trí việc làm của Thành phố; thành tích được Chủ tịch UBND Thành phố khen thưởng.',
              grantedBy: 'Giám đốc Sở Nội vụ',
              decisionDocument: '315/QĐ-SNV (dữ liệu mẫu)',
              recordedById: hr.id,
            }),
          );
          await this.audit.record(tx, {
            actorId: hr.id,
            action: 'quota-exception.record',
            entityType: 'quota_exception',
            entityId: exception.id,
            data: { periodId: period.id, extraExcellent: 1, demo: true },
          });
        }
        const acting = byEmail.get(ACTING);
        if (phase === 'HEAD_SCORING' && acting) {
          const start = calendar.onOrAfter(`${month.from.slice(0, 8)}20`);
          const row = await tx.save(
            tx.create(ActingEvaluatorEntity, {
              unitId: head.unitId,
              actingUserId: acting.id,
              startsOn: start,
              endsOn: calendar.addWorkingDays(start, 4),
              decisionDocument: '298/QĐ-SNV (dữ liệu mẫu)',
              appointedById: hr.id,
              revokedAt: null,
            }),
          );
          await this.audit.record(tx, {
            actorId: hr.id,
            action: 'acting-evaluator.set',
            entityType: 'acting_evaluator',
            entityId: row.id,
            data: { unitId: head.unitId, actingUserId: acting.id, demo: true },
          });
        }
      }
    });
  }

  /** The objective cause confirmed by the head, written on the fact's major-error return as decideWaiver does. */
  private waive(fact: AssignmentFact, waive: boolean, head: UserEntity): AssignmentFact {
    if (!waive || fact.majorErrorReturns.length === 0) return fact;
    const [first, ...rest] = fact.majorErrorReturns;
    return {
      ...fact,
      majorErrorReturns: [{ ...first, waiver: { cause: 'Biểu mẫu của Bộ Nội vụ thay đổi sau khi giao việc (Công văn 5123/BNV-CCVC).', confirmedBy: head.fullName } }, ...rest],
    };
  }

  private async waiverRequest(tx: EntityManager, evaluation: EvaluationEntity, fact: AssignmentFact, official: UserEntity, head: UserEntity): Promise<void> {
    const event = fact.majorErrorReturns.find((e) => e.waiver);
    if (!event?.waiver) return;
    const request = await tx.save(
      tx.create(WaiverRequestEntity, {
        evaluationId: evaluation.id,
        assignmentId: fact.assignmentId,
        kind: 'MAJOR_ERROR_RETURN',
        reference: event.reference,
        cause: event.waiver.cause,
        attachmentId: null,
        requestedById: official.id,
        status: 'CONFIRMED',
        decidedById: head.id,
        decidedAt: evaluation.scoredAt ?? this.clock.now(),
        decisionNote: 'Xác nhận nguyên nhân khách quan: biểu mẫu thay đổi sau khi giao việc.',
      }),
    );
    await this.audit.record(tx, {
      actorId: official.id,
      action: 'waiver.request',
      entityType: 'waiver_request',
      entityId: request.id,
      data: { evaluationId: evaluation.id, demo: true },
    });
    await this.audit.record(tx, {
      actorId: head.id,
      action: 'waiver.confirm',
      entityType: 'waiver_request',
      entityId: request.id,
      data: { evaluationId: evaluation.id, demo: true },
    });
  }
}

/** General sub-scores at their maxima, `less` points off the first criteria (0.5 each). */
function generalScores(ruleSet: RuleSet, less: number): GeneralCriterionScore[] {
  let left = less;
  return ruleSet.congChuc.generalCriteria.map((c) => {
    const off = Math.min(left, 0.5);
    left -= off;
    return { code: c.code, points: c.maxPoints - off };
  });
}
