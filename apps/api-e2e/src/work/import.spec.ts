import { createTestApp, TestApp } from '@ketqua/api/testing';
import { hcm, ok, Q, refused, signIn } from './work-fixtures';

type Imported = { importAssignments: { created: number; linesRead: number; assignmentIds: string[] } };

/** CSV import of assignments from the document system's export: line-numbered errors, all or nothing. */
describe('importing assignments from CSV', () => {
  let t: TestApp;
  let token: Record<string, string>;
  let unitOf: Record<string, string>;
  const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.setNow(hcm('2026-03-02T09:00:00'));
    ({ token, unitOf } = await signIn(t));
    ok(
      await t.gql(
        Q.createItem,
        { input: { unitId: unitOf['SNV/CCVC'], code: 'CV-TRALOI', name: 'Văn bản trả lời', unitOfMeasure: 'văn bản', coefficient: 1.5 } },
        { token: token['head'] },
      ),
    );
  });
  afterAll(() => t.close());

  // The document system writes Vietnamese headers; the importer matches them without accents.
  const header = 'Số/Ký hiệu,Trích yếu,Email người thực hiện,Mã sản phẩm,Số lượng,Hạn xử lý';
  const good = [
    '125/SNV-CCVC,"Trả lời kiến nghị của UBND phường Sài Gòn, về biên chế",official@demo.ketqua.vn,CV-TRALOI,2,16/03/2026',
    '126/SNV-CCVC,Báo cáo số lượng công chức cấp xã,bui.quoc.bao@demo.ketqua.vn,,1,2026-03-20 10:30',
  ];

  it('one bad line refuses the whole file: every problem named by line and column, nothing written, nobody told', async () => {
    const before = { assignments: await count('assignment'), notifications: await count('notification'), audit: await count('audit_event') };
    const csv = [
      header,
      good[0],
      'khong-co-so,Việc của người lạ,nobody@demo.ketqua.vn,,1,20/03/2026',
      '127/SNV,Hạn sai,official@demo.ketqua.vn,,abc,31/02/2026',
      good[1],
      '128/SNV,Ngoài phạm vi,nguyen.hoang.long@demo.ketqua.vn,,1,20/03/2026',
    ].join('\n');
    const res = await t.gql(Q.import, { input: { csv } }, { token: token['head'] });
    expect(refused(res)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMPORT_REFUSED' });
    expect(res.errors?.[0].message).toMatch(/^Tệp có lỗi ở 3 dòng \(3, 4, 6\); chưa nhập dòng nào\./);
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['line 3: assignee_email', 'line 4: quantity', 'line 4: deadline', 'line 6: assignee_email']);
    expect({ assignments: await count('assignment'), notifications: await count('notification'), audit: await count('audit_event') }).toEqual(before);
    const en = await t.gql(Q.import, { input: { csv } }, { token: token['head'], lang: 'en' });
    expect(en.errors?.[0].message).toContain('nothing was imported');
  });

  it('a missing column or an unknown catalogue code is refused too', async () => {
    expect(refused(await t.gql(Q.import, { input: { csv: 'title,quantity\nA,1' } }, { token: token['head'] })).message).toContain('thiếu cột');
    const unknown = await t.gql(Q.import, { input: { csv: [header, '1/X,Việc gì đó,official@demo.ketqua.vn,KHONG-CO,1,20/03/2026'].join('\n') } }, { token: token['head'] });
    expect(unknown.errors?.[0].extensions?.fields?.[0].field).toBe('line 2: catalogue_code');
  });

  it('the corrected file imports every line: source document, catalogue coefficient, deadline at the given or default hour', async () => {
    const res = ok(await t.gql<Imported>(Q.import, { input: { csv: [header, ...good].join('\r\n') } }, { token: token['head'] }));
    expect(res.importAssignments).toMatchObject({ created: 2, linesRead: 2 });
    const rows = await t.dataSource.query(
      `SELECT a.source_document, a.title, a.coefficient::float, a.quantity::float, a.deadline, u.email FROM assignment a JOIN app_user u ON u.id = a.assignee_id ORDER BY a.source_document`,
    );
    expect(rows).toEqual([
      {
        source_document: '125/SNV-CCVC',
        title: 'Trả lời kiến nghị của UBND phường Sài Gòn, về biên chế',
        coefficient: 1.5,
        quantity: 2,
        deadline: hcm('2026-03-16T17:00:00'),
        email: 'official@demo.ketqua.vn',
      },
      {
        source_document: '126/SNV-CCVC',
        title: 'Báo cáo số lượng công chức cấp xã',
        coefficient: 1,
        quantity: 1,
        deadline: hcm('2026-03-20T10:30:00'),
        email: 'bui.quoc.bao@demo.ketqua.vn',
      },
    ]);
    expect(await count('notification')).toBe(2);
    const actions = (await t.dataSource.query(`SELECT action FROM audit_event WHERE action LIKE 'work.assignment%' ORDER BY seq`)).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['work.assignment.created', 'work.assignment.created', 'work.assignments.imported']);
  });

  it.each(['official', 'hr', 'inspector', 'admin'])('%s may not import (FORBIDDEN)', async (who) => {
    expect(refused(await t.gql(Q.import, { input: { csv: [header, good[0]].join('\n') } }, { token: token[who] })).code).toBe('FORBIDDEN');
  });
});
