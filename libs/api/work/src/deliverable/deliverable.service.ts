import { Injectable } from '@nestjs/common';
import { AfterCommit, AuditService, AuthUser, CalendarService, Clock, NotificationSender, RealtimeBus, UNIT_WORK_CHANGED_TOPIC, UnitWorkChanged } from '@ketqua/api/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { AssignmentStatus } from '../assignment/assignment-status';
import { AssignmentService } from '../assignment/assignment.service';
import { Assignment } from '../assignment/models/assignment.model';
import { StoredFileEntity } from '../files/stored-file.entity';
import { WorkAccess } from '../shared/work-access';
import { badField, invalidReference, invalidTransition, notFound } from '../work.errors';
import { DeliverableEntity } from './deliverable.entity';
import { ReviewDeliverableInput, SubmitDeliverableInput } from './dto/deliverable.inputs';
import { Deliverable, ReviewDecision } from './models/deliverable.model';

@Injectable()
export class DeliverableService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkAccess,
    private readonly assignments: AssignmentService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly calendars: CalendarService,
    private readonly notifications: NotificationSender,
    private readonly bus: RealtimeBus,
    private readonly afterCommit: AfterCommit,
  ) {}

  /** Live figures (the head's overview) refresh once the change has committed. */
  private announce(tx: EntityManager, event: Omit<UnitWorkChanged, 'at'>, at: Date): void {
    this.afterCommit.run(tx, () => this.bus.publish(UNIT_WORK_CHANGED_TOPIC, { ...event, at: at.toISOString() } satisfies UnitWorkChanged));
  }

  /** The assignee submits a new version (IN_PROGRESS or RETURNED → SUBMITTED); the head who assigned it is told. */
  async submit(user: AuthUser, input: SubmitDeliverableInput): Promise<Deliverable> {
    if (!input.fileIds.length && !input.links.length && !input.note) {
      throw badField('EMPTY_DELIVERABLE', 'input.fileIds', 'hãy đính kèm tệp, liên kết hoặc ghi chú', 'attach a file, a link or a note');
    }
    const calendar = await this.calendars.calendar();
    return this.dataSource.transaction(async (tx) => {
      const a = await this.assignments.lockForRead(tx, user, input.assignmentId);
      this.access.assertAssignee(user, a);
      if (a.status !== AssignmentStatus.IN_PROGRESS && a.status !== AssignmentStatus.RETURNED) throw invalidTransition(a.status, 'submit');
      const files = input.fileIds.length ? await tx.findBy(StoredFileEntity, { id: In(input.fileIds) }) : [];
      const usable = new Set(files.filter((f) => f.uploaderId === user.id && !f.deliverableId).map((f) => f.id));
      const bad = input.fileIds.findIndex((id) => !usable.has(id));
      if (bad >= 0)
        throw invalidReference(`input.fileIds[${bad}]`, 'tệp không tồn tại, không do bạn tải lên hoặc đã nộp ở lần khác', 'no such file uploaded by you, or already submitted');
      const now = this.clock.now();
      const versionNo = (await tx.countBy(DeliverableEntity, { assignmentId: a.id })) + 1;
      const saved = await tx.save(
        tx.create(DeliverableEntity, {
          assignmentId: a.id,
          versionNo,
          submittedById: user.id,
          submittedAt: now,
          note: input.note,
          links: input.links,
          onTime: !calendar.lateness(a.deadline, now).late,
          decision: null,
          majorError: false,
          reviewComment: null,
          reviewerId: null,
          reviewedAt: null,
          waiverCause: null,
          waiverConfirmedBy: null,
        }),
      );
      if (input.fileIds.length) await tx.update(StoredFileEntity, { id: In(input.fileIds) }, { deliverableId: saved.id });
      await this.assignments.transition(tx, a, 'submit');
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'work.deliverable.submitted',
        entityType: 'deliverable',
        entityId: saved.id,
        data: { assignmentId: a.id, versionNo, fileIds: input.fileIds, links: input.links, onTime: saved.onTime },
      });
      await this.notifications.send(tx, {
        recipientId: a.assignedById,
        kind: 'DELIVERABLE_SUBMITTED',
        title: { vi: `Sản phẩm chờ duyệt: ${a.title}`, en: `Deliverable to review: ${a.title}` },
        body: { vi: `${user.fullName} đã nộp lần ${versionNo}.`, en: `${user.fullName} submitted version ${versionNo}.` },
        subject: { kind: 'ASSIGNMENT', id: a.id },
        data: { assignmentId: a.id, deliverableId: saved.id },
      });
      this.announce(tx, { unitId: a.unitId, assignmentId: a.id, change: 'SUBMITTED' }, now);
      return Deliverable.from(saved);
    });
  }

  /** The head accepts (→ ACCEPTED) or returns (→ RETURNED, comment required) the latest version. */
  async review(user: AuthUser, input: ReviewDeliverableInput): Promise<Assignment> {
    const returning = input.decision === ReviewDecision.RETURNED;
    if (returning && !input.comment) throw badField('COMMENT_REQUIRED', 'input.comment', 'cần ghi nhận xét khi trả lại', 'a comment is required to return a deliverable');
    if (!returning && input.majorError)
      throw badField('MAJOR_ERROR_ON_ACCEPT', 'input.majorError', 'chỉ đánh dấu lỗi lớn khi trả lại', 'a major error can only be flagged on a return');
    return this.dataSource.transaction(async (tx) => {
      const d = await tx.findOneBy(DeliverableEntity, { id: input.deliverableId });
      if (!d) throw notFound('deliverable', input.deliverableId);
      const a = await this.assignments.lockForRead(tx, user, d.assignmentId);
      await this.access.assertCanManage(user, a);
      const action = returning ? 'return' : 'accept';
      const latest = await tx.findOne(DeliverableEntity, { where: { assignmentId: a.id }, order: { versionNo: 'DESC' } });
      if (a.status !== AssignmentStatus.SUBMITTED || d.decision || latest?.id !== d.id) throw invalidTransition(a.status, action);
      const now = this.clock.now();
      Object.assign(d, { decision: input.decision, majorError: returning && input.majorError, reviewComment: input.comment ?? null, reviewerId: user.id, reviewedAt: now });
      await tx.save(d);
      if (!returning) Object.assign(a, { acceptedAt: now, acceptedQuantity: input.acceptedQuantity ?? a.quantity });
      const saved = await this.assignments.transition(tx, a, action);
      await this.audit.record(tx, {
        actorId: user.id,
        action: returning ? 'work.deliverable.returned' : 'work.deliverable.accepted',
        entityType: 'deliverable',
        entityId: d.id,
        data: { assignmentId: a.id, versionNo: d.versionNo, majorError: d.majorError, comment: d.reviewComment, acceptedQuantity: a.acceptedQuantity, onTime: d.onTime },
      });
      await this.notifications.send(tx, {
        recipientId: a.assigneeId,
        kind: returning ? 'DELIVERABLE_RETURNED' : 'DELIVERABLE_ACCEPTED',
        title: returning
          ? { vi: `Sản phẩm bị trả lại: ${a.title}`, en: `Deliverable returned: ${a.title}` }
          : { vi: `Sản phẩm đã được nghiệm thu: ${a.title}`, en: `Deliverable accepted: ${a.title}` },
        body: input.comment ? { vi: input.comment, en: input.comment } : undefined,
        subject: { kind: 'ASSIGNMENT', id: a.id },
        data: { assignmentId: a.id, deliverableId: d.id },
      });
      // The head's "to review" notice of this version has been answered.
      await this.notifications.settle(tx, { kinds: ['DELIVERABLE_SUBMITTED'], data: { deliverableId: d.id } });
      this.announce(tx, { unitId: a.unitId, assignmentId: a.id, change: returning ? 'RETURNED' : 'ACCEPTED' }, now);
      return Assignment.from(saved);
    });
  }
}
