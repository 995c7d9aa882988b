import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  AuditService,
  AuthUser,
  CalendarService,
  Clock,
  DEMO_HISTORY,
  demoHistoryCohorts,
  demoHistoryMonths,
  demoRandom,
  DemoContributions,
  PositionEntity,
  UnitEntity,
  UserEntity,
} from '@ketqua/api/core';
import { DEFAULT_RULE_SET_VERSION } from '@ketqua/domain';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource, EntityManager, In } from 'typeorm';
import { AssignmentDeadlineEntity } from '../assignment/assignment-deadline.entity';
import { AssignmentStatus } from '../assignment/assignment-status';
import { AssignmentEntity } from '../assignment/assignment.entity';
import { CatalogueItemEntity } from '../catalogue/catalogue-item.entity';
import { DeliverableEntity } from '../deliverable/deliverable.entity';
import { FileService } from '../files/file.service';
import { StoredFileEntity } from '../files/stored-file.entity';
import { WorkLogEntity } from '../work-log/work-log.entity';

/** Work catalogue of the CCVC division (Phòng Công chức viên chức, Sở Nội vụ), per position. */
const CATALOGUE: Array<{ unit: string; position: string | null; code: string; name: string; unitOfMeasure: string; coefficient: number }> = [
  { unit: 'CCVC', position: 'CV-CCVC', code: 'BC-DINHKY', name: 'Báo cáo định kỳ về đội ngũ công chức, viên chức', unitOfMeasure: 'báo cáo', coefficient: 2 },
  { unit: 'CCVC', position: 'CV-CCVC', code: 'TD-HOSO', name: 'Thẩm định hồ sơ nâng ngạch, chuyển ngạch', unitOfMeasure: 'hồ sơ', coefficient: 0.5 },
  { unit: 'CCVC', position: 'CV-CCVC', code: 'DT-TOTRINH', name: 'Dự thảo tờ trình, quyết định', unitOfMeasure: 'văn bản', coefficient: 3 },
  { unit: 'CCVC', position: 'CV-CCVC', code: 'RS-VTVL', name: 'Rà soát vị trí việc làm của đơn vị', unitOfMeasure: 'đơn vị', coefficient: 1.5 },
  { unit: 'CCVC', position: null, code: 'CV-TRALOI', name: 'Văn bản trả lời, hướng dẫn', unitOfMeasure: 'văn bản', coefficient: 1 },
  { unit: 'CCVC-DTBD', position: 'CV-DTBD', code: 'KH-DTBD', name: 'Kế hoạch đào tạo, bồi dưỡng', unitOfMeasure: 'kế hoạch', coefficient: 3 },
  { unit: 'CCVC-DTBD', position: 'CV-DTBD', code: 'TH-NHUCAU', name: 'Tổng hợp nhu cầu đào tạo', unitOfMeasure: 'báo cáo', coefficient: 1.5 },
];

interface DemoAssignment {
  who: string;
  title: string;
  code: string;
  quantity: number;
  /** Working days from today (negative: in the past). */
  due: number;
  status: AssignmentStatus;
  doc?: string;
  /** Versions submitted, each n working days from today, with the review. */
  versions?: Array<{ at: number; review?: 'ACCEPTED' | 'RETURNED' | 'RETURNED_MAJOR'; comment?: string; file?: string }>;
  logs?: Array<{ daysAgo: number; minutes: number; note: string }>;
}

const HEAD = 'head@demo.ketqua.vn';
const OFFICIAL = 'official@demo.ketqua.vn';

/** Assignments in every state, dated from today, so "Việc của tôi", the team board and the review queue have life. */
const ASSIGNMENTS: DemoAssignment[] = [
  {
    who: OFFICIAL,
    title: 'Báo cáo tình hình đội ngũ công chức, viên chức quý này',
    code: 'BC-DINHKY',
    quantity: 1,
    due: 3,
    status: AssignmentStatus.ASSIGNED,
    doc: '412/SNV-CCVC',
  },
  {
    who: OFFICIAL,
    title: 'Thẩm định hồ sơ nâng ngạch chuyên viên chính đợt 2',
    code: 'TD-HOSO',
    quantity: 12,
    due: 1,
    status: AssignmentStatus.IN_PROGRESS,
    doc: '398/UBND-VX',
    logs: [
      { daysAgo: 1, minutes: 180, note: 'Thẩm định 5 hồ sơ của Sở Y tế' },
      { daysAgo: 0, minutes: 120, note: 'Thẩm định 3 hồ sơ của Sở Giáo dục và Đào tạo' },
    ],
  },
  { who: OFFICIAL, title: 'Văn bản trả lời kiến nghị về chế độ phụ cấp công vụ', code: 'CV-TRALOI', quantity: 1, due: -2, status: AssignmentStatus.IN_PROGRESS, doc: '377/SNV-VP' },
  {
    who: OFFICIAL,
    title: 'Dự thảo tờ trình kế hoạch tuyển dụng công chức năm sau',
    code: 'DT-TOTRINH',
    quantity: 1,
    due: 2,
    status: AssignmentStatus.SUBMITTED,
    versions: [{ at: 0, file: 'du-thao-to-trinh-tuyen-dung.txt' }],
    logs: [{ daysAgo: 2, minutes: 240, note: 'Soạn dự thảo tờ trình tuyển dụng' }],
  },
  {
    who: OFFICIAL,
    title: 'Rà soát vị trí việc làm của các phòng chuyên môn',
    code: 'RS-VTVL',
    quantity: 4,
    due: 4,
    status: AssignmentStatus.RETURNED,
    versions: [{ at: -1, review: 'RETURNED', comment: 'Bổ sung số liệu của Phòng Cải cách hành chính và đối chiếu với Đề án vị trí việc làm.' }],
  },
  {
    who: OFFICIAL,
    title: 'Báo cáo tình hình nâng lương tháng trước',
    code: 'BC-DINHKY',
    quantity: 1,
    due: -5,
    status: AssignmentStatus.ACCEPTED,
    versions: [{ at: -6, review: 'ACCEPTED' }],
  },
  {
    who: 'bui.quoc.bao@demo.ketqua.vn',
    title: 'Dự thảo quyết định điều động công chức',
    code: 'DT-TOTRINH',
    quantity: 2,
    due: 1,
    status: AssignmentStatus.SUBMITTED,
    versions: [{ at: 0 }],
    doc: '405/SNV-TCBC',
  },
  { who: 'bui.quoc.bao@demo.ketqua.vn', title: 'Văn bản hướng dẫn đánh giá, xếp loại quý', code: 'CV-TRALOI', quantity: 3, due: -1, status: AssignmentStatus.ASSIGNED },
  {
    who: 'tran.thi.mai.anh@demo.ketqua.vn',
    title: 'Báo cáo số lượng, chất lượng công chức cấp phường',
    code: 'BC-DINHKY',
    quantity: 1,
    due: -8,
    status: AssignmentStatus.ACCEPTED,
    versions: [
      { at: -9, review: 'RETURNED_MAJOR', comment: 'Số liệu tổng hợp sai so với biểu mẫu của Bộ Nội vụ.' },
      { at: -6, review: 'ACCEPTED' },
    ],
  },
  {
    who: 'dang.thi.phuong.thao@demo.ketqua.vn',
    title: 'Thẩm định hồ sơ chuyển ngạch viên chức sang công chức',
    code: 'TD-HOSO',
    quantity: 6,
    due: 5,
    status: AssignmentStatus.IN_PROGRESS,
  },
  { who: 'mai.thi.thanh.tam@demo.ketqua.vn', title: 'Kế hoạch bồi dưỡng kỹ năng làm việc từ xa', code: 'KH-DTBD', quantity: 1, due: 6, status: AssignmentStatus.ASSIGNED },
];

/**
 * Finished work of the three months before this one for Phòng Công chức viên chức, so the
 * evaluation demo's closed and open periods count real assignments: [who, title, code, quantity,
 * working day of the month it is due, how it went]. LATE: first version two working days after the
 * deadline; MAJOR: returned once for a major error, then accepted; RETURNED: still with the official.
 */
const PAST_MONTHS: Array<[string, string, string, number, number, 'ON_TIME' | 'LATE' | 'MAJOR' | 'RETURNED']> = [
  [OFFICIAL, 'Báo cáo định kỳ đội ngũ công chức', 'BC-DINHKY', 1, 4, 'ON_TIME'],
  [OFFICIAL, 'Thẩm định hồ sơ nâng ngạch', 'TD-HOSO', 8, 9, 'ON_TIME'],
  [OFFICIAL, 'Dự thảo tờ trình phân cấp quản lý', 'DT-TOTRINH', 1, 14, 'LATE'],
  [OFFICIAL, 'Văn bản hướng dẫn chế độ, chính sách', 'CV-TRALOI', 2, 18, 'ON_TIME'],
  ['tran.thi.mai.anh@demo.ketqua.vn', 'Báo cáo chất lượng công chức cấp phường', 'BC-DINHKY', 1, 5, 'MAJOR'],
  ['bui.quoc.bao@demo.ketqua.vn', 'Dự thảo quyết định điều động', 'DT-TOTRINH', 2, 6, 'ON_TIME'],
  ['dang.thi.phuong.thao@demo.ketqua.vn', 'Văn bản trả lời kiến nghị cử tri', 'CV-TRALOI', 2, 16, 'LATE'],
  ['chau.minh.nhat@demo.ketqua.vn', 'Báo cáo thống kê công chức', 'BC-DINHKY', 1, 8, 'ON_TIME'],
  ['ho.thi.diem.my@demo.ketqua.vn', 'Thẩm định hồ sơ nâng lương trước hạn', 'TD-HOSO', 4, 19, 'LATE'],
];

/** The history's three monthly assignments: [title, unit of measure]. */
const HISTORY_WORK: Array<[string, string]> = [
  ['Báo cáo chuyên đề', 'báo cáo'],
  ['Thẩm định hồ sơ', 'hồ sơ'],
  ['Văn bản tham mưu, hướng dẫn', 'văn bản'],
];

/** The source document the past-months demo work carries, by which it is found again (idempotence). */
export const PAST_MONTHS_DOCUMENT = 'KH-CCVC/ĐGKQ';

const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+07:00`);

/** The work module's demo data, layered on the demo city (npm start, seedDemo: 'full'). */
@Injectable()
export class WorkDemo implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contributions: DemoContributions,
    private readonly calendars: CalendarService,
    private readonly clock: Clock,
    private readonly files: FileService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.contributions.register({ name: 'work: catalogue and assignments', order: 10, seed: () => this.seed() });
    this.contributions.register({ name: 'work: finished work of the three months before this one', order: 11, seed: () => this.seedPastMonths() });
    // After the pilot demo (order 20): the cohorts are its enrollments.
    this.contributions.register({ name: "work: history, the pilot cohorts' finished work since six months before the pilot", order: 25, seed: () => this.seedHistory() });
  }

  /**
   * The history of DEMO_HISTORY (libs/api/core/src/demo/demo-history.ts): per official of both
   * cohorts and month, three accepted assignments of equal weight whose deadlines and reviews carry
   * the month's faults (a missed deadline, or a return for a major content error), drawn from a
   * seeded random stream of the official's e-mail and the month. Written in a few bulk inserts.
   */
  async seedHistory(): Promise<void> {
    const assignments = this.dataSource.getRepository(AssignmentEntity);
    if (
      await assignments
        .createQueryBuilder('a')
        .where('a.sourceDocument LIKE :doc', { doc: `%${DEMO_HISTORY.document}` })
        .getExists()
    )
      return;
    const cohorts = await demoHistoryCohorts(this.dataSource.manager);
    if (!cohorts) return;
    const months = demoHistoryMonths(cohorts.pilotStart, this.clock.today());
    if (months.length === 0) return;
    const home = new Set(cohorts.home);
    const people = await this.dataSource.getRepository(UserEntity).find({ where: { id: In([...cohorts.home, ...cohorts.office]) }, order: { email: 'ASC' } });
    const heads = new Map((await this.dataSource.getRepository(UnitEntity).find()).map((u) => [u.id, u.headId]));
    const calendar = await this.calendars.calendar();
    const rows: Array<Partial<AssignmentEntity>> = [];
    const deadlines: Array<Partial<AssignmentDeadlineEntity>> = [];
    const deliverables: Array<Partial<DeliverableEntity>> = [];
    let n = 0;
    for (const official of people) {
      const head = heads.get(official.unitId);
      if (!head) continue;
      // A steady per-official tendency (−1 to +1 faults a month), the same in both phases: the DiD removes it.
      const tendency = demoRandom(`tendency|${official.email}`)() * 2 - 1;
      for (const month of months) {
        const random = demoRandom(`${official.email}|${month.from}`);
        const mean =
          month.phase === 'BASELINE' ? DEMO_HISTORY.meanFaults.baseline : home.has(official.id) ? DEMO_HISTORY.meanFaults.pilotHome : DEMO_HISTORY.meanFaults.pilotOffice;
        const noise = (random() + random() + random() - 1.5) * 2;
        const slots = Array.from({ length: DEMO_HISTORY.assignmentsPerMonth * 3 }, (_, i) => i);
        const faults = Math.max(0, Math.min(slots.length, Math.round(mean + tendency + noise)));
        for (let i = slots.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [slots[i], slots[j]] = [slots[j], slots[i]];
        }
        const chosen = slots.slice(0, faults);
        const days: string[] = [];
        for (let d = calendar.onOrAfter(month.from); d <= month.to; d = calendar.nextWorkingDay(d)) days.push(d);
        for (let k = 0; k < DEMO_HISTORY.assignmentsPerMonth; k++) {
          // Slot k: late; slots k + 3 and k + 6: a return for a major error each.
          const late = chosen.includes(k);
          const majors = Number(chosen.includes(k + DEMO_HISTORY.assignmentsPerMonth)) + Number(chosen.includes(k + 2 * DEMO_HISTORY.assignmentsPerMonth));
          const [title, unitOfMeasure] = HISTORY_WORK[k % HISTORY_WORK.length];
          const due = days[Math.min([4, 11, 17][k % 3], days.length - 1)];
          const deadline = at(due, 17);
          const createdAt = at(calendar.addWorkingDays(due, -6), 9);
          const first = late ? calendar.addWorkingDays(due, 2) : calendar.addWorkingDays(due, -(majors + 1));
          const versionDays = Array.from({ length: majors + 1 }, (_, v) => calendar.addWorkingDays(first, v));
          const acceptedAt = at(versionDays[majors], 15);
          const id = randomUUID();
          rows.push({
            id,
            assigneeId: official.id,
            unitId: official.unitId,
            assignedById: head,
            title: `${title} tháng ${month.number}/${month.year}`,
            description: '',
            // Work of past months, given before the unit's current catalogue: its own unit, coefficient 1.
            catalogueItemId: null,
            unitOfMeasure,
            coefficient: 1,
            quantity: 4,
            acceptedQuantity: 4,
            deadline,
            sourceDocument: `${(n += 1)}/${DEMO_HISTORY.document}`,
            status: AssignmentStatus.ACCEPTED,
            startedAt: at(calendar.addWorkingDays(due, -5), 8),
            acceptedAt,
            cancelledAt: null,
            cancelReason: null,
            ruleSetVersion: DEFAULT_RULE_SET_VERSION,
            remindedDeadline: null,
            createdAt,
            updatedAt: acceptedAt,
          });
          deadlines.push({ assignmentId: id, deadline, reason: null, setById: head, setAt: createdAt });
          for (const [v, day] of versionDays.entries()) {
            const submittedAt = at(day, 10);
            const major = v < majors;
            deliverables.push({
              assignmentId: id,
              versionNo: v + 1,
              submittedById: official.id,
              submittedAt,
              note: v === 0 ? 'Kính gửi anh/chị kết quả để xem xét.' : 'Đã chỉnh sửa theo góp ý.',
              links: [],
              onTime: submittedAt <= deadline,
              decision: major ? 'RETURNED' : 'ACCEPTED',
              majorError: major,
              reviewComment: major ? 'Nội dung chưa đúng yêu cầu, số liệu chưa khớp với báo cáo của các đơn vị.' : null,
              reviewerId: head,
              reviewedAt: at(day, 15),
              waiverCause: null,
              waiverConfirmedBy: null,
            });
          }
        }
      }
    }
    await this.dataSource.transaction(async (tx) => {
      for (let i = 0; i < rows.length; i += 500) await tx.insert(AssignmentEntity, rows.slice(i, i + 500));
      for (let i = 0; i < deadlines.length; i += 500) await tx.insert(AssignmentDeadlineEntity, deadlines.slice(i, i + 500));
      for (let i = 0; i < deliverables.length; i += 500) await tx.insert(DeliverableEntity, deliverables.slice(i, i + 500));
      await this.audit.record(tx, {
        actorId: null,
        action: 'work.demo.history_seeded',
        entityType: 'assignment',
        data: { assignments: rows.length, officials: people.length, months: months.length, from: months[0].from, to: months[months.length - 1].to },
      });
    });
  }

  /** Accepted, late and returned work of the three months before today's, each month the same shape. */
  async seedPastMonths(): Promise<void> {
    const assignments = this.dataSource.getRepository(AssignmentEntity);
    if (
      await assignments
        .createQueryBuilder('a')
        .where('a.sourceDocument LIKE :doc', { doc: `%${PAST_MONTHS_DOCUMENT}` })
        .getExists()
    )
      return;
    const users = new Map((await this.dataSource.getRepository(UserEntity).find()).map((u) => [u.email, u]));
    const head = users.get(HEAD);
    if (!head) return;
    const items = new Map((await this.dataSource.getRepository(CatalogueItemEntity).findBy({ unitId: head.unitId })).map((i) => [i.code, i]));
    if (items.size === 0) return;
    const calendar = await this.calendars.calendar();
    const today = this.clock.today();
    const [y, m] = today.split('-').map(Number);
    await this.dataSource.transaction(async (tx) => {
      let n = 0;
      for (let back = 3; back >= 1; back--) {
        const index = y * 12 + (m - 1) - back;
        const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
        const days: string[] = [];
        for (let d = calendar.onOrAfter(`${month}-01`); d.startsWith(month); d = calendar.nextWorkingDay(d)) days.push(d);
        for (const [who, title, code, quantity, dayOfMonth, how] of PAST_MONTHS) {
          const official = must(users, who);
          const item = must(items, code);
          const due = days[Math.min(dayOfMonth, days.length - 1)];
          const deadline = at(due, 17);
          const createdAt = at(calendar.addWorkingDays(due, -6), 9);
          const first = how === 'LATE' ? calendar.addWorkingDays(due, 2) : calendar.addWorkingDays(due, -1);
          const versions: Array<{ day: string; decision: 'ACCEPTED' | 'RETURNED'; major: boolean }> =
            how === 'MAJOR'
              ? [
                  { day: calendar.addWorkingDays(due, -2), decision: 'RETURNED', major: true },
                  { day: calendar.addWorkingDays(due, -1), decision: 'ACCEPTED', major: false },
                ]
              : how === 'RETURNED'
                ? [{ day: first, decision: 'RETURNED', major: false }]
                : [{ day: first, decision: 'ACCEPTED', major: false }];
          const last = versions[versions.length - 1];
          const accepted = last.decision === 'ACCEPTED' && back > 0 ? at(last.day, 15) : null;
          const a = await tx.save(
            tx.create(AssignmentEntity, {
              assigneeId: official.id,
              unitId: official.unitId,
              assignedById: head.id,
              title: `${title} tháng ${Number(month.slice(5))}/${month.slice(0, 4)}`,
              description: '',
              catalogueItemId: item.id,
              unitOfMeasure: item.unitOfMeasure,
              coefficient: item.coefficient,
              quantity,
              acceptedQuantity: accepted ? quantity : null,
              deadline,
              sourceDocument: `${(n += 1) + 500}/${PAST_MONTHS_DOCUMENT}`,
              status: accepted ? AssignmentStatus.ACCEPTED : AssignmentStatus.RETURNED,
              startedAt: at(calendar.addWorkingDays(due, -5), 8),
              acceptedAt: accepted,
              cancelledAt: null,
              cancelReason: null,
              ruleSetVersion: DEFAULT_RULE_SET_VERSION,
              remindedDeadline: null,
              createdAt,
              updatedAt: accepted ?? createdAt,
            }),
          );
          await tx.insert(AssignmentDeadlineEntity, { assignmentId: a.id, deadline, reason: null, setById: head.id, setAt: createdAt });
          for (const [i, v] of versions.entries()) {
            const submittedAt = at(v.day, 10);
            await tx.insert(DeliverableEntity, {
              assignmentId: a.id,
              versionNo: i + 1,
              submittedById: official.id,
              submittedAt,
              note: i === 0 ? 'Kính gửi anh/chị kết quả để xem xét.' : 'Đã chỉnh sửa theo góp ý.',
              links: [],
              onTime: submittedAt <= deadline,
              decision: v.decision,
              majorError: v.major,
              reviewComment: v.decision === 'RETURNED' ? (v.major ? 'Số liệu tổng hợp sai so với biểu mẫu của Bộ Nội vụ.' : 'Bổ sung hồ sơ còn thiếu.') : null,
              reviewerId: head.id,
              reviewedAt: at(v.day, 15),
              waiverCause: null,
              waiverConfirmedBy: null,
            });
          }
        }
      }
      await this.audit.record(tx, { actorId: null, action: 'work.demo.past_months_seeded', entityType: 'assignment', data: { assignments: n } });
    });
  }

  async seed(): Promise<void> {
    if ((await this.dataSource.getRepository(CatalogueItemEntity).count()) > 0) return;
    const users = new Map((await this.dataSource.getRepository(UserEntity).find()).map((u) => [u.email, u]));
    const head = users.get(HEAD);
    if (!head) return;
    const headUnit = await this.dataSource.getRepository(UnitEntity).findOneByOrFail({ id: head.unitId });
    const units = new Map((await this.dataSource.getRepository(UnitEntity).findBy({ agencyId: headUnit.agencyId })).map((u) => [u.code, u]));
    const positions = new Map((await this.dataSource.getRepository(PositionEntity).findBy({ agencyId: headUnit.agencyId })).map((p) => [p.code, p]));
    const calendar = await this.calendars.calendar();
    const today = this.clock.today();
    const day = (n: number) => calendar.addWorkingDays(calendar.onOrAfter(today), n);

    // Demo files go through the real upload path (hash, size, content check) before the transaction.
    const uploads = new Map<string, string>();
    for (const a of ASSIGNMENTS) {
      for (const v of a.versions ?? []) {
        if (!v.file) continue;
        const official = must(users, a.who);
        const text = `${a.title}\n\nDự thảo lần 1 — ${official.fullName}\n\n1. Căn cứ pháp lý\n2. Nhu cầu tuyển dụng theo vị trí việc làm\n3. Đề xuất\n`;
        const stored = await this.files.store(asUser(official, headUnit.agencyId), v.file, undefined, Readable.from([Buffer.from(text, 'utf8')]));
        uploads.set(v.file, stored.id);
      }
    }

    await this.dataSource.transaction(async (tx) => {
      const items = new Map<string, CatalogueItemEntity>();
      for (const c of CATALOGUE) {
        const saved = await tx.save(
          tx.create(CatalogueItemEntity, {
            unitId: must(units, c.unit).id,
            positionId: c.position ? must(positions, c.position).id : null,
            code: c.code,
            name: c.name,
            unitOfMeasure: c.unitOfMeasure,
            coefficient: c.coefficient,
            active: true,
          }),
        );
        items.set(c.code, saved);
      }
      for (const a of ASSIGNMENTS) await this.seedAssignment(tx, a, must(users, a.who), head, must(items, a.code), day, uploads);
      await this.audit.record(tx, {
        actorId: null,
        action: 'work.demo.seeded',
        entityType: 'assignment',
        data: { catalogueItems: CATALOGUE.length, assignments: ASSIGNMENTS.length },
      });
    });
  }

  private async seedAssignment(
    tx: EntityManager,
    d: DemoAssignment,
    official: UserEntity,
    head: UserEntity,
    item: CatalogueItemEntity,
    day: (n: number) => string,
    uploads: Map<string, string>,
  ): Promise<void> {
    const deadline = at(day(d.due), 17);
    const createdAt = at(day(Math.min(d.due, 0) - 5), 9);
    const versions = d.versions ?? [];
    const accepted = d.status === AssignmentStatus.ACCEPTED ? at(day(versions[versions.length - 1].at), 15) : null;
    const a = await tx.save(
      tx.create(AssignmentEntity, {
        assigneeId: official.id,
        unitId: official.unitId,
        assignedById: head.id,
        title: d.title,
        description: '',
        catalogueItemId: item.id,
        unitOfMeasure: item.unitOfMeasure,
        coefficient: item.coefficient,
        quantity: d.quantity,
        acceptedQuantity: accepted ? d.quantity : null,
        deadline,
        sourceDocument: d.doc ?? null,
        status: d.status,
        startedAt: d.status === AssignmentStatus.ASSIGNED ? null : at(day(Math.min(d.due, 0) - 4), 8),
        acceptedAt: accepted,
        cancelledAt: null,
        cancelReason: null,
        ruleSetVersion: DEFAULT_RULE_SET_VERSION,
        remindedDeadline: null,
        createdAt,
        updatedAt: createdAt,
      }),
    );
    await tx.insert(AssignmentDeadlineEntity, { assignmentId: a.id, deadline, reason: null, setById: head.id, setAt: createdAt });
    for (const [i, v] of versions.entries()) {
      const submittedAt = at(day(v.at), 10);
      const reviewed = !!v.review;
      const saved = await tx.save(
        tx.create(DeliverableEntity, {
          assignmentId: a.id,
          versionNo: i + 1,
          submittedById: official.id,
          submittedAt,
          note: i === 0 ? 'Kính gửi anh/chị bản dự thảo để xem xét.' : 'Đã chỉnh sửa theo góp ý.',
          links: [],
          onTime: submittedAt <= deadline,
          decision: reviewed ? (v.review === 'ACCEPTED' ? 'ACCEPTED' : 'RETURNED') : null,
          majorError: v.review === 'RETURNED_MAJOR',
          reviewComment: v.comment ?? null,
          reviewerId: reviewed ? head.id : null,
          reviewedAt: reviewed ? at(day(v.at), 15) : null,
          waiverCause: null,
          waiverConfirmedBy: null,
        }),
      );
      if (v.file) await tx.update(StoredFileEntity, { id: uploads.get(v.file) }, { deliverableId: saved.id });
    }
    for (const log of d.logs ?? []) {
      await tx.insert(WorkLogEntity, {
        officialId: official.id,
        unitId: official.unitId,
        assignmentId: a.id,
        workDate: day(-log.daysAgo),
        minutes: log.minutes,
        note: log.note,
        createdAt: at(day(-log.daysAgo), 16),
      });
    }
    await this.audit.record(tx, {
      actorId: head.id,
      action: 'work.assignment.created',
      entityType: 'assignment',
      entityId: a.id,
      data: { demo: true, assigneeId: official.id, title: d.title, status: d.status, deadline: deadline.toISOString() },
    });
  }
}

function asUser(u: UserEntity, agencyId: string): AuthUser {
  return { id: u.id, email: u.email, fullName: u.fullName, role: u.role, unitId: u.unitId, agencyId, cityScope: u.cityScope, mustChangePassword: false, sessionId: 'demo-seed' };
}

/** The demo's own tables name each other by code; a missing one is a bug in these tables. */
function must<K, V>(map: Map<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`work demo: nothing named ${String(key)}`);
  return value;
}
