import { foldForComparison, passwordProblems, personalWords, secondFactorRequired } from './sign-in-policy';

const an = { fullName: 'Nguyễn Văn Đức', email: 'duc.nguyen@hcm.gov.vn' };

describe('sign-in policy', () => {
  it('requires a second factor of HR and ADMIN only', () => {
    expect(['ADMIN', 'HR', 'UNIT_HEAD', 'OFFICIAL', 'INSPECTOR'].filter((r) => secondFactorRequired(r as never))).toEqual(['ADMIN', 'HR']);
  });

  it('folds case, NFC/NFD and Vietnamese diacritics', () => {
    expect(foldForComparison('NGUYỄN')).toBe('nguyen');
    expect(foldForComparison('Nguye\u0302\u0303n')).toBe('nguyen');
    expect(foldForComparison('Đức')).toBe('duc');
  });

  it("takes the name parts and the e-mail's local part, skipping short ones", () => {
    expect(personalWords({ fullName: 'Võ Thị An', email: 'an.vo@x.vn' })).toEqual(['thi', 'an.vo']);
    expect(personalWords(an)).toEqual(['nguyen', 'van', 'duc', 'duc.nguyen']);
  });

  it.each([
    ['Nguyen2026!xanh', 'CONTAINS_PERSONAL'],
    ['nguyễnHoaMai77', 'CONTAINS_PERSONAL'],
    ['DUCbaylen2026', 'CONTAINS_PERSONAL'],
  ])('refuses %s for containing the name', (password, kind) => {
    expect(passwordProblems(password, an, 4).map((p) => p.kind)).toEqual([kind]);
  });

  it('lists every reason at once', () => {
    expect(passwordProblems('duc', an, 0).map((p) => p.kind)).toEqual(['TOO_SHORT', 'LETTERS_AND_DIGITS', 'CONTAINS_PERSONAL', 'TOO_COMMON']);
  });

  it('accepts a long unrelated phrase of enough strength', () => {
    expect(passwordProblems('Tram-xanh-bay-cao-7', an, 4)).toEqual([]);
    expect(passwordProblems('Tram-xanh-bay-cao-7', an, 2).map((p) => p.kind)).toEqual(['TOO_COMMON']);
  });
});
