import { buildUnitTree, findUnit, unitIds, type UnitRow } from './unit-tree';

const unit = (id: string, name: string, parentId: string | null = null): UnitRow => ({
  id,
  name,
  code: id.toUpperCase(),
  parentId,
  officialCount: 1,
  head: null,
});

const names = (forest: ReturnType<typeof buildUnitTree>): unknown => forest.map((n) => (n.children.length ? { [n.name]: names(n.children) } : n.name));

describe('the unit tree of the organisation browser', () => {
  it('nests units under their parents, siblings in Vietnamese alphabetical order', () => {
    const forest = buildUnitTree([
      unit('ccvc', 'Phòng Công chức viên chức'),
      unit('vp', 'Văn phòng Sở'),
      unit('dt', 'Tổ Đào tạo, bồi dưỡng', 'ccvc'),
      unit('bp', 'Bộ phận tiếp nhận và trả kết quả'),
      unit('cs', 'Tổ Chính sách', 'ccvc'),
    ]);
    expect(names(forest)).toEqual(['Bộ phận tiếp nhận và trả kết quả', { 'Phòng Công chức viên chức': ['Tổ Chính sách', 'Tổ Đào tạo, bồi dưỡng'] }, 'Văn phòng Sở']);
  });

  it("makes a root of a unit whose parent is outside the caller's scope (a unit head's own unit)", () => {
    const forest = buildUnitTree([unit('dt', 'Tổ Đào tạo, bồi dưỡng', 'ccvc'), unit('x', 'Nhóm X', 'dt')]);
    expect(names(forest)).toEqual([{ 'Tổ Đào tạo, bồi dưỡng': ['Nhóm X'] }]);
  });

  it('survives a page overlap and a corrupted parent cycle without losing or repeating a unit', () => {
    const forest = buildUnitTree([unit('a', 'A', 'b'), unit('b', 'B', 'a'), unit('a', 'A', 'b')]);
    expect(unitIds(forest).sort()).toEqual(['a', 'b']);
  });

  it('finds a unit at any depth and lists ids parents first', () => {
    const forest = buildUnitTree([unit('p', 'P'), unit('c', 'C', 'p'), unit('g', 'G', 'c')]);
    expect(findUnit(forest, 'g')?.name).toBe('G');
    expect(findUnit(forest, 'missing')).toBeNull();
    expect(unitIds(forest)).toEqual(['p', 'c', 'g']);
  });
});
