import { createTestApp, errorCode, TestApp } from '@ketqua/api/testing';

const IMPORT = `mutation($input: ImportOfficialsInput!) { importOfficials(input: $input) { created updated linesRead } }`;
const HEADER = 'email,full_name,staff_category,unit_code,position_code,rank_code,role,is_leader';

describe('CSV import of officials', () => {
  let t: TestApp;
  let hr: string;
  let snv: string;
  const count = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM app_user'))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    hr = await t.login('hr@demo.ketqua.vn');
    snv = (await t.dataSource.query(`SELECT id FROM agency WHERE code = 'SNV'`))[0].id;
  });
  afterAll(() => t.close());

  it('imports every line of a good file, accepting Vietnamese words, quotes and a BOM', async () => {
    const before = await count();
    const csv = [
      `\uFEFF${HEADER}`,
      'tran.van.moi@demo.ketqua.vn,Trần Văn Mới,công chức,CCHC,CV-CCHC,01.003,,',
      '"le.thi.hai@demo.ketqua.vn","Lê Thị Hải",viên chức,VP-LT,LT,V.01.02.02,OFFICIAL,không',
      'pham.ngoc.an@demo.ketqua.vn,"Phạm Ngọc An, Tổ trưởng",CONG_CHUC,CCVC-DTBD,CV-DTBD,01.002,UNIT_HEAD,có',
    ].join('\r\n');
    const res = await t.gql<{ importOfficials: { created: number; updated: number; linesRead: number } }>(IMPORT, { input: { agencyId: snv, csv } }, { token: hr });
    expect(res.errors).toBeUndefined();
    expect(res.data?.importOfficials).toEqual({ created: 3, updated: 0, linesRead: 3 });
    expect(await count()).toBe(before + 3);
    const [an] = await t.dataSource.query(`SELECT full_name, role, is_leader, password_hash FROM app_user WHERE email = 'pham.ngoc.an@demo.ketqua.vn'`);
    expect(an).toEqual({ full_name: 'Phạm Ngọc An, Tổ trưởng', role: 'UNIT_HEAD', is_leader: true, password_hash: null });
  });

  it('refuses the whole file when one line is bad, naming the line numbers, and imports nothing', async () => {
    const before = await count();
    const auditBefore = Number((await t.dataSource.query('SELECT count(*) AS n FROM audit_event'))[0].n);
    const csv = [
      HEADER,
      'ok.one@demo.ketqua.vn,Người Một,CONG_CHUC,CCHC,,,,',
      'not-an-email,Người Hai,CONG_CHUC,CCHC,,,,',
      'ok.three@demo.ketqua.vn,Người Ba,CONG_CHUC,KHONG-CO,,,,',
      'ok.four@demo.ketqua.vn,Người Bốn,giám đốc,CCHC,,,,',
    ].join('\n');
    const res = await t.gql(IMPORT, { input: { agencyId: snv, csv } }, { token: hr });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.reason).toBe('IMPORT_REFUSED');
    expect(res.errors?.[0].message).toMatch(/^Tệp có lỗi ở 2 dòng \(3, 5\); chưa nhập dòng nào\./);
    const lines = (res.errors?.[0].extensions?.['lines'] as Array<{ line: number; column: string }>).map((l) => `${l.line}:${l.column}`);
    expect(lines).toEqual(['3:email', '5:staff_category']);
    expect(await count()).toBe(before);
    expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM audit_event'))[0].n)).toBe(auditBefore);

    // Once the format is right, the unknown unit of line 4 is found against the database.
    const second = await t.gql(IMPORT, { input: { agencyId: snv, csv: [HEADER, 'ok.three@demo.ketqua.vn,Người Ba,CONG_CHUC,KHONG-CO,,,,'].join('\n') } }, { token: hr });
    expect(second.errors?.[0].extensions?.fields?.[0].field).toBe('line 2: unit_code');
    expect(await count()).toBe(before);
  });

  it('updates existing accounts by email and reports missing columns', async () => {
    const res = await t.gql<{ importOfficials: { created: number; updated: number } }>(
      IMPORT,
      { input: { agencyId: snv, csv: `${HEADER}\ntran.van.moi@demo.ketqua.vn,Trần Văn Mới,CONG_CHUC,CCVC,CV-CCVC,01.002,,` } },
      { token: hr },
    );
    expect(res.data?.importOfficials).toEqual({ created: 0, updated: 1, linesRead: 1 });
    const [moved] = await t.dataSource.query(`SELECT u.code FROM app_user o JOIN unit u ON u.id = o.unit_id WHERE o.email = 'tran.van.moi@demo.ketqua.vn'`);
    expect(moved.code).toBe('CCVC');
    const missing = await t.gql(IMPORT, { input: { agencyId: snv, csv: 'email,full_name\na@b.vn,X' } }, { token: hr });
    expect(missing.errors?.[0].message).toContain('thiếu cột staff_category, unit_code');
  });

  it('an employee_code column sets each account’s code (a blank cell keeps it); a code of another account or twice in the file refuses the file', async () => {
    const codeOf = async (email: string) => (await t.dataSource.query(`SELECT employee_code FROM app_user WHERE email = $1`, [email]))[0]?.employee_code;
    const header = `${HEADER},employee_code`;
    const res = await t.gql<{ importOfficials: { created: number; updated: number } }>(
      IMPORT,
      {
        input: {
          agencyId: snv,
          csv: [header, 'tran.van.moi@demo.ketqua.vn,Trần Văn Mới,CONG_CHUC,CCVC,,,,,HCM-100001', 'ma.moi@demo.ketqua.vn,Mã Mới,CONG_CHUC,CCVC,,,,,HCM-100002'].join('\n'),
        },
      },
      { token: hr },
    );
    expect(res.data?.importOfficials).toEqual({ created: 1, updated: 1, linesRead: 2 });
    expect([await codeOf('tran.van.moi@demo.ketqua.vn'), await codeOf('ma.moi@demo.ketqua.vn')]).toEqual(['HCM-100001', 'HCM-100002']);
    expect(
      (await t.gql(IMPORT, { input: { agencyId: snv, csv: `${header}\ntran.van.moi@demo.ketqua.vn,Trần Văn Mới,CONG_CHUC,CCVC,,,,,` } }, { token: hr })).errors,
    ).toBeUndefined();
    expect(await codeOf('tran.van.moi@demo.ketqua.vn')).toBe('HCM-100001');

    const refused = await t.gql(
      IMPORT,
      {
        input: {
          agencyId: snv,
          csv: [
            header,
            'ma.ba@demo.ketqua.vn,Mã Ba,CONG_CHUC,CCVC,,,,,HCM-100001',
            'ma.bon@demo.ketqua.vn,Mã Bốn,CONG_CHUC,CCVC,,,,,X9',
            'ma.nam@demo.ketqua.vn,Mã Năm,CONG_CHUC,CCVC,,,,,X9',
          ].join('\n'),
        },
      },
      { token: hr },
    );
    expect(refused.errors?.[0].extensions?.reason).toBe('IMPORT_REFUSED');
    expect((refused.errors?.[0].extensions?.['lines'] as Array<{ line: number; column: string }>).map((l) => `${l.line}:${l.column}`)).toEqual(['4:employee_code']);
    expect(await codeOf('ma.bon@demo.ketqua.vn')).toBeUndefined();
    // The in-file duplicate fixed, the other account's code is found against the database.
    const second = await t.gql(IMPORT, { input: { agencyId: snv, csv: [header, 'ma.ba@demo.ketqua.vn,Mã Ba,CONG_CHUC,CCVC,,,,,HCM-100001'].join('\n') } }, { token: hr });
    expect(second.errors?.[0].extensions?.fields?.[0].field).toBe('line 2: employee_code');
    expect(await codeOf('ma.ba@demo.ketqua.vn')).toBeUndefined();
  });

  it('is for HR and administrators only, within their agency', async () => {
    const head = await t.login('head@demo.ketqua.vn');
    expect(errorCode(await t.gql(IMPORT, { input: { agencyId: snv, csv: HEADER } }, { token: head }))).toBe('FORBIDDEN');
  });
});
