import { registerEnumType } from '@nestjs/graphql';
import { GRADES } from '@ketqua/domain';

/**
 * GraphQL enums the evaluation features share (one registration each, so the schema has one type
 * per name): the legal regime and the grade.
 */
export enum EvaluationRegimeEnum {
  CONG_CHUC = 'CONG_CHUC',
  VIEN_CHUC = 'VIEN_CHUC',
}
registerEnumType(EvaluationRegimeEnum, { name: 'EvaluationRegime', description: 'công chức (Decree 335/2025) · viên chức (Decree 90/2020 as amended by 48/2023)' });

export const EvaluationGradeEnum = Object.fromEntries(GRADES.map((grade) => [grade, grade])) as { [G in (typeof GRADES)[number]]: G };
registerEnumType(EvaluationGradeEnum, { name: 'EvaluationGrade', description: 'xếp loại chất lượng; NOT_CLASSIFIED = không xếp loại' });
