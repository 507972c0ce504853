import { matchesSearch, searchKey } from './search-key';

describe('accent-insensitive search', () => {
  it('folds Vietnamese diacritics and đ', () => {
    expect(searchKey('Nguyễn Văn Đức')).toBe('nguyen van duc');
    expect(searchKey('  Trần   Thị Ánh  ')).toBe('tran thi anh');
    expect(searchKey('ĐỖ ĐĂNG ĐẠT')).toBe('do dang dat');
  });

  it('finds names by unaccented words in any order', () => {
    expect(matchesSearch('Nguyễn Văn A', 'Nguyen Van A')).toBe(true);
    expect(matchesSearch('Đinh Thị Hoa', 'd')).toBe(true);
    expect(matchesSearch('Đinh Thị Hoa', 'hoa dinh')).toBe(true);
    expect(matchesSearch('Lê Văn Bình', 'Nguyen')).toBe(false);
  });
});
