/** Anything JSON can carry: explanations travel through GraphQL and are stored with evaluations. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** A deduction a UI lists under a number: why, how much, and whether an objective cause waived it. */
export interface Deduction {
  reason: string;
  points: number;
  waived: boolean;
  /** The recorded objective cause (nguyên nhân khách quan) and its written confirmation, when waived. */
  waiver: string | null;
}

export interface ExplanationStep {
  label: string;
  value: JsonValue;
  /** The arithmetic as a person would write it, e.g. "(100 + 75 + 100) / 3". */
  formula?: string;
}

/**
 * The breakdown behind every number Ketqua shows (PRODUCT 4.4: "every number on an evaluation can
 * be opened to see where it came from"). Plain data: the API stores it and the UI renders it.
 */
export interface Explanation {
  /** Stable id of the rule, e.g. "assignment.quality". */
  rule: string;
  /** The legal source or pilot principle the rule encodes. */
  source: string;
  ruleSetVersion: string;
  inputs: JsonObject;
  steps: ExplanationStep[];
  deductions: Deduction[];
  result: JsonValue;
}

export function explain(parts: Omit<Explanation, 'deductions' | 'steps'> & { steps?: ExplanationStep[]; deductions?: Deduction[] }): Explanation {
  return { ...parts, steps: parts.steps ?? [], deductions: parts.deductions ?? [] };
}
