/** The API's plain-HTTP routes for printed sheets (libs/api/evaluation/src/sheet/sheet.controller.ts). */
export const sheetUrls = {
  sheet: (evaluationId: string) => `/evaluation-sheets/${encodeURIComponent(evaluationId)}`,
  unitSummary: (periodId: string, unitId: string) => `/evaluation-sheets/periods/${encodeURIComponent(periodId)}/units/${encodeURIComponent(unitId)}/summary`,
  unitZip: (periodId: string, unitId: string) => `/evaluation-sheets/periods/${encodeURIComponent(periodId)}/units/${encodeURIComponent(unitId)}/sheets.zip`,
};
