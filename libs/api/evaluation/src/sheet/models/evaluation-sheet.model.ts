import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@ketqua/api/core';
import { SheetVerification } from '../sheet.service';

@ObjectType({ description: 'Tên mức xếp loại, tiếng Việt và tiếng Anh.' })
export class SheetGradeLabel {
  @Field() vi!: string;
  @Field() en!: string;
}

const GRADE_EN: Record<string, string> = {
  HOAN_THANH_XUAT_SAC: 'Excellent completion of duties',
  HOAN_THANH_TOT: 'Good completion of duties',
  HOAN_THANH: 'Completion of duties',
  KHONG_HOAN_THANH: 'Failure to complete duties',
  NOT_CLASSIFIED: 'Not classified',
};

@ObjectType({ description: 'The published record a printed sheet’s verification code stands for (Xác minh phiếu đánh giá).' })
export class EvaluationSheetRecord {
  @Field() code!: string;
  @Field(() => ID) evaluationId!: string;
  @Field() officialName!: string;
  @Field() unitName!: string;
  @Field() agencyName!: string;
  @Field() periodName!: string;
  @Field(() => LocalDateScalar) periodStartsOn!: string;
  @Field(() => LocalDateScalar) periodEndsOn!: string;
  @Field({ description: 'CONG_CHUC or VIEN_CHUC.' }) regime!: string;
  @Field(() => String, { nullable: true, description: 'HOAN_THANH_XUAT_SAC, HOAN_THANH_TOT, HOAN_THANH, KHONG_HOAN_THANH or NOT_CLASSIFIED.' })
  grade!: string | null;
  @Field(() => SheetGradeLabel, { nullable: true }) gradeLabel!: SheetGradeLabel | null;
  @Field(() => String, { nullable: true, description: 'Công chức: the total out of 100 as printed (formatScore, two decimals truncated).' })
  score!: string | null;
  @Field(() => Int, { description: 'The published revision the code stands for.' }) revision!: number;
  @Field(() => GraphQLISODateTime) publishedAt!: Date;
  @Field(() => Int, { description: 'The latest published revision of the evaluation.' }) latestRevision!: number;
  @Field({ description: 'True when the code stands for the latest publication and the evaluation has not been reopened since.' })
  isLatestRevision!: boolean;
  @Field({ description: 'The evaluation was reopened after this publication (a new revision may replace it).' }) reopened!: boolean;
  @Field() ruleSetVersion!: string;

  static from(v: SheetVerification, gradeVi: Record<string, string>): EvaluationSheetRecord {
    return Object.assign(new EvaluationSheetRecord(), {
      ...v,
      gradeLabel: v.grade ? Object.assign(new SheetGradeLabel(), { vi: gradeVi[v.grade], en: GRADE_EN[v.grade] }) : null,
    });
  }
}
