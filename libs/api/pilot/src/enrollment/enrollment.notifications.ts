import { LocalisedText, NotificationRequest, PendingNotifications } from '@ketqua/api/core';
import { EnrollmentEntity } from './enrollment.entity';

const TITLES: Record<string, LocalisedText> = {
  'pilot.enrollment.approved': { vi: 'Đăng ký làm việc tại nhà đã được duyệt', en: 'Your home-work request was approved' },
  'pilot.enrollment.rejected': { vi: 'Đăng ký làm việc tại nhà bị từ chối', en: 'Your home-work request was refused' },
  'pilot.enrollment.suspended': { vi: 'Việc làm việc tại nhà của bạn bị tạm dừng', en: 'Your home work is suspended' },
  'pilot.enrollment.resumed': { vi: 'Bạn được làm việc tại nhà trở lại', en: 'Your home work is resumed' },
  'pilot.enrollment.ended': { vi: 'Việc làm việc tại nhà của bạn đã kết thúc', en: 'Your home work has ended' },
};

/** What the official is told when the head (or HR) decides on their enrollment; the reason goes with it. */
export function decisionNotice(action: string, e: EnrollmentEntity, reason: string | null | undefined): NotificationRequest | null {
  const title = TITLES[action];
  if (!title) return null;
  return {
    recipientId: e.officialId,
    kind: `ENROLLMENT_${action.split('.').at(-1)?.toUpperCase()}`,
    title,
    body: reason ? { vi: `Lý do: ${reason}`, en: `Reason: ${reason}` } : undefined,
    subject: { kind: 'ENROLLMENT', id: e.id },
    data: { enrollmentId: e.id },
  };
}

/** The head of the official's unit learns of a new request waiting in their queue. */
export function requestNotice(headId: string, officialName: string, e: EnrollmentEntity): NotificationRequest {
  return {
    recipientId: headId,
    kind: 'ENROLLMENT_REQUESTED',
    title: { vi: `${officialName} đăng ký làm việc tại nhà`, en: `${officialName} asks to work from home` },
    body: { vi: 'Yêu cầu đang chờ anh/chị duyệt.', en: 'The request waits for your decision.' },
    subject: { kind: 'ENROLLMENT', id: e.id },
    data: { enrollmentId: e.id },
  };
}

/** The request notices about one enrollment: handled once it is decided or withdrawn. */
export const requestSubject = (enrollmentId: string): PendingNotifications => ({ kinds: ['ENROLLMENT_REQUESTED'], data: { enrollmentId } });

/** The head learns that an official withdrew a request or stopped working from home. */
export function withdrawalNotice(headId: string, officialName: string, e: EnrollmentEntity, wasPending: boolean, reason: string | null): NotificationRequest {
  return {
    recipientId: headId,
    kind: 'ENROLLMENT_WITHDRAWN',
    title: wasPending
      ? { vi: `${officialName} đã rút đăng ký làm việc tại nhà`, en: `${officialName} withdrew their home-work request` }
      : { vi: `${officialName} thôi làm việc tại nhà`, en: `${officialName} stopped working from home` },
    body: reason ? { vi: `Lý do: ${reason}`, en: `Reason: ${reason}` } : undefined,
    subject: { kind: 'ENROLLMENT', id: e.id },
    data: { enrollmentId: e.id },
  };
}
