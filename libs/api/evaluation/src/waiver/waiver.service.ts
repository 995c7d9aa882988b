import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  FileReadGrants,
  assertVersion,
  AuditService,
  AuthUser,
  Clock,
  ConnectionShape,
  keysetPage,
  mapEdges,
  NotificationSender,
  OfficialSummary,
  PageArgs,
  UploadedFiles,
  UserEntity,
} from '@ketqua/api/core';
import { DeductionEvent, toLocalDate } from '@ketqua/domain';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { EvaluationFactEntity } from '../evaluation/evaluation-fact.entity';
import { EvaluationEntity } from '../evaluation/evaluation.entity';
import { badField, conflict, forbidden, notFound, WHAT } from '../evaluation.errors';
import { EvaluationPeriodEntity } from '../period/evaluation-period.entity';
import { EvaluationAccess } from '../shared/evaluation-access';
import { DecideWaiverInput, RequestWaiverInput, WaiverFilter, WaiverKind } from './dto/waiver.inputs';
import { WaiverOption, WaiverRequest } from './models/waiver-request.model';
import { WaiverRequestEntity } from './waiver-request.entity';

const listOf = (fact: EvaluationFactEntity, kind: string): DeductionEvent[] => (kind === WaiverKind.MAJOR_ERROR_RETURN ? fact.majorErrorReturns : fact.missedDeadlines);

const published = () =>
  conflict('EVALUATION_PUBLISHED', {
    vi: 'Phiếu đánh giá đã công bố: không còn nhận hay quyết định đề nghị miễn trừ (cần mở lại phiếu trước)',
    en: 'The evaluation is published: waivers are no longer requested or decided (it must be reopened first)',
  });

/**
 * The confirmed waivers of an evaluation written onto its facts' events: the period's fact refresh
 * (until cut-off) calls this after copying the facts from work, so a confirmed waiver survives it.
 */
export function applyConfirmedWaivers(
  facts: Array<Pick<EvaluationFactEntity, 'assignmentId' | 'majorErrorReturns' | 'missedDeadlines'>>,
  waivers: ReadonlyArray<Pick<WaiverRequestEntity, 'assignmentId' | 'kind' | 'reference' | 'cause' | 'decisionNote' | 'status'>>,
  confirmedByOf: (w: Pick<WaiverRequestEntity, 'decisionNote'>) => string,
): void {
  for (const w of waivers) {
    if (w.status !== 'CONFIRMED') continue;
    const fact = facts.find((f) => f.assignmentId === w.assignmentId);
    if (!fact) continue;
    const key = w.kind === 'MAJOR_ERROR_RETURN' ? 'majorErrorReturns' : 'missedDeadlines';
    fact[key] = fact[key].map((event) => (event.reference === w.reference && !event.waiver ? { ...event, waiver: { cause: w.cause, confirmedBy: confirmedByOf(w) } } : event));
  }
}

/**
 * Waivers (PRODUCT.md 4.4): the official asks that a deduction on their evaluation be waived for an
 * objective cause, with evidence; the evaluator confirms (the waiver is written onto the frozen
 * fact's event, so buildRecord recomputes with the trace) or refuses with a reason. One transaction,
 * audited, the other side notified.
 */
@Injectable()
export class WaiverService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: EvaluationAccess,
    private readonly files: UploadedFiles,
    private readonly audit: AuditService,
    private readonly notifications: NotificationSender,
    private readonly clock: Clock,
    private readonly readGrants: FileReadGrants,
  ) {}

  /** A waiver's evidence is read by whoever may read its evaluation (the evaluator deciding it, above all). */
  onModuleInit(): void {
    this.readGrants.register(async (user, fileId) => {
      const rows: Array<{ evaluation_id: string }> = await this.dataSource.query('SELECT evaluation_id FROM waiver_request WHERE attachment_id = $1', [fileId]);
      for (const row of rows) {
        const e = await this.dataSource.getRepository(EvaluationEntity).findOneBy({ id: row.evaluation_id });
        if (e && (await this.access.canRead(user, e, toLocalDate(this.clock.now())))) return true;
      }
      return false;
    });
  }

  private async toModel(tx: EntityManager, rows: WaiverRequestEntity[]): Promise<WaiverRequest[]> {
    if (rows.length === 0) return [];
    const evaluations = await tx.findBy(EvaluationEntity, { id: In([...new Set(rows.map((w) => w.evaluationId))]) });
    const evaluationOf = new Map(evaluations.map((e) => [e.id, e]));
    const periods = new Map((await tx.findBy(EvaluationPeriodEntity, { id: In([...new Set(evaluations.map((e) => e.periodId))]) })).map((p) => [p.id, p.name]));
    const facts = await tx
      .getRepository(EvaluationFactEntity)
      .createQueryBuilder('f')
      .where('f.evaluationId = ANY(:ids)', { ids: evaluations.map((e) => e.id) })
      .getMany();
    const titleOf = new Map(facts.map((f) => [`${f.evaluationId}|${f.assignmentId}`, f.title]));
    const userIds = [...new Set(rows.flatMap((w) => [w.requestedById, ...(w.decidedById ? [w.decidedById] : [])]))];
    const people = new Map((await tx.findBy(UserEntity, { id: In(userIds) })).map((u) => [u.id, OfficialSummary.from(u)]));
    const out: WaiverRequest[] = [];
    for (const w of rows) {
      const file = w.attachmentId ? await this.files.find(w.attachmentId, tx) : null;
      const evaluation = evaluationOf.get(w.evaluationId) as EvaluationEntity;
      out.push(
        WaiverRequest.from(w, {
          assignmentTitle: titleOf.get(`${w.evaluationId}|${w.assignmentId}`) ?? '',
          attachment: file && { id: file.id, name: file.originalName, mediaType: file.mediaType, size: file.size, url: `/files/${file.id}` },
          requestedBy: people.get(w.requestedById) as OfficialSummary,
          decidedBy: w.decidedById ? (people.get(w.decidedById) ?? null) : null,
          periodName: periods.get(evaluation.periodId) ?? '',
          evaluationStatus: evaluation.status,
        }),
      );
    }
    return out;
  }

  async request(user: AuthUser, input: RequestWaiverInput): Promise<WaiverRequest> {
    return this.dataSource.transaction(async (tx) => {
      const e = await tx.findOne(EvaluationEntity, { where: { id: input.evaluationId }, lock: { mode: 'pessimistic_write' } });
      if (!e) throw notFound('evaluation', input.evaluationId);
      if (e.officialId !== user.id)
        throw forbidden(
          'NOT_YOUR_EVALUATION',
          'Chỉ người được đánh giá mới đề nghị miễn trừ trên phiếu của mình',
          'Only the evaluated official requests a waiver on their evaluation',
        );
      if (e.status === 'PUBLISHED') throw published();
      const fact = await tx.findOneBy(EvaluationFactEntity, { evaluationId: e.id, assignmentId: input.assignmentId });
      if (!fact)
        throw badField('NOT_COUNTED_ASSIGNMENT', 'input.assignmentId', {
          vi: 'nhiệm vụ này không được tính trong phiếu đánh giá',
          en: 'this assignment is not counted in the evaluation',
        });
      const event = listOf(fact, input.kind).find((d) => d.reference === input.reference);
      if (!event)
        throw badField('NO_SUCH_DEDUCTION', 'input.reference', {
          vi: 'không có khoản khấu trừ này trên nhiệm vụ (xem biên nhận điểm)',
          en: 'there is no such deduction on the assignment (see the receipt)',
        });
      if (event.waiver) throw conflict('ALREADY_WAIVED', { vi: 'Khoản khấu trừ này đã được miễn trừ', en: 'This deduction is already waived' });
      const open = await tx.findOneBy(WaiverRequestEntity, {
        evaluationId: e.id,
        assignmentId: input.assignmentId,
        kind: input.kind,
        reference: input.reference,
        status: 'REQUESTED',
      });
      if (open) throw conflict('WAIVER_ALREADY_REQUESTED', { vi: 'Đã có đề nghị miễn trừ đang chờ cho khoản này', en: 'A waiver request for this deduction is already waiting' });
      if (input.attachmentId) {
        const file = await this.files.find(input.attachmentId, tx);
        if (!file || file.uploaderId !== user.id)
          throw badField('INVALID_ATTACHMENT', 'input.attachmentId', { vi: 'tệp không tồn tại hoặc không do bạn tải lên', en: 'no such file uploaded by you' });
      }
      const saved = await tx.save(
        tx.create(WaiverRequestEntity, {
          evaluationId: e.id,
          assignmentId: input.assignmentId,
          kind: input.kind,
          reference: input.reference,
          cause: input.cause,
          attachmentId: input.attachmentId ?? null,
          requestedById: user.id,
          status: 'REQUESTED',
        }),
      );
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'waiver.request',
        entityType: 'waiver_request',
        entityId: saved.id,
        data: { evaluationId: e.id, assignmentId: input.assignmentId, kind: input.kind, reference: input.reference, cause: input.cause, attachmentId: saved.attachmentId },
      });
      if (e.evaluatorId)
        await this.notifications.send(tx, {
          recipientId: e.evaluatorId,
          kind: 'WAIVER_REQUESTED',
          title: { vi: `Đề nghị miễn trừ khấu trừ: ${fact.title}`, en: `Waiver requested: ${fact.title}` },
          body: { vi: input.cause, en: input.cause },
          subject: { kind: 'WAIVER_REQUEST', id: saved.id },
          data: { waiverId: saved.id, evaluationId: e.id },
        });
      return (await this.toModel(tx, [saved]))[0];
    });
  }

  async decide(user: AuthUser, input: DecideWaiverInput): Promise<WaiverRequest> {
    return this.dataSource.transaction(async (tx) => {
      const w = await tx.findOne(WaiverRequestEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!w) throw notFound('waiver', input.id);
      const e = await tx.findOne(EvaluationEntity, { where: { id: w.evaluationId }, lock: { mode: 'pessimistic_write' } });
      if (!e) throw notFound('evaluation', w.evaluationId);
      await this.access.assertEvaluator(tx, user, e, toLocalDate(this.clock.now()));
      assertVersion(WHAT.waiver, input.version, w.version);
      if (w.status !== 'REQUESTED') throw conflict('WAIVER_ALREADY_DECIDED', { vi: 'Đề nghị này đã được quyết định', en: 'This request is already decided' });
      if (e.status === 'PUBLISHED') throw published();
      const note = input.note?.trim() || null;
      if (!input.confirm && (!note || note.length < 5))
        throw badField('REASON_REQUIRED', 'input.note', { vi: 'từ chối cần ghi lý do (ít nhất 5 ký tự)', en: 'a refusal needs a reason (at least 5 characters)' });
      const decider = await tx.findOneByOrFail(UserEntity, { id: user.id });
      if (input.confirm) {
        const fact = await tx.findOne(EvaluationFactEntity, { where: { evaluationId: e.id, assignmentId: w.assignmentId }, lock: { mode: 'pessimistic_write' } });
        const event = fact && listOf(fact, w.kind).find((d) => d.reference === w.reference);
        if (!fact || !event) throw conflict('DEDUCTION_GONE', { vi: 'Khoản khấu trừ không còn trên phiếu đánh giá', en: 'The deduction is no longer on the evaluation' });
        if (event.waiver) throw conflict('ALREADY_WAIVED', { vi: 'Khoản khấu trừ này đã được miễn trừ', en: 'This deduction is already waived' });
        applyConfirmedWaivers([fact], [{ ...w, status: 'CONFIRMED', decisionNote: note }], () => note ?? decider.fullName);
        await tx.update(EvaluationFactEntity, { id: fact.id }, { majorErrorReturns: fact.majorErrorReturns, missedDeadlines: fact.missedDeadlines });
      }
      w.status = input.confirm ? 'CONFIRMED' : 'REFUSED';
      w.decidedById = user.id;
      w.decidedAt = this.clock.now();
      w.decisionNote = input.confirm ? (note ?? decider.fullName) : note;
      const saved = await tx.save(w);
      await this.audit.record(tx, {
        actorId: user.id,
        action: input.confirm ? 'waiver.confirm' : 'waiver.refuse',
        entityType: 'waiver_request',
        entityId: w.id,
        data: { evaluationId: e.id, assignmentId: w.assignmentId, kind: w.kind, reference: w.reference, note: w.decisionNote },
      });
      await this.notifications.settle(tx, { kinds: ['WAIVER_REQUESTED'], data: { waiverId: w.id } });
      await this.notifications.send(tx, {
        recipientId: w.requestedById,
        kind: input.confirm ? 'WAIVER_CONFIRMED' : 'WAIVER_REFUSED',
        title: input.confirm
          ? { vi: 'Đề nghị miễn trừ được xác nhận: điểm đã tính lại', en: 'Waiver confirmed: the score is recomputed' }
          : { vi: 'Đề nghị miễn trừ bị từ chối', en: 'Waiver refused' },
        body: { vi: w.decisionNote ?? '', en: w.decisionNote ?? '' },
        subject: { kind: 'WAIVER_REQUEST', id: w.id },
        data: { waiverId: w.id, evaluationId: e.id },
      });
      return (await this.toModel(tx, [saved]))[0];
    });
  }

  /** Officials: their own requests. Others: requests on evaluations they evaluate or whose unit is in their scope, plus their own. */
  async list(user: AuthUser, filter: WaiverFilter = {}, page: PageArgs): Promise<ConnectionShape<WaiverRequest>> {
    const scope = await this.access.scopeOf(user);
    const qb = this.dataSource.getRepository(WaiverRequestEntity).createQueryBuilder('w').innerJoin(EvaluationEntity, 'e', 'e.id = w.evaluationId');
    if (scope.ownRecordsOnly) qb.where('w.requestedById = :me', { me: user.id });
    else if (!scope.units.all) {
      const units = scope.units.ids;
      qb.where(
        new Brackets((b) => {
          b.where('w.requestedById = :me', { me: user.id }).orWhere('e.evaluatorId = :me', { me: user.id });
          if (units.length) b.orWhere('e.unitId IN (:...units)', { units });
        }),
      );
    }
    if (filter.evaluationId) qb.andWhere('w.evaluationId = :evaluationId', { evaluationId: filter.evaluationId });
    if (filter.status) qb.andWhere('w.status = :status', { status: filter.status });
    if (filter.mine) qb.andWhere('w.requestedById = :me', { me: user.id });
    if (filter.toDecide) qb.andWhere('e.evaluatorId = :me AND e.officialId <> :me', { me: user.id });
    const result = await keysetPage(qb, page, { columns: ['w.createdAt', 'w.id'], values: (w) => [w.createdAt.toISOString(), w.id], descending: true }, (w) => w);
    const models = await this.toModel(
      this.dataSource.manager,
      result.edges.map((edge) => edge.node),
    );
    return mapEdges(result, (_node, i) => models[i]);
  }

  /** The caller's unpublished evaluations with the unwaived deductions on their facts (the request form's choices). */
  async options(user: AuthUser): Promise<WaiverOption[]> {
    const evaluations = await this.dataSource.getRepository(EvaluationEntity).find({ where: { officialId: user.id }, order: { createdAt: 'DESC' }, take: 24 });
    const open = evaluations.filter((e) => e.status !== 'PUBLISHED');
    if (!open.length) return [];
    const periods = new Map((await this.dataSource.getRepository(EvaluationPeriodEntity).findBy({ id: In(open.map((e) => e.periodId)) })).map((p) => [p.id, p.name]));
    const facts = await this.dataSource.getRepository(EvaluationFactEntity).find({ where: { evaluationId: In(open.map((e) => e.id)) }, order: { deadlineDate: 'ASC' } });
    return open.map((e) =>
      Object.assign(new WaiverOption(), {
        evaluationId: e.id,
        periodName: periods.get(e.periodId) ?? '',
        evaluationStatus: e.status,
        assignments: facts
          .filter((f) => f.evaluationId === e.id)
          .map((f) => ({
            assignmentId: f.assignmentId,
            title: f.title,
            deductions: [
              ...f.majorErrorReturns.filter((d) => !d.waiver).map((d) => ({ kind: WaiverKind.MAJOR_ERROR_RETURN, reference: d.reference })),
              ...f.missedDeadlines.filter((d) => !d.waiver).map((d) => ({ kind: WaiverKind.MISSED_DEADLINE, reference: d.reference })),
            ],
          }))
          .filter((a) => a.deductions.length > 0),
      }),
    );
  }
}
