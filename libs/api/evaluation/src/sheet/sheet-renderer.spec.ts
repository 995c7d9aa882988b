import { DEFAULT_RULE_SET, formatScore } from '@ketqua/domain';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRecord, RecordFact } from '../shared/evaluation-record';
import { nfc, SheetInputs, sheetData } from './sheet-data';
import { renderSheet, renderUnitSummary, toBuffer } from './sheet-renderer';
import { GRADE_VI } from './sheet-text';

const NAME = 'Nguyễn Thị Phượng';

const fact = (over: Partial<RecordFact>): RecordFact => ({
  assignmentId: 'a1',
  title: 'Thẩm định hồ sơ tuyển dụng',
  sourceDocument: '125/SNV-CCVC',
  status: 'ACCEPTED',
  deadlineDate: '2026-10-20',
  expectedUnits: 4,
  deliveredUnits: 4,
  majorErrorReturns: [],
  missedDeadlines: [],
  ...over,
});

const FACTS: RecordFact[] = [
  fact({}),
  fact({
    assignmentId: 'a2',
    title: 'Báo cáo sơ kết công tác đào tạo, bồi dưỡng',
    sourceDocument: null,
    missedDeadlines: [{ reference: 'hạn 15/10/2026', waiver: { cause: 'Mất điện diện rộng ở trụ sở', confirmedBy: 'Công văn 12/UBND' } }],
    majorErrorReturns: [{ reference: 'trả lại 18/10/2026', waiver: null }],
  }),
];

export function sampleInputs(over: { officialName?: string; status?: SheetInputs['evaluation']['status'] } = {}): SheetInputs {
  const generalScores = DEFAULT_RULE_SET.congChuc.generalCriteria.map((c) => ({ code: c.code, points: c.maxPoints }));
  const record = buildRecord({
    regime: 'CONG_CHUC',
    isLeader: false,
    ruleSet: DEFAULT_RULE_SET,
    facts: FACTS,
    generalScores,
    overrides: null,
    scheduledWorkingDays: 22,
    workedDays: 22,
    decidedGrade: null,
    gradeChangeReason: null,
  });
  return {
    evaluation: {
      regime: 'CONG_CHUC',
      status: over.status ?? 'PUBLISHED',
      revision: 1,
      selfScores: generalScores,
      generalScores,
      proposedGrade: 'HOAN_THANH_XUAT_SAC',
      selfAssessmentText: 'Hoàn thành đầy đủ các nhiệm vụ được giao, chủ động đề xuất cải tiến quy trình.',
      headComment: 'Có tinh thần trách nhiệm; cần bảo đảm tiến độ báo cáo.',
      verificationCode: 'KQ7F-3M9X-2P',
    },
    record,
    ruleSet: DEFAULT_RULE_SET,
    names: {
      official: over.officialName ?? NAME,
      position: 'Chuyên viên',
      unit: 'Phòng Công chức viên chức',
      agency: 'Sở Nội vụ',
      period: 'Tháng 10/2026',
      periodStartsOn: '2026-10-01',
      periodEndsOn: '2026-10-31',
      evaluator: 'Nguyễn Văn Minh',
      acting: null,
      approver: 'Trần Thị Bích Ngọc',
    },
    date: '2026-11-05',
  };
}

const AT = new Date('2026-11-05T03:00:00Z');

describe('the printed evaluation sheet', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'ketqua-sheet-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** -layout keeps a printed line together; -raw gives the text in drawing order (a table cell by cell). */
  const textOf = (pdf: Buffer, name: string, mode: 'layout' | 'raw' = 'raw') => {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', [`-${mode}`, '-enc', 'UTF-8', file, '-']).toString('utf8');
  };

  it('prints the name given decomposed (NFD) as NFC text, with the grade, the score and the code; pdftoppm renders every page', async () => {
    const decomposed = NAME.normalize('NFD');
    expect(decomposed).not.toBe(NAME);
    const pdf = await toBuffer(renderSheet(sheetData(sampleInputs({ officialName: decomposed })), AT));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = textOf(pdf, 'published', 'layout');
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines).toContain(`Họ và tên: ${NAME}`);
    expect(text).not.toContain(decomposed);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC');
    const record = sampleInputs().record;
    expect(record.grade).toBe('HOAN_THANH_XUAT_SAC');
    expect(lines.find((l) => l.startsWith('XẾP LOẠI CHẤT LƯỢNG:'))).toBe('XẾP LOẠI CHẤT LƯỢNG: Hoàn thành xuất sắc nhiệm vụ');
    expect(lines.find((l) => l.startsWith('Tổng điểm:'))).toBe(`Tổng điểm: ${formatScore(record.exactScore as number)}/100`);
    expect(text).toContain('Mã xác minh: KQ7F-3M9X-2P');
    expect(text.replace(/\s+/g, '')).not.toContain('BẢNNHÁP');

    execFileSync('pdftoppm', ['-png', '-r', '50', join(dir, 'published.pdf'), join(dir, 'page')]);
    const pages = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const p of pages) expect(statSync(join(dir, p)).size).toBeGreaterThan(5000);
  });

  it('lists every assignment in the annex with its units, percentages, each deduction and the waiver with its cause, the formula, the rounding and the rule-set version', async () => {
    const inputs = sampleInputs();
    const text = textOf(await toBuffer(renderSheet(sheetData(inputs), AT)), 'annex');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('PHỤ LỤC: BIÊN NHẬN CÁCH TÍNH KẾT QUẢ NHIỆM VỤ');
    expect(flat).toContain('Thẩm định hồ sơ tuyển dụng (125/SNV-CCVC)');
    expect(flat).toContain('Báo cáo sơ kết công tác đào tạo, bồi dưỡng');
    expect(flat).toContain('Trả lại do lỗi nội dung lớn (trả lại 18/10/2026): -25 điểm');
    expect(flat).toContain('Trễ hạn (hạn 15/10/2026): 0 điểm — miễn trừ, nguyên nhân khách quan: Mất điện diện rộng ở trụ sở — xác nhận: Công văn 12/UBND');
    const [first, second] = inputs.record.receipt.lines;
    expect(flat).toContain(`4/4 ${first.quantity}% ${first.quality}% ${first.progress}%`);
    expect(flat).toContain(`${second.quality}%`);
    expect(flat).toContain(inputs.record.receipt.formula.vi.replace(/\s+/g, ' '));
    expect(flat).toContain('Điểm hiển thị lấy 2 chữ số thập phân, làm tròn xuống');
    expect(flat).toContain('Phiên bản v1.');
  });

  it('marks every page of an unpublished sheet BẢN NHÁP and prints no verification code', async () => {
    const text = textOf(await toBuffer(renderSheet(sheetData(sampleInputs({ status: 'APPROVED' })), AT)), 'draft');
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // The watermark is drawn rotated: pdftotext gives its letters apart, so compare without spaces.
    for (const page of pages) expect(page.replace(/\s+/g, '')).toContain('BẢNNHÁP');
    expect(text).toContain('Mã xác minh: chưa có (phiếu chưa công bố)');
    expect(text).not.toContain('KQ7F-3M9X-2P');
  });

  it('names the acting evaluator and the deciding document under the evaluator signature', async () => {
    const inputs = sampleInputs();
    inputs.names.acting = { name: 'Dương Văn Phúc', standsFor: 'Nguyễn Văn Minh', decisionDocument: '45/QĐ-SNV' };
    const flat = textOf(await toBuffer(renderSheet(sheetData(inputs), AT)), 'acting').replace(/\s+/g, ' ');
    expect(flat.replace(/\s+/g, '')).toContain('ĐánhgiáthayNguyễnVănMinhtheovănbảnsố45/QĐ-SNV');
    expect(flat).toContain('Dương Văn Phúc');
  });

  it('prints the unit summary with one line per official and the totals per grade', async () => {
    const pdf = await toBuffer(
      renderUnitSummary(
        {
          agencyName: 'Sở Nội vụ',
          unitName: 'Phòng Công chức viên chức',
          periodName: 'Tháng 10/2026',
          periodRange: 'Từ 01/10/2026 đến 31/10/2026',
          rows: [
            { officialName: NAME.normalize('NFD'), positionName: 'Chuyên viên', score: '92.50', grade: 'Hoàn thành xuất sắc nhiệm vụ', status: 'Đã công bố' },
            { officialName: 'Bùi Quốc Bảo', positionName: 'Chuyên viên', score: null, grade: null, status: 'Chờ tự đánh giá' },
          ],
          totals: [
            { label: 'Hoàn thành xuất sắc nhiệm vụ', count: 1 },
            { label: 'Chưa xếp loại', count: 1 },
          ],
          dateLine: 'Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026',
        },
        AT,
      ),
    );
    const flat = textOf(pdf, 'summary').replace(/\s+/g, ' ');
    expect(flat).toContain('BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG');
    expect(flat).toContain(`1 ${NAME} Chuyên viên 92.50 Hoàn thành xuất sắc nhiệm vụ Đã công bố`);
    expect(flat).toContain('2 Bùi Quốc Bảo Chuyên viên — Chưa xếp loại Chờ tự đánh giá');
    expect(flat).toContain('Hoàn thành xuất sắc nhiệm vụ 1 50%');
    expect(flat).toContain('Tổng số 2 100%');
  });

  it('prints a viên chức sheet by conditions (no 30-point table, the task tally and its reasons) and a leader without graded subordinates says the unit component does not apply', async () => {
    const vc = sampleInputs();
    vc.evaluation.regime = 'VIEN_CHUC';
    vc.record = buildRecord({
      regime: 'VIEN_CHUC',
      isLeader: false,
      ruleSet: DEFAULT_RULE_SET,
      facts: FACTS,
      generalScores: null,
      overrides: null,
      scheduledWorkingDays: 22,
      workedDays: 22,
      decidedGrade: null,
      gradeChangeReason: null,
    });
    const vcText = textOf(await toBuffer(renderSheet(sheetData(vc), AT)), 'vien-chuc').replace(/\s+/g, ' ');
    expect(vcText).toContain('PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC');
    expect(vcText).not.toContain('TIÊU CHÍ CHUNG');
    expect(vcText).toContain('Tổng số nhiệm vụ: 2; chưa bảo đảm chất lượng, tiến độ: 1');
    expect(vcText).toContain(`XẾP LOẠI CHẤT LƯỢNG: ${vc.record.grade ? GRADE_VI[vc.record.grade] : ''}`);

    const leader = sampleInputs();
    leader.record = buildRecord({
      regime: 'CONG_CHUC',
      isLeader: true,
      ruleSet: DEFAULT_RULE_SET,
      facts: FACTS,
      generalScores: leader.evaluation.generalScores,
      overrides: null,
      scheduledWorkingDays: 22,
      workedDays: 22,
      subordinateGrades: [],
      decidedGrade: 'HOAN_THANH_TOT',
      gradeChangeReason: 'Chậm báo cáo sơ kết, đã nhắc hai lần.',
    });
    const leaderText = textOf(await toBuffer(renderSheet(sheetData(leader), AT)), 'leader').replace(/\s+/g, ' ');
    expect(leaderText).toContain('thành phần kết quả đơn vị không áp dụng');
    expect(leaderText).toContain('XẾP LOẠI CHẤT LƯỢNG: Hoàn thành tốt nhiệm vụ');
    expect(leaderText).toContain('Người đánh giá quyết định mức khác mức theo điểm (Hoàn thành xuất sắc nhiệm vụ). Lý do: Chậm báo cáo sơ kết, đã nhắc hai lần.');
  });

  it('normalises nested text to NFC and leaves other values alone', () => {
    expect(nfc({ a: ['e\u0302\u0303'], b: 3, c: null })).toEqual({ a: ['ễ'], b: 3, c: null });
  });
});
