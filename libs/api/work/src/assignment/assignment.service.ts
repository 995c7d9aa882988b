import { Injectable } from '@nestjs/common';
import {
  assertVersion,
  AuditService,
  AuthUser,
  CalendarService,
  changes,
  Clock,
  ConnectionShape,
  keysetPage,
  localDateSql,
  NotificationSender,
  PageArgs,
  UserEntity,
} from '@ketqua/api/core';
import { DEFAULT_RULE_SET_VERSION, formatLocalDateTime } from '@ketqua/domain';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { CatalogueItemEntity } from '../catalogue/catalogue-item.entity';
import { DeliverableEntity } from '../deliverable/deliverable.entity';
import { AssignmentAttachmentEntity } from '../files/assignment-attachment.entity';
import { StoredFileEntity } from '../files/stored-file.entity';
import { WorkAccess } from '../shared/work-access';
import { badField, invalidReference, invalidTransition, notFound, selfAssignment, WHAT } from '../work.errors';
import { overdueSql } from '@ketqua/api/core';
import { AssignmentDeadlineEntity } from './assignment-deadline.entity';
import { AssignmentAction, AssignmentStatus, nextStatus } from './assignment-status';
import { AssignmentEntity } from './assignment.entity';
import { AssignmentFilter, CancelAssignmentInput, CreateAssignmentInput, ExtendDeadlineInput, RecordObjectiveCauseInput, UpdateAssignmentInput } from './dto/assignment.inputs';
import { Assignment } from './models/assignment.model';

/** What a new assignment is built from, after the caller's input was checked (shared with the CSV import). */
export interface NewAssignment {
  assignee: UserEntity;
  title: string;
  description: string;
  catalogueItem: CatalogueItemEntity | null;
  quantity: number;
  deadline: Date;
  sourceDocument: string | null;
  attachmentIds: string[];
}

@Injectable()
export class AssignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly calendars: CalendarService,
    private readonly notifications: NotificationSender,
  ) {}

  async list(user: AuthUser, filter: AssignmentFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<Assignment>> {
    filter ??= {}; // GraphQL may send an explicit null
    const qb = this.dataSource.getRepository(AssignmentEntity).createQueryBuilder('a');
    await this.access.restrict(qb, user, { unit: 'a.unitId', own: ['a.assigneeId', 'a.assignedById'] });
    if (filter.mine) qb.andWhere('a.assigneeId = :self', { self: user.id });
    if (filter.assigneeId) qb.andWhere('a.assigneeId = :assigneeId', { assigneeId: filter.assigneeId });
    if (filter.unitId) qb.andWhere('a.unitId IN (:...filterUnits)', { filterUnits: await this.access.subtreeOf(filter.unitId) });
    if (filter.statuses?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: filter.statuses });
    const localDate = localDateSql('a.deadline');
    if (filter.dueFrom) qb.andWhere(`${localDate} >= :dueFrom`, { dueFrom: filter.dueFrom });
    if (filter.dueTo) qb.andWhere(`${localDate} <= :dueTo`, { dueTo: filter.dueTo });
    if (filter.search) {
      const like = `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(new Brackets((w) => w.where('a.title ILIKE :like', { like }).orWhere('a.sourceDocument ILIKE :like', { like })));
    }
    if (filter.overdue !== undefined) {
      const overdue = overdueSql('a', await this.calendars.calendar(), this.clock.now());
      qb.andWhere(filter.overdue ? overdue.sql : `NOT (${overdue.sql})`, overdue.params);
    }
    return keysetPage(qb, page, { columns: ['a.deadline', 'a.id'], values: (a) => [a.deadline.toISOString(), a.id] }, Assignment.from);
  }

  async get(user: AuthUser, id: string): Promise<Assignment> {
    const a = await this.dataSource.getRepository(AssignmentEntity).findOneBy({ id });
    if (!a) throw notFound('assignment', id);
    await this.access.assertCanRead(user, a);
    return Assignment.from(a);
  }

  async create(user: AuthUser, input: CreateAssignmentInput): Promise<Assignment[]> {
    this.assertFuture(input.deadline, 'input.deadline');
    return this.dataSource.transaction(async (tx) => {
      const assignees = await tx.findBy(UserEntity, { id: In(input.assigneeIds) });
      const byId = new Map(assignees.map((u) => [u.id, u]));
      const item = input.catalogueItemId ? await this.catalogueItem(tx, input.catalogueItemId, 'input.catalogueItemId') : null;
      const rows: NewAssignment[] = [];
      for (const [i, id] of [...new Set(input.assigneeIds)].entries()) {
        const assignee = byId.get(id);
        if (!assignee || !assignee.active) throw invalidReference(`input.assigneeIds[${i}]`, 'không có công chức đang hoạt động với mã này', 'no active official with this id');
        await this.checkAssignee(tx, user, assignee, item, `input.assigneeIds[${i}]`);
        rows.push({
          assignee,
          title: input.title,
          description: input.description,
          catalogueItem: item,
          quantity: input.quantity,
          deadline: input.deadline,
          sourceDocument: input.sourceDocument ?? null,
          attachmentIds: input.attachmentIds,
        });
      }
      await this.checkAttachments(tx, user, input.attachmentIds);
      const created: Assignment[] = [];
      for (const row of rows) created.push(await this.insert(tx, user, row));
      return created;
    });
  }

  /** The assignee is in the caller's scope, is not the caller, and the catalogue item fits them. */
  async checkAssignee(tx: EntityManager, user: AuthUser, assignee: UserEntity, item: CatalogueItemEntity | null, field: string): Promise<void> {
    if (assignee.id === user.id) throw selfAssignment();
    if (!(await this.access.canSeeUnit(user, assignee.unitId))) {
      throw badField('OUT_OF_SCOPE', field, `${assignee.fullName} không thuộc đơn vị bạn phụ trách`, `${assignee.fullName} is not in a unit you head`);
    }
    if (item) {
      if (!(await this.access.isWithin(tx, assignee.unitId, item.unitId))) {
        throw badField(
          'CATALOGUE_MISMATCH',
          field,
          `sản phẩm "${item.code}" không thuộc danh mục của đơn vị của ${assignee.fullName}`,
          `item "${item.code}" is not in the catalogue of ${assignee.fullName}'s unit`,
        );
      }
      if (item.positionId && item.positionId !== assignee.positionId) {
        throw badField(
          'CATALOGUE_MISMATCH',
          field,
          `sản phẩm "${item.code}" dành cho vị trí việc làm khác với của ${assignee.fullName}`,
          `item "${item.code}" is for another position than ${assignee.fullName}'s`,
        );
      }
    }
  }

  /** An active item of a unit in scope (checked again per assignee). */
  async catalogueItem(tx: EntityManager, id: string, field: string): Promise<CatalogueItemEntity> {
    const item = await tx.findOneBy(CatalogueItemEntity, { id });
    if (!item || !item.active) throw invalidReference(field, 'không có sản phẩm đang dùng với mã này trong danh mục', 'no active catalogue item with this id');
    return item;
  }

  async insert(tx: EntityManager, user: AuthUser, row: NewAssignment): Promise<Assignment> {
    const now = this.clock.now();
    const saved = await tx.save(
      tx.create(AssignmentEntity, {
        assigneeId: row.assignee.id,
        unitId: row.assignee.unitId,
        assignedById: user.id,
        title: row.title,
        description: row.description,
        catalogueItemId: row.catalogueItem?.id ?? null,
        unitOfMeasure: row.catalogueItem?.unitOfMeasure ?? 'nhiệm vụ',
        coefficient: row.catalogueItem?.coefficient ?? 1,
        quantity: row.quantity,
        acceptedQuantity: null,
        deadline: row.deadline,
        sourceDocument: row.sourceDocument,
        status: AssignmentStatus.ASSIGNED,
        startedAt: null,
        acceptedAt: null,
        cancelledAt: null,
        cancelReason: null,
        ruleSetVersion: DEFAULT_RULE_SET_VERSION,
        remindedDeadline: null,
      }),
    );
    await tx.insert(AssignmentDeadlineEntity, { assignmentId: saved.id, deadline: row.deadline, reason: null, setById: user.id, setAt: now });
    if (row.attachmentIds.length)
      await tx.insert(
        AssignmentAttachmentEntity,
        row.attachmentIds.map((fileId) => ({ assignmentId: saved.id, fileId })),
      );
    await this.audit.record(tx, {
      actorId: user.id,
      action: 'work.assignment.created',
      entityType: 'assignment',
      entityId: saved.id,
      data: {
        assigneeId: saved.assigneeId,
        title: saved.title,
        catalogueItemId: saved.catalogueItemId,
        coefficient: saved.coefficient,
        quantity: saved.quantity,
        deadline: saved.deadline.toISOString(),
        sourceDocument: saved.sourceDocument,
        attachmentIds: row.attachmentIds,
      },
    });
    await this.notifications.send(tx, {
      recipientId: saved.assigneeId,
      kind: 'ASSIGNMENT_CREATED',
      title: { vi: `Nhiệm vụ mới: ${saved.title}`, en: `New assignment: ${saved.title}` },
      body: { vi: `Hạn xử lý: ${formatLocalDateTime(saved.deadline)}`, en: `Due ${formatLocalDateTime(saved.deadline)}` },
      subject: { kind: 'ASSIGNMENT', id: saved.id },
      data: { assignmentId: saved.id },
    });
    return Assignment.from(saved);
  }

  async update(user: AuthUser, input: UpdateAssignmentInput): Promise<Assignment> {
    return this.change(user, input.id, input.version, 'edit', async (tx, a) => {
      const before = { title: a.title, description: a.description, catalogueItemId: a.catalogueItemId, quantity: a.quantity, sourceDocument: a.sourceDocument };
      if (input.catalogueItemId && input.catalogueItemId !== a.catalogueItemId) {
        const item = await this.catalogueItem(tx, input.catalogueItemId, 'input.catalogueItemId');
        const assignee = await tx.findOneByOrFail(UserEntity, { id: a.assigneeId });
        await this.checkAssignee(tx, user, assignee, item, 'input.catalogueItemId');
        Object.assign(a, { catalogueItemId: item.id, unitOfMeasure: item.unitOfMeasure, coefficient: item.coefficient });
      }
      for (const key of ['title', 'description', 'quantity', 'sourceDocument'] as const) {
        if (input[key] !== undefined) Object.assign(a, { [key]: input[key] });
      }
      const after = { title: a.title, description: a.description, catalogueItemId: a.catalogueItemId, quantity: a.quantity, sourceDocument: a.sourceDocument };
      return { action: 'work.assignment.updated', data: changes(before, after) };
    });
  }

  async extend(user: AuthUser, input: ExtendDeadlineInput): Promise<Assignment> {
    return this.change(user, input.id, input.version, 'extend', async (tx, a) => {
      if (input.deadline.getTime() <= a.deadline.getTime()) {
        throw badField('DEADLINE_NOT_LATER', 'input.deadline', 'hạn mới phải sau hạn hiện tại', 'the new deadline must be later than the current one');
      }
      this.assertFuture(input.deadline, 'input.deadline');
      const from = a.deadline;
      a.deadline = input.deadline;
      await tx.insert(AssignmentDeadlineEntity, { assignmentId: a.id, deadline: input.deadline, reason: input.reason, setById: user.id, setAt: this.clock.now() });
      return {
        action: 'work.assignment.deadline_extended',
        data: { from: from.toISOString(), to: input.deadline.toISOString(), reason: input.reason },
        notify: {
          kind: 'DEADLINE_EXTENDED',
          title: { vi: `Gia hạn: ${a.title}`, en: `Deadline extended: ${a.title}` },
          body: {
            vi: `Hạn mới: ${formatLocalDateTime(input.deadline)}. Lý do: ${input.reason}`,
            en: `New deadline ${formatLocalDateTime(input.deadline)}. Reason: ${input.reason}`,
          },
        },
      };
    });
  }

  async cancel(user: AuthUser, input: CancelAssignmentInput): Promise<Assignment> {
    return this.change(user, input.id, input.version, 'cancel', async (tx, a) => {
      Object.assign(a, { cancelledAt: this.clock.now(), cancelReason: input.reason });
      // A version waiting for review will never be reviewed now.
      await this.notifications.settle(tx, { kinds: ['DELIVERABLE_SUBMITTED'], data: { assignmentId: a.id } });
      return {
        action: 'work.assignment.cancelled',
        data: { reason: input.reason },
        notify: {
          kind: 'ASSIGNMENT_CANCELLED',
          title: { vi: `Đã hủy nhiệm vụ: ${a.title}`, en: `Assignment cancelled: ${a.title}` },
          body: { vi: `Lý do: ${input.reason}`, en: `Reason: ${input.reason}` },
        },
      };
    });
  }

  /** The assignee starts the work: ASSIGNED → IN_PROGRESS. */
  async start(user: AuthUser, id: string): Promise<Assignment> {
    return this.dataSource.transaction(async (tx) => {
      const a = await this.lockForRead(tx, user, id);
      this.access.assertAssignee(user, a);
      const saved = await this.transition(tx, a, 'start');
      await this.audit.record(tx, { actorId: user.id, action: 'work.assignment.started', entityType: 'assignment', entityId: id });
      return Assignment.from(saved);
    });
  }

  async recordObjectiveCause(user: AuthUser, input: RecordObjectiveCauseInput): Promise<Assignment> {
    if (!!input.deliverableId === !!input.deadlineId) {
      throw badField(
        'ONE_TARGET',
        'input.deliverableId',
        'chọn đúng một: lần trả lại (deliverableId) hoặc hạn bị trễ (deadlineId)',
        'give exactly one of deliverableId or deadlineId',
      );
    }
    return this.dataSource.transaction(async (tx) => {
      const a = await this.lockForRead(tx, user, input.assignmentId);
      await this.access.assertCanManage(user, a);
      const waiver = { waiverCause: input.cause, waiverConfirmedBy: input.confirmedBy };
      if (input.deliverableId) {
        const d = await tx.findOneBy(DeliverableEntity, { id: input.deliverableId, assignmentId: a.id });
        if (!d || d.decision !== 'RETURNED' || !d.majorError) {
          throw badField(
            'NOT_A_DEDUCTION',
            'input.deliverableId',
            'chỉ ghi nguyên nhân khách quan cho lần trả lại vì lỗi lớn về nội dung',
            'only a return for a major content error can be waived',
          );
        }
        await tx.update(DeliverableEntity, { id: d.id }, waiver);
      } else {
        const updated = await tx.update(AssignmentDeadlineEntity, { id: input.deadlineId, assignmentId: a.id }, waiver);
        if (!updated.affected) throw invalidReference('input.deadlineId', 'hạn này không thuộc nhiệm vụ', 'this deadline is not one of the assignment');
      }
      await this.audit.record(tx, { actorId: user.id, action: 'work.assignment.objective_cause_recorded', entityType: 'assignment', entityId: a.id, data: input });
      return Assignment.from(a);
    });
  }

  /** Reads with a row lock, so concurrent changes of one assignment queue instead of interleaving. */
  async lockForRead(tx: EntityManager, user: AuthUser, id: string): Promise<AssignmentEntity> {
    const a = await tx.findOne(AssignmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!a) throw notFound('assignment', id);
    await this.access.assertCanRead(user, a);
    return a;
  }

  /** Applies a status change allowed by the transition table, or refuses it with CONFLICT. */
  async transition(tx: EntityManager, a: AssignmentEntity, action: AssignmentAction): Promise<AssignmentEntity> {
    const to = nextStatus(a.status, action);
    if (!to) throw invalidTransition(a.status, action);
    if (action === 'start' || (action === 'log' && a.status === AssignmentStatus.ASSIGNED)) a.startedAt = this.clock.now();
    a.status = to;
    return tx.save(a);
  }

  /** A head's change of one assignment: locked, scope-checked, version-checked, audited, and the assignee told. */
  private async change(
    user: AuthUser,
    id: string,
    version: number,
    action: AssignmentAction,
    apply: (
      tx: EntityManager,
      a: AssignmentEntity,
    ) => Promise<{ action: string; data: unknown; notify?: { kind: string; title: { vi: string; en: string }; body: { vi: string; en: string } } }>,
  ): Promise<Assignment> {
    return this.dataSource.transaction(async (tx) => {
      const a = await this.lockForRead(tx, user, id);
      await this.access.assertCanManage(user, a);
      assertVersion(WHAT.assignment, version, a.version);
      if (!nextStatus(a.status, action)) throw invalidTransition(a.status, action);
      const result = await apply(tx, a);
      const saved = await this.transition(tx, a, action);
      await this.audit.record(tx, { actorId: user.id, action: result.action, entityType: 'assignment', entityId: id, data: result.data });
      if (result.notify)
        await this.notifications.send(tx, { recipientId: a.assigneeId, ...result.notify, subject: { kind: 'ASSIGNMENT', id: a.id }, data: { assignmentId: a.id } });
      return Assignment.from(saved);
    });
  }

  assertFuture(deadline: Date, field: string): void {
    if (deadline.getTime() <= this.clock.now().getTime()) throw badField('DEADLINE_IN_PAST', field, 'hạn xử lý phải ở tương lai', 'the deadline must be in the future');
  }

  /** Files the caller uploaded and has not attached to a deliverable yet. */
  async checkAttachments(tx: EntityManager, user: AuthUser, fileIds: string[]): Promise<void> {
    if (!fileIds.length) return;
    const files = await tx.findBy(StoredFileEntity, { id: In(fileIds) });
    const ok = new Set(files.filter((f) => f.uploaderId === user.id && !f.deliverableId).map((f) => f.id));
    const bad = fileIds.findIndex((id) => !ok.has(id));
    if (bad >= 0) throw invalidReference(`input.attachmentIds[${bad}]`, 'tệp không tồn tại hoặc không do bạn tải lên', 'no such file uploaded by you');
  }
}
