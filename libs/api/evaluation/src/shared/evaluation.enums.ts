import { registerEnumType } from '@nestjs/graphql';
import { EVALUATION_STATUSES, GRADES } from '@ketqua/domain';

/** The flow's statuses (libs/domain EVALUATION_STATUSES) as a GraphQL enum. */
export const EvaluationStatus = Object.fromEntries(EVALUATION_STATUSES.map((s) => [s, s])) as { [K in (typeof EVALUATION_STATUSES)[number]]: K };
registerEnumType(EvaluationStatus, {
  name: 'EvaluationStatus',
  description: 'chờ tự đánh giá · trả lại để sửa · chờ người đánh giá · đã chấm · đã duyệt · đã công bố · mở lại',
});

/** Grades (libs/domain GRADES) as a GraphQL enum: one registration per name, shared by every evaluation feature. */
export const GradeEnum = Object.fromEntries(GRADES.map((g) => [g, g])) as { [K in (typeof GRADES)[number]]: K };
registerEnumType(GradeEnum, {
  name: 'Grade',
  description: 'Hoàn thành xuất sắc nhiệm vụ · Hoàn thành tốt nhiệm vụ · Hoàn thành nhiệm vụ · Không hoàn thành nhiệm vụ · Không xếp loại',
});

export enum EvaluationRegimeEnum {
  CONG_CHUC = 'CONG_CHUC',
  VIEN_CHUC = 'VIEN_CHUC',
}
registerEnumType(EvaluationRegimeEnum, {
  name: 'EvaluationRegime',
  description: 'công chức (Decree 335/2025, điểm) · viên chức (Decree 90/2020 as amended by 48/2023, điều kiện)',
});

export const EvaluatorLevelEnum = { UNIT_HEAD: 'UNIT_HEAD', LEVEL_ABOVE: 'LEVEL_ABOVE', HR: 'HR' } as const;
registerEnumType(EvaluatorLevelEnum, { name: 'EvaluatorLevel', description: 'trưởng đơn vị · cấp trên trực tiếp · tổ chức cán bộ' });
