import { errorCode, GqlResponse, httpRequest, TestApp } from '@ketqua/api/testing';
import { request } from 'node:http';

export const A_FIELDS = `id title status version quantity coefficient weight unitOfMeasure deadline effectiveDeadline isOverdue workingDaysLeft sourceDocument
  assignee { email } assignedBy { email } unit { code }
  scores { quantity quality progress convertedUnits qualityDeductions { reason points waived } progressDeductions { reason points waived } }
  deadlines { id deadline reason missed objectiveCause { cause } }
  deliverables { id versionNo note links onTime files { id name sha256 size url } review { decision majorError comment reviewer { email } } }`;

export const Q = {
  create: `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) { ${A_FIELDS} } }`,
  update: `mutation($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { ${A_FIELDS} } }`,
  extend: `mutation($input: ExtendDeadlineInput!) { extendAssignmentDeadline(input: $input) { ${A_FIELDS} } }`,
  cancel: `mutation($input: CancelAssignmentInput!) { cancelAssignment(input: $input) { ${A_FIELDS} } }`,
  start: `mutation($id: ID!) { startAssignment(id: $id) { ${A_FIELDS} } }`,
  submit: `mutation($input: SubmitDeliverableInput!) { submitDeliverable(input: $input) { id versionNo onTime files { id sha256 } } }`,
  review: `mutation($input: ReviewDeliverableInput!) { reviewDeliverable(input: $input) { ${A_FIELDS} } }`,
  cause: `mutation($input: RecordObjectiveCauseInput!) { recordObjectiveCause(input: $input) { ${A_FIELDS} } }`,
  get: `query($id: ID!) { assignment(id: $id) { ${A_FIELDS} } }`,
  list: `query($filter: AssignmentFilter, $first: Int, $after: String) { assignments(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title status isOverdue workingDaysLeft assignee { email } } } } }`,
  log: `mutation($input: LogWorkInput!) { logWork(input: $input) { id workDate minutes note assignment { id status } official { email } } }`,
  logs: `query($filter: WorkLogFilter) { workLogs(filter: $filter, first: 100) { totalCount edges { node { id minutes note official { email } } } } }`,
  catalogue: `query($filter: CatalogueFilter) { workCatalogue(filter: $filter, first: 100) { totalCount edges { node { id code name coefficient unitOfMeasure version active } } } }`,
  createItem: `mutation($input: CreateCatalogueItemInput!) { createCatalogueItem(input: $input) { id code coefficient version } }`,
  updateItem: `mutation($input: UpdateCatalogueItemInput!) { updateCatalogueItem(input: $input) { id code name coefficient version active } }`,
  import: `mutation($input: ImportAssignmentsInput!) { importAssignments(input: $input) { created linesRead assignmentIds } }`,
};

export interface AssignmentView {
  id: string;
  title: string;
  status: string;
  version: number;
  quantity: number;
  coefficient: number;
  weight: number;
  deadline: string;
  effectiveDeadline: string;
  isOverdue: boolean;
  workingDaysLeft: number | null;
  sourceDocument: string | null;
  assignee: { email: string };
  unit: { code: string };
  scores: {
    quantity: number;
    quality: number;
    progress: number;
    convertedUnits: number;
    qualityDeductions: Array<{ points: number; waived: boolean }>;
    progressDeductions: Array<{ points: number; waived: boolean }>;
  } | null;
  deadlines: Array<{ id: string; deadline: string; reason: string | null; missed: boolean; objectiveCause: { cause: string } | null }>;
  deliverables: Array<{
    id: string;
    versionNo: number;
    onTime: boolean;
    files: Array<{ id: string; name: string; sha256: string; size: number; url: string }>;
    review: { decision: string; majorError: boolean; comment: string | null; reviewer: { email: string } } | null;
  }>;
}

export const PEOPLE = ['admin', 'hr', 'head', 'official', 'inspector'] as const;

/** Tokens for the demo logins and every user's id by the part of the email before @. */
export async function signIn(t: TestApp): Promise<{ token: Record<string, string>; idOf: Record<string, string>; unitOf: Record<string, string> }> {
  const token: Record<string, string> = {};
  for (const who of PEOPLE) token[who] = await t.login(`${who}@demo.ketqua.vn`);
  token['bao'] = await t.login('bui.quoc.bao@demo.ketqua.vn');
  token['phuc'] = await t.login('duong.van.phuc@demo.ketqua.vn');
  const idOf: Record<string, string> = {};
  for (const r of await t.dataSource.query('SELECT id, email FROM app_user')) idOf[r.email.split('@')[0]] = r.id;
  const unitOf: Record<string, string> = {};
  for (const r of await t.dataSource.query(`SELECT u.id, a.code || '/' || u.code AS code FROM unit u JOIN agency a ON a.id = u.agency_id`)) unitOf[r.code] = r.id;
  return { token, idOf, unitOf };
}

export function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export function refused(res: GqlResponse<unknown>): { code?: string; reason?: string; message?: string } {
  return { code: errorCode(res), reason: res.errors?.[0]?.extensions?.reason as string | undefined, message: res.errors?.[0]?.message };
}

/** An instant in Asia/Ho_Chi_Minh. */
export const hcm = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

export async function upload(t: TestApp, token: string | null, name: string, body: Buffer): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await httpRequest(`${t.url}/files?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: res.status, json: JSON.parse(res.body) };
}

/** GET with the body as bytes. */
export function download(t: TestApp, token: string, url: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${t.url}${url}`, { headers: { authorization: `Bearer ${token}` }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** A minimal PDF: what the content check looks for. */
export const pdf = (text: string) => Buffer.from(`%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\n%%EOF\n`, 'latin1');
