import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { EvaluationRecord, EvaluationRecordNumbers, ReceiptLine } from '../../shared/evaluation-record';
import { EvaluationRegimeEnum, GradeEnum } from '../../shared/evaluation.enums';
import type { EvaluationRegime } from '../evaluation.entity';
import { TaskCombinationModel } from '../../criteria/models/criteria-template.model';

@ObjectType({ description: 'Vietnamese first, English beside it.' })
export class LocalisedString {
  @Field() vi!: string;
  @Field() en!: string;
}

@ObjectType({ description: 'One deduction of 25 points (quality: a return for a major content error; progress: a missed deadline), with its waiver when waived.' })
export class ReceiptDeduction {
  @Field({ description: 'MAJOR_ERROR_RETURN or MISSED_DEADLINE' }) kind!: string;
  @Field() reason!: string;
  @Field(() => Float) points!: number;
  @Field() waived!: boolean;
  @Field(() => String, { nullable: true, description: 'The objective cause and its written confirmation.' }) waiver!: string | null;
}

@ObjectType({ description: 'An assignment counted in the period: its converted units, its three percentages and each deduction.' })
export class ReceiptLineModel {
  @Field(() => ID) assignmentId!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) sourceDocument!: string | null;
  @Field() status!: string;
  @Field() deadlineDate!: string;
  @Field(() => Float) expectedUnits!: number;
  @Field(() => Float) deliveredUnits!: number;
  @Field(() => Float) quantity!: number;
  @Field(() => Float) quality!: number;
  @Field(() => Float) progress!: number;
  @Field(() => [ReceiptDeduction]) deductions!: ReceiptDeduction[];

  static from(l: ReceiptLine): ReceiptLineModel {
    return Object.assign(new ReceiptLineModel(), {
      assignmentId: l.assignmentId,
      title: l.title,
      sourceDocument: l.sourceDocument,
      status: l.status,
      deadlineDate: l.deadlineDate,
      expectedUnits: l.expectedUnits,
      deliveredUnits: l.deliveredUnits,
      quantity: l.quantity,
      quality: l.quality,
      progress: l.progress,
      deductions: l.deductions.map((d) => Object.assign(new ReceiptDeduction(), { kind: d.kind, reason: d.reason, points: d.points, waived: d.waived, waiver: d.waiver })),
    });
  }
}

@ObjectType({ description: 'Biên lai: every assignment counted, the formula, the rounding, the explanations.' })
export class Receipt {
  @Field(() => [ReceiptLineModel]) lines!: ReceiptLineModel[];
  @Field(() => TaskCombinationModel) combination!: TaskCombinationModel;
  @Field(() => LocalisedString) formula!: LocalisedString;
  @Field(() => LocalisedString) rounding!: LocalisedString;
  @Field({ description: 'The libs/domain explanations (rule, source, steps), as JSON.' }) explanationsJson!: string;

  static from(receipt: EvaluationRecord['receipt']): Receipt {
    const model = Object.assign(new Receipt(), {
      lines: receipt.lines.map(ReceiptLineModel.from),
      combination: Object.assign(new TaskCombinationModel(), receipt.combination),
      formula: Object.assign(new LocalisedString(), receipt.formula),
      rounding: Object.assign(new LocalisedString(), receipt.rounding),
    });
    // Serialised only when asked for: the period board reads 60 records and none of their explanations.
    let json: string | undefined;
    Object.defineProperty(model, 'explanationsJson', { enumerable: true, get: () => (json ??= JSON.stringify(receipt.explanations)) });
    return model;
  }
}

@ObjectType({ description: "A leader's unit-results component, or why it does not apply." })
export class LeaderComponentModel {
  @Field() applies!: boolean;
  @Field(() => Float, { nullable: true }) unitResultsPercent!: number | null;
  @Field(() => Float) weightPercent!: number;
  @Field({ description: 'OWN_WORK_AND_UNIT_RESULTS or OWN_WORK_ONLY' }) taskResultsFrom!: string;
}

@ObjectType({ description: 'Viên chức: the task tally and the conditions met.' })
export class VienChucResult {
  @Field(() => Int) total!: number;
  @Field(() => Int) short!: number;
  @Field(() => Int) exceeding!: number;
  @Field(() => [String]) reasons!: string[];
}

@ObjectType({ description: 'Every number of an evaluation, computed by libs/domain (buildRecord) on the frozen facts with the recorded rule set.' })
export class EvaluationRecordModel {
  @Field(() => EvaluationRegimeEnum) regime!: EvaluationRegime;
  @Field() ruleSetVersion!: string;
  @Field(() => Float, { nullable: true, description: 'Out of 100, two decimals truncated; null until scored or for viên chức.' }) score!: number | null;
  @Field(() => Float, { nullable: true }) taskPercent!: number | null;
  @Field(() => Float, { nullable: true }) taskPoints!: number | null;
  @Field(() => Float, { nullable: true }) generalPoints!: number | null;
  @Field(() => GradeEnum, { nullable: true }) computedGrade!: string | null;
  @Field(() => GradeEnum, { nullable: true }) grade!: string | null;
  @Field() gradeChangedFromComputed!: boolean;
  @Field(() => String, { nullable: true }) gradeChangeReason!: string | null;
  @Field(() => String, { nullable: true }) notClassifiedReason!: string | null;
  @Field(() => [String]) overrideReasons!: string[];
  @Field(() => LeaderComponentModel, { nullable: true }) leaderComponent!: LeaderComponentModel | null;
  @Field(() => VienChucResult, { nullable: true }) vienChuc!: VienChucResult | null;
  @Field(() => Receipt) receipt!: Receipt;

  /** From a full record, or from its numbers only when the request does not select the receipt. */
  static from(r: EvaluationRecord | EvaluationRecordNumbers): EvaluationRecordModel {
    return Object.assign(new EvaluationRecordModel(), {
      regime: r.regime,
      ruleSetVersion: r.ruleSetVersion,
      score: r.score,
      taskPercent: r.taskPercent,
      taskPoints: r.taskPoints,
      generalPoints: r.generalPoints,
      computedGrade: r.computedGrade,
      grade: r.grade,
      gradeChangedFromComputed: r.gradeChangedFromComputed,
      gradeChangeReason: r.gradeChangeReason,
      notClassifiedReason: r.notClassifiedReason,
      overrideReasons: [...r.overrideReasons],
      leaderComponent: r.leaderComponent ? Object.assign(new LeaderComponentModel(), r.leaderComponent) : null,
      vienChuc: r.vienChuc ? Object.assign(new VienChucResult(), { ...r.vienChuc.tally, reasons: [...r.vienChuc.reasons] }) : null,
      ...('receipt' in r ? { receipt: Receipt.from(r.receipt) } : {}),
    });
  }
}
