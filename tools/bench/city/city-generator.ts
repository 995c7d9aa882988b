// The generated city (issue 11, first version of issue 13's generator): a deterministic organisation
// with a year of work straight into PostgreSQL, set-based — every table is streamed in batches of
// thousands of rows with COPY … FROM STDIN (./copy-writer.ts: one statement per batch, no
// row-by-row INSERT). The same options give the same
// rows, ids included (ids are counters, not random), except the argon2 hash's salt.
import * as argon2 from 'argon2';
import { Client } from 'pg';
import {
  addDays,
  createWorkingCalendar,
  DEFAULT_RULE_SET,
  DEFAULT_RULE_SET_VERSION,
  drawParameters,
  drawSpotChecks,
  isoWeekday,
  LocalDate,
  OFFICIAL_TABLES,
  RandomSource,
  seededRandom,
  sha256Hex,
} from '@ketqua/domain';
import { toSearchText } from '@ketqua/api/core';
import { Batch, Col, prepareBulkSession, suspendIndexesAndForeignKeys, Writer } from './copy-writer';
import { CATALOGUE, DEPARTMENT_UNITS, DEPARTMENTS, FAMILY, GIVEN, MIDDLE, POSITIONS, RANKS, RETURN_COMMENTS, SUB_UNIT, WARD_UNITS, WARDS } from './city-names';

export const CITY_PASSWORD = 'Ketqua@2026';
export const CITY_EMAIL_DOMAIN = 'city.ketqua.vn';

export interface CityOptions {
  officials: number;
  months: number;
  seed: string;
  assignmentsPerMonth: number;
  /** Today (Asia/Ho_Chi_Minh): the last generated month is this one, open work is due from today. */
  today: LocalDate;
  log?: (line: string) => void;
  /** Opens another connection to the same database: the big tables then load on several at once (Writer lanes). */
  connect?: () => Promise<Client>;
  /** How many such connections (default 3: a table each). */
  connections?: number;
}

export interface CitySummary {
  seed: string;
  officials: number;
  months: number;
  assignmentsPerMonth: number;
  today: LocalDate;
  from: LocalDate;
  to: LocalDate;
  password: string;
  /** Sign-in e-mails and ids a bench needs. */
  ids: {
    agencyId: string;
    agencyCode: string;
    /** A unit of exactly 60 officials (head included) in that agency, its head and one member. */
    unit60Id: string;
    unit60HeadId: string;
    unit60HeadEmail: string;
    unit60OfficialId: string;
    unit60OfficialEmail: string;
    hrEmail: string;
    adminEmail: string;
    pilotId: string;
    /** The pilot starts in the middle of the generated months: the months before are its baseline. */
    pilotStartDate: LocalDate;
  };
  counts: Record<string, number>;
  millis: Record<string, number>;
  elapsedMs: number;
}

const TAGS = {
  agency: '0a000000',
  unit: '0b000000',
  user: '0c000000',
  position: '0d000000',
  rank: '0e000000',
  catalogue: '0f000000',
  assignment: '1a000000',
  deadline: '1b000000',
  deliverable: '1c000000',
  pilot: '1d000000',
  enrollment: '1e000000',
  commitment: '1f000000',
} as const;

/** A deterministic id: the table's tag and a counter. */
export const idOf = (tag: keyof typeof TAGS, n: number): string => `${TAGS[tag]}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const at = (date: LocalDate, hour: number, minute = 0): string => `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`;

function asciiOf(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

const pick = <T>(r: RandomSource, list: readonly T[]): T => list[r.uniformInt(list.length)];

/** Unit sizes (head included): mostly 6–18, a few 30–60, very few 80–120; the first is 60 for the board bench. */
function unitSizes(r: RandomSource, officials: number): number[] {
  const sizes: number[] = [];
  let left = officials;
  if (left >= 60) {
    sizes.push(60);
    left -= 60;
  }
  while (left > 0) {
    const x = r.uniformInt(1000);
    let size = x < 15 ? 80 + r.uniformInt(41) : x < 60 ? 30 + r.uniformInt(31) : x < 150 ? 3 + r.uniformInt(4) : 6 + r.uniformInt(13);
    if (left - size < 3) size = left;
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

interface Unit {
  n: number;
  id: string;
  agency: number;
  parent: number | null;
  members: number[];
  head: number;
  deputy: number | null;
  pilot: boolean;
}
interface Official {
  n: number;
  id: string;
  unit: number;
  category: 'CONG_CHUC' | 'VIEN_CHUC';
  /** Workload multiplier: most near 1, a few carry four times the load. */
  load: number;
  email: string;
  /** Set with the account: the position held and the role. */
  positionId?: string;
  role?: string;
}

export async function generateCity(client: Client, options: CityOptions): Promise<CitySummary> {
  const log = options.log ?? (() => undefined);
  const t0 = performance.now();
  const r = seededRandom(`ketqua/city/${options.seed}`);
  const db = new Writer(client);
  await prepareBulkSession(client);
  await client.query('BEGIN');

  // Months covered: the `months` months ending with today's month.
  const [ty, tm] = options.today.split('-').map(Number);
  const monthStarts: LocalDate[] = [];
  for (let i = options.months - 1; i >= 0; i--) {
    const index = ty * 12 + (tm - 1) - i;
    monthStarts.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`);
  }
  const from = monthStarts[0];
  const lastIndex = ty * 12 + tm; // the month after today's, 0-based months
  const to = addDays(`${Math.floor(lastIndex / 12)}-${String((lastIndex % 12) + 1).padStart(2, '0')}-01`, -1);
  const calendar = createWorkingCalendar();

  // Calendar: the shipped official tables of the years covered, as the demo loads 2026.
  const years = [...new Set(monthStarts.map((m) => Number(m.slice(0, 4))))];
  const calendarDays = new Batch(db, 'calendar_day', [
    ['date', 'date'],
    ['kind', 'text'],
    ['name', 'text'],
    ['document', 'text'],
  ]);
  for (const table of OFFICIAL_TABLES.filter((t) => years.includes(t.year))) for (const e of table.entries) calendarDays.add(e.date, e.kind, e.name, e.document);
  calendarDays.flush();

  // Ranks and agencies: departments first, then wards (numbered past the list).
  const ranks = new Batch(db, 'rank', [
    ['id', 'uuid'],
    ['code', 'text'],
    ['name', 'text'],
    ['staff_category', 'text'],
  ]);
  RANKS.forEach(([code, name, category], i) => ranks.add(idOf('rank', i), code, name, category));
  ranks.flush();
  const ccRanks = RANKS.map((x, i) => [x, i] as const).filter(([x]) => x[2] === 'CONG_CHUC');
  const vcRanks = RANKS.map((x, i) => [x, i] as const).filter(([x]) => x[2] === 'VIEN_CHUC');

  const sizes = unitSizes(r, options.officials);
  const agencyCount = Math.max(2, Math.round(options.officials / 150));
  const unitsPerAgency = Math.max(1, Math.ceil(sizes.length / agencyCount));
  const agencies = new Batch(db, 'agency', [
    ['id', 'uuid'],
    ['code', 'text'],
    ['name', 'text'],
    ['kind', 'text'],
    ['valid_from', 'date'],
    ['version', 'int4'],
  ]);
  const agencyKinds: Array<'DEPARTMENT' | 'WARD'> = [];
  const agencyCodes: string[] = [];
  for (let a = 0; a * unitsPerAgency < sizes.length; a++) {
    const dept = a < Math.min(DEPARTMENTS.length, Math.ceil(agencyCount / 12));
    const wardIndex = a - Math.min(DEPARTMENTS.length, Math.ceil(agencyCount / 12));
    const [code, name] = dept
      ? DEPARTMENTS[a]
      : [
          `P${String(wardIndex + 1).padStart(3, '0')}`,
          `Ủy ban nhân dân phường ${WARDS[wardIndex % WARDS.length]}${wardIndex >= WARDS.length ? ` ${Math.floor(wardIndex / WARDS.length) + 1}` : ''}`,
        ];
    agencyKinds.push(dept ? 'DEPARTMENT' : 'WARD');
    agencyCodes.push(code);
    agencies.add(idOf('agency', a), code, dept ? `${name} Thành phố Hồ Chí Minh` : name, dept ? 'DEPARTMENT' : 'WARD', '2025-07-01', 1);
  }
  agencies.flush();
  const positions = new Batch(db, 'position', [
    ['id', 'uuid'],
    ['agency_id', 'uuid'],
    ['code', 'text'],
    ['name', 'text'],
    ['handles_administrative_procedures', 'bool'],
    ['receives_citizens', 'bool'],
    ['issues_decisions', 'bool'],
    ['version', 'int4'],
  ]);
  const positionId = (agency: number, p: number) => idOf('position', agency * POSITIONS.length + p);
  for (let a = 0; a < agencyKinds.length; a++)
    POSITIONS.forEach(([code, name, tthc, citizens, decisions], p) => positions.add(positionId(a, p), idOf('agency', a), code, name, tthc, citizens, decisions, 1));
  positions.flush();

  // Units: per agency, the first is the office (HR sits there), every fourth a team under the division before it.
  const units: Unit[] = [];
  const officials: Official[] = [];
  const perAgency: number[] = [];
  for (let u = 0; u < sizes.length; u++) {
    const agency = Math.floor(u / unitsPerAgency);
    const k = u - agency * unitsPerAgency;
    perAgency[agency] = (perAgency[agency] ?? 0) + 1;
    const parent = k > 1 && k % 4 === 0 ? u - 1 : null;
    const members: number[] = [];
    for (let i = 0; i < sizes[u]; i++) {
      const n = officials.length;
      const x = r.uniformInt(100);
      officials.push({ n, id: idOf('user', n), unit: u, category: x < 15 ? 'VIEN_CHUC' : 'CONG_CHUC', load: x === 7 || x === 42 ? 4 : 0.6 + r.uniformInt(9) / 10, email: '' });
      members.push(n);
    }
    units.push({
      n: u,
      id: idOf('unit', u),
      agency,
      parent: parent !== null && units[parent].parent === null ? parent : null,
      members,
      head: members[0],
      deputy: members.length >= 8 ? members[1] : null,
      pilot: false,
    });
  }
  // The pilot: about one unit in ten of the first agencies, the 60-official unit among them.
  for (const unit of units) unit.pilot = unit.n === 0 || r.uniformInt(10) === 0;

  const unitBatch = new Batch(db, 'unit', [
    ['id', 'uuid'],
    ['agency_id', 'uuid'],
    ['parent_id', 'uuid'],
    ['code', 'text'],
    ['name', 'text'],
    ['head_id', 'uuid'],
    ['version', 'int4'],
  ]);
  const userCols: Col[] = [
    ['id', 'uuid'],
    ['email', 'text'],
    ['full_name', 'text'],
    ['search_text', 'text'],
    ['staff_category', 'text'],
    ['unit_id', 'uuid'],
    ['position_id', 'uuid'],
    ['rank_id', 'uuid'],
    ['role', 'text'],
    ['is_leader', 'bool'],
    ['city_scope', 'bool'],
    ['password_hash', 'text'],
    ['version', 'int4'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ];
  const users = new Batch(db, 'app_user', userCols);
  const passwordHash = await argon2.hash(CITY_PASSWORD, { type: argon2.argon2id });
  const createdAt = at('2025-07-01', 8);
  // Units first (head_id set afterwards: app_user needs the unit, unit.head_id the user).
  for (const unit of units) {
    const k = unit.n - unit.agency * unitsPerAgency;
    const names = agencyKinds[unit.agency] === 'DEPARTMENT' ? DEPARTMENT_UNITS : WARD_UNITS;
    const base = unit.parent !== null ? `${SUB_UNIT} ${k}` : (names[k] ?? `${names[names.length - 1]} ${k - names.length + 2}`);
    unitBatch.add(unit.id, idOf('agency', unit.agency), unit.parent === null ? null : units[unit.parent].id, `U${String(k).padStart(3, '0')}`, base, null, 1);
  }
  unitBatch.flush();
  let hrEmail = '';
  let adminEmail = '';
  for (const unit of units) {
    const k = unit.n - unit.agency * unitsPerAgency;
    for (const [i, n] of unit.members.entries()) {
      const o = officials[n];
      const fullName = `${pick(r, FAMILY)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)}`;
      o.email = `${asciiOf(fullName).split(/\s+/).join('.')}.${n}@${CITY_EMAIL_DOMAIN}`;
      const isHead = i === 0;
      const isDeputy = unit.deputy === n;
      // The office of each agency: the member after the deputy is the agency's HR; in the first agency's office the next is the admin, then city-wide HR.
      const firstStaff = unit.deputy === null ? 1 : 2;
      const hr = k === 0 && i === firstStaff;
      const admin = unit.agency === 0 && k === 0 && i === firstStaff + 1;
      const cityHr = unit.agency === 0 && k === 0 && i === firstStaff + 2;
      const role = isHead ? 'UNIT_HEAD' : admin ? 'ADMIN' : hr || cityHr ? 'HR' : 'OFFICIAL';
      if (cityHr) hrEmail = o.email;
      if (admin) adminEmail = o.email;
      const p = isHead || isDeputy ? (unit.parent === null && k === 0 && isHead ? 0 : 1) : o.category === 'VIEN_CHUC' ? 5 : r.uniformInt(10) === 0 ? 4 : 2 + r.uniformInt(2);
      const [, rankIndex] = o.category === 'VIEN_CHUC' ? pick(r, vcRanks) : isHead ? ccRanks[1] : pick(r, ccRanks);
      o.positionId = positionId(unit.agency, p);
      o.role = role;
      users.add(
        o.id,
        o.email,
        fullName,
        toSearchText(fullName, o.email),
        o.category,
        unit.id,
        positionId(unit.agency, p),
        idOf('rank', rankIndex),
        role,
        isHead || isDeputy,
        cityHr,
        passwordHash,
        1,
        createdAt,
        createdAt,
      );
    }
  }
  users.flush();
  await db.done();
  await client.query(`UPDATE unit u SET head_id = v.head FROM unnest($1::uuid[], $2::uuid[]) AS v(id, head) WHERE u.id = v.id`, [
    units.map((u) => u.id),
    units.map((u) => officials[u.head].id),
  ]);
  log(`organisation: ${agencyKinds.length} agencies, ${units.length} units, ${officials.length} officials`);

  // Catalogue: five items per unit.
  const catalogue = new Batch(db, 'work_catalogue_item', [
    ['id', 'uuid'],
    ['unit_id', 'uuid'],
    ['code', 'text'],
    ['name', 'text'],
    ['unit_of_measure', 'text'],
    ['coefficient', 'numeric'],
    ['version', 'int4'],
  ]);
  for (const unit of units) CATALOGUE.forEach(([code, name, uom, coef], i) => catalogue.add(idOf('catalogue', unit.n * CATALOGUE.length + i), unit.id, code, name, uom, coef, 1));
  catalogue.flush();

  // The pilot, its units, the commitment and approved enrollments for about a quarter of each pilot unit.
  const pilotId = idOf('pilot', 0);
  const rules = DEFAULT_RULE_SET;
  // The pilot starts halfway through the generated months, so the pilot report has a baseline before it.
  const pilotStart = monthStarts[Math.floor(options.months / 2)];
  await db.done();
  await client.query(`INSERT INTO commitment_text (id, version, title, body, published_at) VALUES ($1, 1, $2, $3, $4)`, [
    idOf('commitment', 0),
    'Bản cam kết làm việc tại nhà',
    'Tôi tự nguyện đăng ký làm việc tại nhà và cam kết hoàn thành nhiệm vụ đúng hạn, bảo đảm chất lượng, có mặt trong giờ làm việc chính.',
    at(from, 8),
  ]);
  await client.query(
    `INSERT INTO pilot (id, name, decision_number, start_date, end_date, max_home_share_percent, min_on_site, max_home_days_per_week, core_hours, sample_rate_basis_points, answer_window_minutes, rule_set_version, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1)`,
    [
      pilotId,
      'Thí điểm làm việc tại nhà (thành phố sinh)',
      '1/QĐ-UBND (dữ liệu sinh)',
      pilotStart,
      `${to.slice(0, 4)}-12-31`,
      rules.homeWork.maxHomeSharePercent,
      rules.homeWork.minOnSite,
      rules.homeWork.maxHomeDaysPerWeek,
      JSON.stringify(rules.coreHours.map((w) => ({ start: w.start, end: w.end }))),
      rules.spotChecks.sampleRateBasisPoints,
      rules.spotChecks.answerWindowMinutes,
      rules.version,
    ],
  );
  const pilotUnits = new Batch(db, 'pilot_unit', [
    ['pilot_id', 'uuid'],
    ['unit_id', 'uuid'],
  ]);
  const enrollments = new Batch(db, 'enrollment', [
    ['id', 'uuid'],
    ['pilot_id', 'uuid'],
    ['official_id', 'uuid'],
    ['unit_id', 'uuid'],
    ['position_id', 'uuid'],
    ['weekdays', 'int4[]'],
    ['start_date', 'date'],
    ['end_date', 'date'],
    ['status', 'text'],
    ['commitment_text_id', 'uuid'],
    ['commitment_version', 'int4'],
    ['commitment_accepted_at', 'timestamptz'],
    ['has_computer', 'bool'],
    ['has_phone', 'bool'],
    ['has_printer', 'bool'],
    ['has_internet', 'bool'],
    ['requested_at', 'timestamptz'],
    ['decided_at', 'timestamptz'],
    ['decided_by_id', 'uuid'],
    ['version', 'int4'],
  ]);
  let enrollmentCount = 0;
  const enrolled = new Set<number>();
  const homeWorkers: HomeWorker[] = [];
  for (const unit of units.filter((u) => u.pilot)) {
    pilotUnits.add(pilotId, unit.id);
    const eligible = unit.members.filter((n) => n !== unit.head);
    const take = Math.floor(unit.members.length / 4);
    for (let i = 0; i < take && i < eligible.length; i++) {
      const n = eligible[(i * 4 + 1) % eligible.length];
      const o = officials[n];
      enrolled.add(n);
      const day = 1 + ((i * 2) % 5);
      const homeDays = [day, 1 + ((day + 1) % 5)].sort();
      const weekdays = `{${homeDays.join(',')}}`;
      homeWorkers.push({ id: idOf('enrollment', enrollmentCount), officialId: o.id, unitId: unit.id, weekdays: homeDays });
      enrollments.add(
        idOf('enrollment', enrollmentCount++),
        pilotId,
        o.id,
        unit.id,
        null,
        weekdays,
        pilotStart,
        `${to.slice(0, 4)}-12-31`,
        'APPROVED',
        idOf('commitment', 0),
        1,
        at(addDays(pilotStart, -10), 9),
        true,
        true,
        true,
        true,
        at(addDays(pilotStart, -10), 9),
        at(addDays(pilotStart, -5), 15),
        officials[unit.head].id,
        1,
      );
    }
  }
  pilotUnits.flush();
  enrollments.flush();
  await db.done();
  const pilotDays = { from: pilotStart, until: addDays(options.today, -1) };
  const homeWork = generateHomeWork(db, r, { seed: options.seed, pilotId, homeWorkers, days: pilotDays, isWorkingDay: (d) => calendar.isWorkingDay(d) });
  await db.done();
  log(
    `pilot: ${enrollmentCount} enrollments; ${homeWork.draws} verifiable spot-check draws with ${homeWork.checks} checks, ${homeWork.workLogs} work logs (${pilotDays.from} to ${pilotDays.until})`,
  );

  // Assignments, their deadline rows and deliverables. The organisation is committed first so that
  // other connections see it and the suspended indexes: each big table then loads on a connection of
  // its own. A failure from here leaves a partial city, which generate:city refuses without --reset.
  await client.query('COMMIT');
  const restore = await suspendIndexesAndForeignKeys(client, ['assignment', 'assignment_deadline', 'deliverable']);
  if (options.connect) await db.openLanes(options.connect, options.connections ?? 3);
  const assignments = new Batch(
    db,
    'assignment',
    [
      ['id', 'uuid'],
      ['assignee_id', 'uuid'],
      ['unit_id', 'uuid'],
      ['assigned_by_id', 'uuid'],
      ['title', 'text'],
      ['catalogue_item_id', 'uuid'],
      ['unit_of_measure', 'text'],
      ['coefficient', 'numeric'],
      ['quantity', 'numeric'],
      ['accepted_quantity', 'numeric'],
      ['deadline', 'timestamptz'],
      ['source_document', 'text'],
      ['status', 'text'],
      ['started_at', 'timestamptz'],
      ['accepted_at', 'timestamptz'],
      ['rule_set_version', 'text'],
      ['version', 'int4'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    Infinity, // flushed together below, assignments first
  );
  const deadlines = new Batch(
    db,
    'assignment_deadline',
    [
      ['id', 'uuid'],
      ['assignment_id', 'uuid'],
      ['deadline', 'timestamptz'],
      ['reason', 'text'],
      ['set_by_id', 'uuid'],
      ['set_at', 'timestamptz'],
    ],
    Infinity, // flushed together below, assignments first
  );
  const deliverables = new Batch(
    db,
    'deliverable',
    [
      ['id', 'uuid'],
      ['assignment_id', 'uuid'],
      ['version_no', 'int4'],
      ['submitted_by_id', 'uuid'],
      ['submitted_at', 'timestamptz'],
      ['note', 'text'],
      ['on_time', 'bool'],
      ['decision', 'text'],
      ['major_error', 'bool'],
      ['review_comment', 'text'],
      ['reviewer_id', 'uuid'],
      ['reviewed_at', 'timestamptz'],
    ],
    Infinity, // flushed together below, assignments first
  );
  const workingDaysOf = new Map<LocalDate, LocalDate[]>();
  for (const start of monthStarts) {
    const days: LocalDate[] = [];
    for (let d = start; d.slice(0, 7) === start.slice(0, 7); d = addDays(d, 1)) if (calendar.isWorkingDay(d)) days.push(d);
    workingDaysOf.set(start, days);
  }
  // Working days of the range (and a margin) in an array: moving n working days is an index step
  // (libs/domain's calendar decides which days work; asking it per assignment would dominate the run).
  const workdays: LocalDate[] = [];
  for (let d = addDays(from, -40); d <= addDays(to, 40); d = addDays(d, 1)) if (calendar.isWorkingDay(d)) workdays.push(d);
  const workdayIndex = new Map(workdays.map((d, i) => [d, i]));
  const shift = (day: LocalDate, n: number): LocalDate => {
    const i = workdayIndex.get(day);
    return i === undefined ? calendar.addWorkingDays(day, n) : workdays[i + n];
  };
  const today = options.today;
  const recent = calendar.addWorkingDays(calendar.onOrAfter(today), -5);
  let nAssignment = 0;
  let nDeadline = 0;
  let nDeliverable = 0;
  const statusCounts: Record<string, number> = {};
  for (const unit of units) {
    const agencyHead = officials[units[unit.agency * unitsPerAgency].head].id;
    for (const n of unit.members) {
      const o = officials[n];
      const isHead = n === unit.head;
      // Who assigns: the unit head; for a head, the parent unit's head, else the agency office's head, else the deputy.
      const assigner = !isHead
        ? officials[unit.head].id
        : unit.parent !== null
          ? officials[units[unit.parent].head].id
          : agencyHead !== o.id
            ? agencyHead
            : officials[unit.deputy ?? unit.members[1] ?? unit.members[0]].id;
      if (assigner === o.id) continue; // a one-person agency office: nobody to assign them work
      const reviewer = assigner;
      for (const start of monthStarts) {
        const days = workingDaysOf.get(start) ?? [];
        const count = Math.max(1, Math.round(options.assignmentsPerMonth * o.load * (isHead ? 0.5 : 1)));
        for (let j = 0; j < count; j++) {
          const id = idOf('assignment', nAssignment++);
          const item = r.uniformInt(CATALOGUE.length);
          const [, itemName, uom, coef] = CATALOGUE[item];
          const quantity = item === 1 ? 2 + r.uniformInt(10) : 1 + r.uniformInt(2);
          const dueDay = days[r.uniformInt(days.length)];
          const created = shift(dueDay, -(3 + r.uniformInt(8)));
          const dice = r.uniformInt(1000);
          const extended = dice % 37 === 0;
          const originalDue = extended ? shift(dueDay, -2) : dueDay;
          const deadline = at(dueDay, 17);
          let status: string;
          const versions: Array<{ at: LocalDate; hour: number; decision: 'ACCEPTED' | 'RETURNED' | null; major: boolean; reviewedAt: LocalDate | null }> = [];
          const late = dice < 90; // about 9%: the first version comes after the deadline
          const firstAt = late ? shift(dueDay, 1 + (dice % 3)) : shift(dueDay, -(dice % 3));
          const returned = dice >= 900 && dice < 980; // 8%: returned once, 40% of those for a major error
          if (dueDay < recent && firstAt < today) {
            // Past: accepted, some after a return; 1% still in progress, overdue.
            if (dice >= 990) status = 'IN_PROGRESS';
            else {
              status = 'ACCEPTED';
              if (returned) {
                const second = shift(firstAt, 2);
                versions.push({ at: firstAt, hour: 10, decision: 'RETURNED', major: dice < 932, reviewedAt: firstAt });
                if (second < today) versions.push({ at: second, hour: 10, decision: 'ACCEPTED', major: false, reviewedAt: shift(second, 1) });
                else status = 'RETURNED';
              } else versions.push({ at: firstAt, hour: 10, decision: 'ACCEPTED', major: false, reviewedAt: shift(firstAt, 1) });
            }
          } else {
            // Open work of the current weeks.
            const y = dice % 100;
            if (y < 40 || created >= today) status = 'ASSIGNED';
            else if (y < 72) status = 'IN_PROGRESS';
            else if (y < 90) {
              status = 'SUBMITTED';
              versions.push({ at: created, hour: 15, decision: null, major: false, reviewedAt: null });
            } else {
              status = 'RETURNED';
              versions.push({ at: created, hour: 11, decision: 'RETURNED', major: y >= 97, reviewedAt: created });
            }
          }
          // Nothing dated after today: an accepted version reviewed in the future is not accepted yet.
          const last = versions[versions.length - 1];
          if (status === 'ACCEPTED' && last?.reviewedAt && last.reviewedAt >= today) {
            last.decision = null;
            last.reviewedAt = null;
            status = 'SUBMITTED';
          }
          statusCounts[status] = (statusCounts[status] ?? 0) + 1;
          const acceptedAt = status === 'ACCEPTED' && last?.reviewedAt ? at(last.reviewedAt, 15) : null;
          const acceptedQuantity = acceptedAt ? (dice % 20 === 1 && quantity > 1 ? quantity - 1 : quantity) : null;
          assignments.add(
            id,
            o.id,
            unit.id,
            assigner,
            `${itemName} ${start.slice(5, 7)}/${start.slice(0, 4)} — ${j + 1}`,
            idOf('catalogue', unit.n * CATALOGUE.length + item),
            uom,
            coef,
            quantity,
            acceptedQuantity,
            deadline,
            j % 5 === 0 ? `${100 + (j % 400)}/${agencyCodes[unit.agency]}` : null,
            status,
            status === 'ASSIGNED' ? null : at(created, 14),
            acceptedAt,
            DEFAULT_RULE_SET_VERSION,
            1,
            at(created, 9),
            acceptedAt ?? at(created, 9),
          );
          deadlines.add(idOf('deadline', nDeadline++), id, at(originalDue, 17), null, assigner, at(created, 9));
          if (extended) deadlines.add(idOf('deadline', nDeadline++), id, deadline, 'Gia hạn do bổ sung hồ sơ', assigner, at(shift(created, 1), 9));
          for (const [v, version] of versions.entries()) {
            const submittedAt = at(version.at, version.hour);
            deliverables.add(
              idOf('deliverable', nDeliverable++),
              id,
              v + 1,
              o.id,
              submittedAt,
              v === 0 ? 'Kính gửi bản dự thảo để xem xét.' : 'Đã chỉnh sửa theo góp ý.',
              new Date(submittedAt).getTime() <= new Date(deadline).getTime(),
              version.decision,
              version.major,
              version.decision === 'RETURNED' ? RETURN_COMMENTS[dice % RETURN_COMMENTS.length] : null,
              version.decision ? reviewer : null,
              version.reviewedAt ? at(version.reviewedAt, 15) : null,
            );
          }
          if (nAssignment % 8000 === 0) {
            // Assignments before their deadlines and deliverables: one connection runs the statements in order.
            assignments.flush();
            deadlines.flush();
            deliverables.flush();
            await db.drain(3);
          }
        }
      }
    }
  }
  assignments.flush();
  deadlines.flush();
  deliverables.flush();
  await db.closeLanes();
  await client.query('BEGIN');
  const restoreStarted = performance.now();
  for (const statement of restore) await client.query(statement);
  db.millis['indexes and foreign keys'] = performance.now() - restoreStarted;
  log(
    `assignments: ${nAssignment} (${Object.entries(statusCounts)
      .map(([s, c]) => `${s} ${c}`)
      .join(', ')})`,
  );
  await generateEvaluations(client, db, { units, officials, agencyCount: agencyKinds.length, monthStarts, today, pilotStart, enrolled, seed: options.seed });
  log(`evaluations: published monthly evaluations of ${monthStarts.filter((m) => monthEnd(m) < today).length} months before ${today}`);
  await client.query('COMMIT');
  const analyzeStarted = performance.now();
  await client.query('ANALYZE');
  db.millis['analyze'] = performance.now() - analyzeStarted;

  const counts: Record<string, number> = {};
  for (const table of [
    'calendar_day',
    'rank',
    'agency',
    'position',
    'unit',
    'app_user',
    'work_catalogue_item',
    'pilot',
    'pilot_unit',
    'enrollment',
    'spot_check_draw',
    'spot_check',
    'work_log',
    'assignment',
    'assignment_deadline',
    'deliverable',
    'evaluation_period',
    'evaluation',
    'evaluation_revision',
  ]) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
    counts[table] = Number(rows[0].n);
  }
  const u60 = units[0];
  const member = u60.members.find((n) => n !== u60.head && n !== u60.deputy && officials[n].category === 'CONG_CHUC') ?? u60.members[u60.members.length - 1];
  return {
    seed: options.seed,
    officials: officials.length,
    months: options.months,
    assignmentsPerMonth: options.assignmentsPerMonth,
    today,
    from,
    to,
    password: CITY_PASSWORD,
    ids: {
      agencyId: idOf('agency', 0),
      agencyCode: agencyCodes[0],
      unit60Id: u60.id,
      unit60HeadId: officials[u60.head].id,
      unit60HeadEmail: officials[u60.head].email,
      unit60OfficialId: officials[member].id,
      unit60OfficialEmail: officials[member].email,
      hrEmail,
      adminEmail,
      pilotId,
      pilotStartDate: pilotStart,
    },
    counts,
    millis: Object.fromEntries(Object.entries(db.millis).map(([k, v]) => [k, Math.round(v)])),
    elapsedMs: Math.round(performance.now() - t0),
  };
}

interface HomeWorker {
  id: string;
  officialId: string;
  unitId: string;
  weekdays: number[];
}

const WORK_NOTES = ['Xử lý hồ sơ được giao', 'Soạn thảo văn bản, tờ trình', 'Tổng hợp số liệu báo cáo', 'Trả lời kiến nghị qua hệ thống', 'Rà soát, góp ý dự thảo'];

/**
 * The pilot's days since it started: each pilot unit's daily spot-check draw among those at home
 * that day, made by libs/domain's drawSpotChecks from a seed derived from the city's, so every draw
 * verifies (npm run spot-check:verify) and is revealed after the day; its checks closed with an
 * outcome (about 85% on time, 7% late, 8% missed), and the home-workers' work logs (one to three a
 * working day, 7–8 hours in all).
 */
function generateHomeWork(
  db: Writer,
  r: RandomSource,
  input: { seed: string; pilotId: string; homeWorkers: HomeWorker[]; days: { from: LocalDate; until: LocalDate }; isWorkingDay: (d: LocalDate) => boolean },
): { draws: number; checks: number; workLogs: number } {
  const draws = new Batch(db, 'spot_check_draw', [
    ['id', 'uuid'],
    ['pilot_id', 'uuid'],
    ['unit_id', 'uuid'],
    ['date', 'date'],
    ['algorithm', 'text'],
    ['commitment', 'text'],
    ['seed_hex', 'text'],
    ['roster', 'jsonb'],
    ['roster_hash', 'text'],
    ['parameters', 'jsonb'],
    ['k', 'int4'],
    ['picks', 'jsonb'],
    ['drawn_at', 'timestamptz'],
    ['revealed_at', 'timestamptz'],
  ]);
  const checks = new Batch(db, 'spot_check', [
    ['id', 'uuid'],
    ['draw_id', 'uuid'],
    ['pilot_id', 'uuid'],
    ['unit_id', 'uuid'],
    ['official_id', 'uuid'],
    ['enrollment_id', 'uuid'],
    ['date', 'date'],
    ['pick_order', 'int4'],
    ['prompt_at', 'timestamptz'],
    ['answer_by', 'timestamptz'],
    ['closes_at', 'timestamptz'],
    ['status', 'text'],
    ['prompted_at', 'timestamptz'],
    ['responded_at', 'timestamptz'],
    ['response_note', 'text'],
    ['outcome', 'text'],
    ['version', 'int4'],
  ]);
  const logs = new Batch(db, 'work_log', [
    ['id', 'uuid'],
    ['official_id', 'uuid'],
    ['unit_id', 'uuid'],
    ['work_date', 'date'],
    ['minutes', 'int4'],
    ['note', 'text'],
    ['created_at', 'timestamptz'],
  ]);
  const parameters = drawParameters(DEFAULT_RULE_SET);
  const lastWindow = parameters.coreHours[parameters.coreHours.length - 1];
  const byUnit = new Map<string, HomeWorker[]>();
  for (const h of input.homeWorkers) byUnit.set(h.unitId, [...(byUnit.get(h.unitId) ?? []), h]);
  let nDraw = 0;
  let nCheck = 0;
  let nLog = 0;
  for (let d = input.days.from; d <= input.days.until; d = addDays(d, 1)) {
    if (!input.isWorkingDay(d)) continue;
    const weekday = isoWeekday(d);
    const closesAt = `${d}T${lastWindow.end}:00+07:00`;
    for (const [unitId, workers] of byUnit) {
      for (const h of workers) {
        let left = 420 + 15 * r.uniformInt(5);
        for (let part = 1 + r.uniformInt(3); part > 0 && left > 0; part--) {
          const minutes = part === 1 ? left : Math.min(left, 60 + 30 * r.uniformInt(6));
          left -= minutes;
          logs.add(HOME_IDS.workLog(nLog++), h.officialId, unitId, d, minutes, pick(r, WORK_NOTES), at(d, 17, r.uniformInt(50)));
        }
      }
      const home = workers.filter((h) => h.weekdays.includes(weekday));
      if (!home.length) continue;
      const seedHex = sha256Hex(`ketqua/city/${input.seed}/spot-check/${unitId}/${d}`);
      const draw = drawSpotChecks({ seedHex, unitId, date: d, roster: home.map((h) => h.officialId), ...parameters, ruleSetVersion: DEFAULT_RULE_SET_VERSION });
      const drawId = HOME_IDS.draw(nDraw++);
      draws.add(
        drawId,
        input.pilotId,
        unitId,
        d,
        draw.algorithm,
        draw.commitment,
        seedHex,
        JSON.stringify(draw.roster),
        draw.rosterHash,
        draw.parameters,
        draw.k,
        JSON.stringify(draw.picks),
        at(d, 6),
        closesAt,
      );
      const enrollmentOf = new Map(home.map((h) => [h.officialId, h.id]));
      for (const p of draw.picks) {
        const dice = r.uniformInt(100);
        const promptAt = new Date(p.promptAt).getTime();
        const window = new Date(p.answerBy).getTime() - promptAt;
        const outcome = dice < 85 ? 'ON_TIME' : dice < 92 ? 'LATE' : 'MISSED';
        const respondedAt =
          outcome === 'ON_TIME'
            ? new Date(promptAt + Math.floor(window * (0.1 + 0.8 * r.nextFloat()))).toISOString()
            : outcome === 'LATE'
              ? new Date(new Date(p.answerBy).getTime() + 60_000 * (1 + r.uniformInt(20))).toISOString()
              : null;
        checks.add(
          HOME_IDS.check(nCheck++),
          drawId,
          input.pilotId,
          unitId,
          p.officialId,
          enrollmentOf.get(p.officialId),
          d,
          p.order,
          p.promptAt,
          p.answerBy,
          closesAt,
          'CLOSED',
          p.promptAt,
          respondedAt,
          respondedAt ? 'Đang làm việc' : null,
          outcome,
          1,
        );
      }
    }
  }
  draws.flush();
  checks.flush();
  logs.flush();
  return { draws: nDraw, checks: nCheck, workLogs: nLog };
}

const HOME_IDS = {
  draw: (n: number) => `3a000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
  check: (n: number) => `3b000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
  workLog: (n: number) => `3c000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
};

function monthEnd(start: LocalDate): LocalDate {
  const [y, m] = start.split('-').map(Number);
  return addDays(`${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, '0')}-01`, -1);
}

const EVALUATION_TAGS = { period: '2a000000', evaluation: '2b000000', revision: '2c000000' } as const;
const evalIdOf = (tag: keyof typeof EVALUATION_TAGS, n: number): string => `${EVALUATION_TAGS[tag]}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** The planted effect of home work on the monthly score, in points: the pilot report's DiD should find it. */
export const CITY_PLANTED_EFFECT = 2;

/**
 * Published monthly evaluations for every official and every month that has ended before today,
 * in a CLOSED monthly period per agency, as the evaluation module publishes them (status
 * PUBLISHED, revision 1 in evaluation_revision with its record). The score is a unit level, a
 * person level and a month wobble, plus CITY_PLANTED_EFFECT for the home cohort in the pilot
 * months; the record carries the score, the grade and a three-line receipt (units and quality).
 */
async function generateEvaluations(
  client: Client,
  db: Writer,
  c: { units: Unit[]; officials: Official[]; agencyCount: number; monthStarts: LocalDate[]; today: LocalDate; pilotStart: LocalDate; enrolled: Set<number>; seed: string },
): Promise<void> {
  const r = seededRandom(`ketqua/city/${c.seed}/evaluations`);
  const months = c.monthStarts.filter((m) => monthEnd(m) < c.today);
  const restore = await suspendIndexesAndForeignKeys(client, ['evaluation', 'evaluation_revision']);
  const periods = new Batch(db, 'evaluation_period', [
    ['id', 'uuid'],
    ['kind', 'text'],
    ['year', 'int4'],
    ['number', 'int4'],
    ['starts_on', 'date'],
    ['ends_on', 'date'],
    ['agency_id', 'uuid'],
    ['name', 'text'],
    ['status', 'text'],
    ['self_assessment_until', 'date'],
    ['head_scoring_until', 'date'],
    ['publish_until', 'date'],
    ['cut_off_at', 'timestamptz'],
    ['facts_frozen_at', 'timestamptz'],
    ['version', 'int4'],
  ]);
  const periodOf = (a: number, m: number) => evalIdOf('period', a * months.length + m);
  for (let a = 0; a < c.agencyCount; a++)
    months.forEach((start, m) => {
      const end = monthEnd(start);
      const cutOff = at(addDays(end, 1), 0);
      periods.add(
        periodOf(a, m),
        'MONTH',
        Number(start.slice(0, 4)),
        Number(start.slice(5, 7)),
        start,
        end,
        idOf('agency', a),
        `Tháng ${Number(start.slice(5, 7))}/${start.slice(0, 4)}`,
        'CLOSED',
        addDays(end, 3),
        addDays(end, 8),
        addDays(end, 15),
        cutOff,
        cutOff,
        1,
      );
    });
  periods.flush();
  const evaluations = new Batch(
    db,
    'evaluation',
    [
      ['id', 'uuid'],
      ['period_id', 'uuid'],
      ['official_id', 'uuid'],
      ['unit_id', 'uuid'],
      ['agency_id', 'uuid'],
      ['position_id', 'uuid'],
      ['task_group', 'text'],
      ['regime', 'text'],
      ['is_leader', 'bool'],
      ['evaluator_id', 'uuid'],
      ['evaluator_level', 'text'],
      ['status', 'text'],
      ['revision', 'int4'],
      ['rule_set_version', 'text'],
      ['published_by_id', 'uuid'],
      ['published_at', 'timestamptz'],
      ['version', 'int4'],
    ],
    Infinity,
  );
  const revisions = new Batch(
    db,
    'evaluation_revision',
    [
      ['id', 'uuid'],
      ['evaluation_id', 'uuid'],
      ['revision', 'int4'],
      ['record', 'jsonb'],
      ['published_by_id', 'uuid'],
      ['published_at', 'timestamptz'],
    ],
    Infinity,
  );
  const unitLevel = c.units.map(() => (r.nextFloat() - 0.5) * 10);
  const personLevel = c.officials.map(() => (r.nextFloat() - 0.5) * 8);
  let n = 0;
  for (const unit of c.units) {
    const head = c.officials[unit.head];
    const evaluatorOf = (o: Official) => (o.n === unit.head ? (unit.parent !== null ? c.officials[c.units[unit.parent].head].id : null) : head.id);
    for (const memberN of unit.members) {
      const o = c.officials[memberN];
      const home = c.enrolled.has(memberN);
      months.forEach((start, m) => {
        const pilotMonth = start >= c.pilotStart;
        const exact = 80 + unitLevel[unit.n] + personLevel[memberN] + (r.nextFloat() - 0.5) * 3 + (pilotMonth ? 0.5 : 0) + (home && pilotMonth ? CITY_PLANTED_EFFECT : 0);
        const score = Math.floor(Math.min(100, Math.max(0, exact)) * 100) / 100;
        const grade =
          o.category === 'VIEN_CHUC' ? 'HOAN_THANH_TOT' : score >= 90 ? 'HOAN_THANH_XUAT_SAC' : score >= 70 ? 'HOAN_THANH_TOT' : score >= 50 ? 'HOAN_THANH' : 'KHONG_HOAN_THANH';
        const quality = 100 - 25 * (r.uniformInt(20) === 0 ? 1 : 0);
        const record = {
          regime: o.category,
          ruleSetVersion: DEFAULT_RULE_SET_VERSION,
          score: o.category === 'VIEN_CHUC' ? null : score,
          exactScore: o.category === 'VIEN_CHUC' ? null : exact,
          computedGrade: grade,
          grade,
          receipt: {
            lines: [
              { expectedUnits: 4, deliveredUnits: 4, quantity: 100, quality, progress: 100 },
              { expectedUnits: 2, deliveredUnits: 2, quantity: 100, quality: 100, progress: 100 },
              { expectedUnits: 1, deliveredUnits: 1, quantity: 100, quality: 100, progress: 75 },
            ],
          },
        };
        const evaluator = evaluatorOf(o);
        const publishedAt = at(addDays(monthEnd(start), 10), 16);
        const id = evalIdOf('evaluation', n);
        evaluations.add(
          id,
          periodOf(unit.agency, m),
          o.id,
          unit.id,
          idOf('agency', unit.agency),
          o.positionId ?? null,
          'CHUYEN_VIEN',
          o.category,
          memberN === unit.head,
          evaluator,
          evaluator ? 'UNIT_HEAD' : 'HR',
          'PUBLISHED',
          1,
          DEFAULT_RULE_SET_VERSION,
          head.id,
          publishedAt,
          1,
        );
        revisions.add(evalIdOf('revision', n), id, 1, JSON.stringify(record), head.id, publishedAt);
        n++;
        if (n % 5000 === 0) {
          evaluations.flush();
          revisions.flush();
        }
      });
    }
    await db.drain(3);
  }
  evaluations.flush();
  revisions.flush();
  await db.done();
  for (const statement of restore) await client.query(statement);
}
