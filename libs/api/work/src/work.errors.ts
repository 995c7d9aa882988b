import { BadInputError, ConflictError, ForbiddenError, LocalisedText, NotFoundError } from '@ketqua/api/core';
import { AssignmentAction, AssignmentStatus } from './assignment/assignment-status';

export const WHAT = {
  assignment: { vi: 'nhiệm vụ', en: 'assignment' },
  catalogueItem: { vi: 'sản phẩm trong danh mục', en: 'catalogue item' },
  deliverable: { vi: 'sản phẩm đã nộp', en: 'deliverable' },
  file: { vi: 'tệp', en: 'file' },
  workLog: { vi: 'nhật ký công việc', en: 'work log' },
  deadline: { vi: 'hạn xử lý', en: 'deadline' },
  incomingDocument: { vi: 'văn bản đến', en: 'incoming document' },
} satisfies Record<string, LocalisedText>;

export const notFound = (what: keyof typeof WHAT, id?: string) => new NotFoundError(WHAT[what], id);

const STATUS_VI: Record<AssignmentStatus, string> = {
  ASSIGNED: 'đã giao',
  IN_PROGRESS: 'đang thực hiện',
  SUBMITTED: 'đã nộp, chờ duyệt',
  RETURNED: 'bị trả lại',
  ACCEPTED: 'đã nghiệm thu',
  CANCELLED: 'đã hủy',
};
const ACTION: Record<AssignmentAction, LocalisedText> = {
  start: { vi: 'bắt đầu thực hiện', en: 'start' },
  submit: { vi: 'nộp sản phẩm', en: 'submit a deliverable for' },
  accept: { vi: 'nghiệm thu', en: 'accept' },
  return: { vi: 'trả lại', en: 'return' },
  cancel: { vi: 'hủy', en: 'cancel' },
  edit: { vi: 'sửa', en: 'edit' },
  extend: { vi: 'gia hạn', en: 'extend' },
  log: { vi: 'ghi nhật ký cho', en: 'log work on' },
};

/** An action the current status does not allow: CONFLICT, and nothing is changed. */
export const invalidTransition = (status: AssignmentStatus, action: AssignmentAction) =>
  new ConflictError(
    'INVALID_TRANSITION',
    {
      vi: `Không thể ${ACTION[action].vi} nhiệm vụ đang ở trạng thái "${STATUS_VI[status]}".`,
      en: `Cannot ${ACTION[action].en} an assignment whose status is ${status}.`,
    },
    { status, action },
  );

export const notTheAssignee = () =>
  new ForbiddenError('NOT_ASSIGNEE', { vi: 'Chỉ người được giao nhiệm vụ mới thực hiện được thao tác này.', en: 'Only the assignee may do this.' });

export const selfAssignment = () =>
  new BadInputError(
    'SELF_ASSIGNMENT',
    {
      vi: 'Không thể tự giao nhiệm vụ hay tự duyệt sản phẩm của mình: người đánh giá không được là người được đánh giá.',
      en: 'You cannot assign work to yourself or review your own deliverable: the evaluator is never the evaluatee.',
    },
    [{ field: 'input.assigneeIds', message: { vi: 'không được là chính bạn', en: 'must not be yourself' } }],
  );

export const invalidReference = (field: string, vi: string, en: string) =>
  new BadInputError('INVALID_REFERENCE', { vi: `${field}: ${vi}`, en: `${field}: ${en}` }, [{ field, message: { vi, en } }]);

export const badField = (reason: string, field: string, vi: string, en: string) =>
  new BadInputError(reason, { vi: `${field}: ${vi}`, en: `${field}: ${en}` }, [{ field, message: { vi, en } }]);

export const duplicateCatalogueCode = (code: string) =>
  new ConflictError(
    'DUPLICATE_CODE',
    {
      vi: `Mã "${code}" đã có trong danh mục sản phẩm của đơn vị.`,
      en: `The code "${code}" is already in the unit's catalogue.`,
    },
    { duplicateCode: code },
  );
