import { unitChoiceTree } from './unit-choices';

const SNV = { id: 'snv', name: 'Sở Nội vụ' };
const Q1 = { id: 'q1', name: 'UBND Quận 1' };

describe('the pilot form’s unit picker nests sub-units under their unit', () => {
  it('groups by agency, puts each sub-unit under its unit, and lets only units be picked', () => {
    const tree = unitChoiceTree([
      { id: 'ccvc', name: 'Phòng Công chức viên chức', parentId: null, agency: SNV },
      { id: 'to1', name: 'Tổ tuyển dụng', parentId: 'ccvc', agency: SNV },
      { id: 'cchc', name: 'Phòng Cải cách hành chính', parentId: null, agency: SNV },
      { id: 'vp', name: 'Văn phòng', parentId: null, agency: Q1 },
    ]);
    expect(tree).toEqual([
      {
        value: 'agency:snv',
        title: 'Sở Nội vụ',
        selectable: false,
        children: [
          { value: 'cchc', title: 'Phòng Cải cách hành chính' },
          { value: 'ccvc', title: 'Phòng Công chức viên chức', children: [{ value: 'to1', title: 'Tổ tuyển dụng' }] },
        ],
      },
      { value: 'agency:q1', title: 'UBND Quận 1', selectable: false, children: [{ value: 'vp', title: 'Văn phòng' }] },
    ]);
  });

  it('a unit whose parent the caller cannot see stands at its agency’s top', () => {
    const tree = unitChoiceTree([{ id: 'to1', name: 'Tổ tuyển dụng', parentId: 'hidden', agency: SNV }]);
    expect(tree[0].children).toEqual([{ value: 'to1', title: 'Tổ tuyển dụng' }]);
  });
});
