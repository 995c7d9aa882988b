import { errorCode, GqlResponse, TestApp } from '@ketqua/api/testing';

export const T_FIELDS = `id code versionNo name regime positionIds status effectiveFrom taskCombination { quantity quality progress }
  generalCriteria { code label maxPoints } leaderUnitWeightPercent ruleSetVersion baseRuleSetVersion publishedAt version`;

export const CQ = {
  create: `mutation($input: CreateCriteriaTemplateInput!) { createCriteriaTemplate(input: $input) { ${T_FIELDS} } }`,
  update: `mutation($input: UpdateCriteriaTemplateInput!) { updateCriteriaTemplate(input: $input) { ${T_FIELDS} } }`,
  publish: `mutation($input: PublishCriteriaTemplateInput!) { publishCriteriaTemplate(input: $input) { ${T_FIELDS} } }`,
  get: `query($id: ID!) { criteriaTemplate(id: $id) { ${T_FIELDS} } }`,
  list: `query($filter: CriteriaTemplateFilter) { criteriaTemplates(filter: $filter, first: 50) { totalCount edges { node { id code versionNo status } } } }`,
  published: `query($date: LocalDate) { publishedCriteria(date: $date) { regime regimeNameVi templateId templateCode templateVersionNo positionIds ruleSetVersion effectiveFrom
    taskCombination { quantity quality progress } generalCriteria { code label maxPoints } deductions { perMajorContentError perMissedDeadline }
    bands { minScore grade nameVi nameEn } leader { unitResultsWeightPercent allSubordinatesCompletePercent anySubordinateIncompletePercent }
    quota { excellentMaxPercentOfGood partyMemberShareApplies } vienChuc { minMonthsWorked } rules { key vi en } } }`,
  setShare: `mutation($input: SetPartyMemberExcellentShareInput!) { setPartyMemberExcellentShare(input: $input) { id agencyId year percent version } }`,
  shares: `query($year: Int!) { partyMemberExcellentShares(year: $year) { agencyId year percent version } }`,
};

export interface TemplateView {
  id: string;
  code: string;
  versionNo: number;
  name: string;
  regime: string;
  positionIds: string[] | null;
  status: string;
  effectiveFrom: string;
  taskCombination: { quantity: number; quality: number; progress: number };
  generalCriteria: Array<{ code: string; label: string; maxPoints: number }>;
  leaderUnitWeightPercent: number;
  ruleSetVersion: string | null;
  baseRuleSetVersion: string | null;
  publishedAt: string | null;
  version: number;
}

export interface PublishedView {
  regime: string;
  regimeNameVi: string;
  templateId: string | null;
  templateCode: string | null;
  templateVersionNo: number | null;
  positionIds: string[] | null;
  ruleSetVersion: string;
  effectiveFrom: string;
  taskCombination: { quantity: number; quality: number; progress: number };
  generalCriteria: Array<{ code: string; maxPoints: number }>;
  deductions: { perMajorContentError: number; perMissedDeadline: number };
  bands: Array<{ minScore: number; grade: string; nameVi: string }>;
  leader: { unitResultsWeightPercent: number; allSubordinatesCompletePercent: number; anySubordinateIncompletePercent: number };
  quota: { excellentMaxPercentOfGood: number; partyMemberShareApplies: boolean };
  rules: Array<{ key: string; vi: string; en: string }>;
}

export const PEOPLE = ['admin', 'hr', 'head', 'official', 'inspector'] as const;

export async function signInAll(t: TestApp): Promise<Record<string, string>> {
  const token: Record<string, string> = {};
  for (const who of PEOPLE) token[who] = await t.login(`${who}@demo.ketqua.vn`);
  return token;
}

export function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export function refused(res: GqlResponse<unknown>): { code?: string; reason?: string; fields?: string[] } {
  const ext = res.errors?.[0]?.extensions as { reason?: string; fields?: Array<{ field: string }> } | undefined;
  return { code: errorCode(res), reason: ext?.reason, fields: ext?.fields?.map((f) => f.field) };
}

/** Four sub-criteria whose maxima sum to 30. */
export const CRITERIA_30 = [
  { code: 'POLITICAL_QUALITY', label: 'Phẩm chất chính trị', maxPoints: 9 },
  { code: 'ETHICS_CONDUCT', label: 'Đạo đức, lối sống', maxPoints: 7 },
  { code: 'WORKING_STYLE', label: 'Tác phong, lề lối làm việc', maxPoints: 7 },
  { code: 'DISCIPLINE', label: 'Ý thức tổ chức kỷ luật', maxPoints: 7 },
];

/** An instant in Asia/Ho_Chi_Minh. */
export const hcm = (isoLocal: string) => new Date(`${isoLocal}+07:00`);
