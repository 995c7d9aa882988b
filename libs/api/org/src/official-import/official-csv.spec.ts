import { Role, StaffCategory } from '@ketqua/api/core';
import { parseOfficialsCsv } from './official-csv';

const HEADER = 'email,full_name,staff_category,unit_code,position_code,rank_code,role,is_leader';

describe('parsing an officials CSV', () => {
  it('reads quoted fields, Vietnamese category words, yes/no and empty defaults', () => {
    const { rows, problems } = parseOfficialsCsv(`${HEADER}\r\nA@X.VN,"Lê, Thị A",Viên chức,ccvc,,,,có\r\n`);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        email: 'a@x.vn',
        fullName: 'Lê, Thị A',
        staffCategory: StaffCategory.VIEN_CHUC,
        unitCode: 'CCVC',
        positionCode: null,
        rankCode: null,
        role: Role.OFFICIAL,
        isLeader: true,
        employeeCode: null,
      },
    ]);
  });

  it('reports each bad line with its number, and duplicates within the file', () => {
    const csv = [HEADER, 'a@x.vn,An,CONG_CHUC,U1,,,,', 'a@x.vn,Bình,CONG_CHUC,U1,,,BOSS,maybe', ',X,??,,,,,'].join('\n');
    const { problems } = parseOfficialsCsv(csv);
    expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual(['3:email', '3:role', '3:is_leader', '4:email', '4:full_name', '4:staff_category', '4:unit_code']);
  });

  it('reports an unreadable file, a missing column and an empty file', () => {
    expect(parseOfficialsCsv(`${HEADER}\n"unclosed,quote`).problems[0].vi).toContain('không đọc được tệp CSV');
    expect(parseOfficialsCsv('email,full_name\n').problems[0].en).toBe('missing column(s) staff_category, unit_code');
    expect(parseOfficialsCsv(HEADER).problems[0].en).toBe('the file has no data lines');
  });
});
