import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, AuthUser, CurrentUser } from '@ketqua/api/core';
import { EvaluationSheetRecord } from './models/evaluation-sheet.model';
import { SheetService } from './sheet.service';
import { GRADE_VI } from './sheet-text';

@Resolver(() => EvaluationSheetRecord)
export class SheetResolver {
  constructor(private readonly sheets: SheetService) {}

  /**
   * Any signed-in user may check a printed code: the code is printed on the paper they were handed,
   * and the answer carries only what that paper shows. Every lookup, found or not, is audited.
   */
  @Authenticated()
  @Query(() => EvaluationSheetRecord, { description: 'Xác minh phiếu đánh giá: the published record a printed verification code stands for; NOT_FOUND for an unknown code.' })
  async evaluationSheet(@CurrentUser() user: AuthUser, @Args('code') code: string): Promise<EvaluationSheetRecord> {
    return EvaluationSheetRecord.from(await this.sheets.verify(user, code), GRADE_VI);
  }
}
