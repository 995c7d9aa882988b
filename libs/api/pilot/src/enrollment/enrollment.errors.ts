import { BadInputError, ConflictError, ForbiddenError } from '@ketqua/api/core';
import { CapCheck as DomainCapCheck, formatLocalDate, IneligibilityReason } from '@ketqua/domain';
import { WEEKDAY_TEXT } from '../shared/weekdays';

const REASON_TEXT: Record<IneligibilityReason, { vi: string; en: string }> = {
  HANDLES_ADMINISTRATIVE_PROCEDURES: { vi: 'giải quyết thủ tục hành chính', en: 'handles administrative procedures' },
  RECEIVES_CITIZENS: { vi: 'tiếp công dân', en: 'receives citizens' },
  ISSUES_DECISIONS: { vi: 'ban hành quyết định', en: 'issues decisions' },
};

const STATUS_TEXT: Record<string, { vi: string; en: string }> = {
  PENDING: { vi: 'chờ duyệt', en: 'pending' },
  APPROVED: { vi: 'đang hiệu lực', en: 'approved' },
  REJECTED: { vi: 'bị từ chối', en: 'refused' },
  SUSPENDED: { vi: 'tạm dừng', en: 'suspended' },
  ENDED: { vi: 'đã kết thúc', en: 'ended' },
};

const percent = (value: number, lang: 'vi' | 'en') => (lang === 'vi' ? String(value).replace('.', ',') : String(value));

export const positionNotEligible = (positionName: string, reasons: IneligibilityReason[]) =>
  new ConflictError(
    'POSITION_NOT_ELIGIBLE',
    {
      vi: `Vị trí "${positionName}" không thuộc diện làm việc tại nhà vì ${reasons.map((r) => REASON_TEXT[r].vi).join(', ')}; chỉ được đăng ký khi Sở Nội vụ cho phép ngoại lệ.`,
      en: `The position "${positionName}" cannot work from home because it ${reasons.map((r) => REASON_TEXT[r].en).join(', ')}; only an HR exception allows it.`,
    },
    { reasons },
  );

export const noPosition = () =>
  new ConflictError('POSITION_NOT_ELIGIBLE', {
    vi: 'Bạn chưa được gán vị trí việc làm nên chưa thể xét điều kiện làm việc tại nhà; hãy liên hệ phòng Tổ chức cán bộ.',
    en: 'You have no job position yet, so eligibility cannot be decided; contact HR.',
  });

/**
 * The refusal names the day and the numbers (PRODUCT.md 4.1): "Thứ Hai: 3/7 người làm việc tại nhà
 * (42,86%), vượt mức tối đa 30% (tối đa 2 người)".
 */
export function capRefused(check: DomainCapCheck): ConflictError {
  const vi: string[] = [];
  const en: string[] = [];
  for (const violation of check.violations) {
    if (violation.kind === 'HOME_DAYS_PER_WEEK') {
      vi.push(`${check.weeklyLimit.homeDaysPerWeek} ngày làm việc tại nhà mỗi tuần, vượt mức tối đa ${check.weeklyLimit.max} ngày`);
      en.push(`${check.weeklyLimit.homeDaysPerWeek} home days a week, above the maximum of ${check.weeklyLimit.max}`);
      continue;
    }
    const day = check.weekdays.find((d) => d.weekday === violation.weekday);
    if (!day) continue;
    const name = WEEKDAY_TEXT[day.weekday];
    const first = violation.firstDate ? formatLocalDate(violation.firstDate) : '';
    if (violation.kind === 'HOME_SHARE_CAP') {
      vi.push(
        `${name.vi} (từ ngày ${first}): ${day.homeCount}/${day.total} người làm việc tại nhà (${percent(day.sharePercent, 'vi')}%), vượt mức tối đa ${percent(day.capPercent, 'vi')}% (tối đa ${day.maxHome} người)`,
      );
      en.push(`${name.en} (from ${first}): ${day.homeCount} of ${day.total} at home (${day.sharePercent}%), above the cap of ${day.capPercent}% (at most ${day.maxHome})`);
    } else {
      vi.push(`${name.vi} (từ ngày ${first}): chỉ còn ${day.onSiteCount} người tại cơ quan, ít hơn mức tối thiểu ${day.minOnSite} người`);
      en.push(`${name.en} (from ${first}): only ${day.onSiteCount} on site, below the minimum of ${day.minOnSite}`);
    }
  }
  const reason = check.violations[0]?.kind === 'MIN_ON_SITE' ? 'MIN_ON_SITE' : check.violations[0]?.kind === 'HOME_DAYS_PER_WEEK' ? 'HOME_DAYS_PER_WEEK' : 'HOME_SHARE_CAP';
  return new ConflictError(
    reason,
    {
      vi: `Không thể duyệt vì vượt giới hạn của đơn vị. ${vi.join('; ')}.`,
      en: `Cannot approve: the unit's limits would break. ${en.join('; ')}.`,
    },
    {
      violations: check.violations.map((v) => ({ kind: v.kind, weekday: v.weekday, firstDate: v.firstDate })),
    },
  );
}

export const tooManyHomeDays = (asked: number, max: number) =>
  new BadInputError(
    'HOME_DAYS_PER_WEEK',
    {
      vi: `Đề án cho phép tối đa ${max} ngày làm việc tại nhà mỗi tuần; bạn đã chọn ${asked} ngày.`,
      en: `The pilot allows at most ${max} home days a week; you chose ${asked}.`,
    },
    [{ field: 'input.weekdays', message: { vi: `tối đa ${max} ngày mỗi tuần`, en: `at most ${max} days a week` } }],
  );

export const commitmentNotAccepted = () =>
  new BadInputError(
    'COMMITMENT_REQUIRED',
    {
      vi: 'Bạn cần đọc và chấp nhận bản cam kết trước khi đăng ký làm việc tại nhà.',
      en: 'You must read and accept the commitment before asking to work from home.',
    },
    [{ field: 'input.acceptCommitment', message: { vi: 'cần chấp nhận bản cam kết', en: 'the commitment must be accepted' } }],
  );

export const commitmentOutdated = (accepted: number, current: number) =>
  new ConflictError(
    'COMMITMENT_OUTDATED',
    {
      vi: `Bản cam kết đã có phiên bản mới (phiên bản ${current}); bạn đã đọc phiên bản ${accepted}. Hãy đọc bản mới rồi đăng ký lại.`,
      en: `The commitment has a new version (${current}); you read version ${accepted}. Read the new one and ask again.`,
    },
    { currentVersion: current },
  );

export const noCommitmentPublished = () =>
  new ConflictError('NO_COMMITMENT', {
    vi: 'Chưa có bản cam kết nào được công bố nên chưa thể đăng ký; hãy liên hệ Sở Nội vụ.',
    en: 'No commitment text has been published yet; contact HR.',
  });

export const equipmentMissing = (missing: string[]) =>
  new BadInputError(
    'EQUIPMENT_REQUIRED',
    {
      vi: 'Cần xác nhận đủ thiết bị làm việc tại nhà: máy tính, điện thoại, máy in và kết nối Internet.',
      en: 'Confirm every item of the home equipment: computer, phone, printer and Internet.',
    },
    missing.map((field) => ({ field: `input.${field}`, message: { vi: 'cần xác nhận', en: 'must be confirmed' } })),
  );

export const notInPilot = () =>
  new ConflictError('UNIT_NOT_IN_PILOT', {
    vi: 'Đơn vị của bạn không tham gia đề án thí điểm này.',
    en: 'Your unit does not take part in this pilot.',
  });

/** Names the date (or dates) that fall outside the pilot. */
export const outsidePilotDates = (start: string, end: string, fields: Array<'startDate' | 'endDate'>) =>
  new BadInputError(
    'OUTSIDE_PILOT_DATES',
    {
      vi: `Thời gian đăng ký phải nằm trong thời gian đề án (${formatLocalDate(start)} – ${formatLocalDate(end)}).`,
      en: `The dates must lie within the pilot (${formatLocalDate(start)} – ${formatLocalDate(end)}).`,
    },
    fields.map((field) => ({ field: `input.${field}`, message: { vi: 'ngoài thời gian đề án', en: 'outside the pilot' } })),
  );

export const startInPast = () =>
  new BadInputError('START_IN_PAST', { vi: 'Ngày bắt đầu không được trước hôm nay.', en: 'The start date cannot be before today.' }, [
    { field: 'input.startDate', message: { vi: 'không được trước hôm nay', en: 'cannot be before today' } },
  ]);

export const endBeforeStart = () =>
  new BadInputError('INVALID_DATES', { vi: 'Ngày kết thúc phải sau ngày bắt đầu.', en: 'The end date must not be before the start date.' }, [
    { field: 'input.endDate', message: { vi: 'trước ngày bắt đầu', en: 'before the start date' } },
  ]);

export const alreadyOpen = (status: string) =>
  new ConflictError('ENROLLMENT_OPEN', {
    vi: `Bạn đã có một đăng ký làm việc tại nhà (${STATUS_TEXT[status]?.vi ?? status}) trong đề án này.`,
    en: `You already have a ${STATUS_TEXT[status]?.en ?? status} home-work enrollment in this pilot.`,
  });

export const wrongStatus = (status: string, action: { vi: string; en: string }) =>
  new ConflictError(
    'ENROLLMENT_STATUS',
    {
      vi: `Không thể ${action.vi}: đăng ký đang ở trạng thái "${STATUS_TEXT[status]?.vi ?? status}".`,
      en: `Cannot ${action.en}: the enrollment is ${STATUS_TEXT[status]?.en ?? status}.`,
    },
    { status },
  );

export const reasonRequired = () =>
  new BadInputError('REASON_REQUIRED', { vi: 'Cần ghi rõ lý do từ chối.', en: 'A reason is required to refuse.' }, [
    { field: 'input.reason', message: { vi: 'cần lý do', en: 'required' } },
  ]);

export const ownEnrollment = () =>
  new ForbiddenError('OWN_ENROLLMENT', { vi: 'Bạn không thể tự quyết định đăng ký của chính mình.', en: 'You cannot decide your own enrollment.' });

export const officialLeftUnit = () =>
  new ConflictError('OFFICIAL_LEFT_UNIT', {
    vi: 'Công chức đã chuyển khỏi đơn vị của đăng ký này; hãy từ chối và để công chức đăng ký lại ở đơn vị mới.',
    en: 'The official has left the unit of this enrollment; refuse it and let them ask again in their new unit.',
  });
