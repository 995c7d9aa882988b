import { toSearchText } from './search-text';

describe('search text', () => {
  it('lets Vietnamese names be found without accents', () => {
    expect(toSearchText('Đặng Thị Phương Thảo', 'dang.thao@demo.ketqua.vn')).toBe('dang thi phuong thao dang.thao@demo.ketqua.vn');
    expect(toSearchText('  NGUYỄN   Văn   Đức ')).toBe('nguyen van duc');
    expect(toSearchText(null, undefined, 'Ưu')).toBe('uu');
  });
});
