/**
 * The demo city's running pilot (issue 6): Phòng Công chức viên chức (CCVC) and Phòng Cải cách
 * hành chính (CCHC) of Sở Nội vụ, with the one-stop desk (BPMC) taking part so its MC position shows
 * as not eligible. Enrollments stay within the caps (30%: at most 2 of CCVC's 7 and 1 of CCHC's 4
 * at home on any day) and someone of CCVC is at home every weekday, so a demo on any working day
 * has a draw to show. Hồ Thị Diễm My's pending request would put a third person home on Monday:
 * the head's queue shows the refusal with the day and the numbers.
 */
export const DEMO_PILOT = {
  name: 'Thí điểm làm việc tại nhà, quản lý theo kết quả – Sở Nội vụ',
  decisionNumber: '2468/QĐ-SNV ngày 15/12/2025 (dữ liệu mẫu)',
  agency: 'SNV',
  units: ['CCVC', 'CCHC', 'BPMC'],
  startDate: '2026-01-01',
};

/** [email, ISO weekdays, status] */
export const DEMO_ENROLLMENTS: Array<[string, number[], 'APPROVED' | 'PENDING']> = [
  ['official@demo.ketqua.vn', [2, 4], 'APPROVED'],
  ['tran.thi.mai.anh@demo.ketqua.vn', [1, 3], 'APPROVED'],
  ['bui.quoc.bao@demo.ketqua.vn', [1, 5], 'APPROVED'],
  ['dang.thi.phuong.thao@demo.ketqua.vn', [3, 5], 'APPROVED'],
  ['kieu.van.thang@demo.ketqua.vn', [1, 3], 'APPROVED'],
  ['to.thi.yen.nhi@demo.ketqua.vn', [2, 4], 'APPROVED'],
  ['ho.thi.diem.my@demo.ketqua.vn', [1, 4], 'PENDING'],
];

/** Working days before today that get a finished, revealed draw (inspectors have something to verify at once). */
export const DEMO_PAST_DAYS = 5;

export const DEMO_COMMITMENT = {
  title: 'Bản cam kết làm việc tại nhà',
  body: [
    'Tôi tự nguyện đăng ký làm việc tại nhà theo Đề án thí điểm và cam kết:',
    '1. Hoàn thành đầy đủ, đúng hạn và bảo đảm chất lượng các nhiệm vụ được giao; kết quả công việc là căn cứ đánh giá, xếp loại.',
    '2. Có mặt, liên lạc được qua điện thoại và phần mềm trong toàn bộ giờ làm việc chính; trả lời các lượt kiểm tra ngẫu nhiên trong thời hạn quy định.',
    '3. Bảo đảm an toàn, an ninh thông tin: không để người khác tiếp cận tài liệu công vụ; không lưu trữ, truyền đưa tài liệu mật qua thiết bị, mạng không được phép.',
    '4. Tự bảo đảm máy tính, điện thoại, máy in và kết nối Internet phục vụ công việc.',
    '5. Có mặt tại cơ quan khi được yêu cầu và chấp hành quyết định tạm dừng, chấm dứt làm việc tại nhà của thủ trưởng đơn vị.',
  ].join('\n'),
  bodyEn: [
    'I volunteer to work from home under the pilot and commit to:',
    '1. Complete every assignment fully, on time and to quality; my results are the basis of my evaluation.',
    '2. Be present and reachable by phone and software throughout core hours, and answer random spot checks within the set window.',
    '3. Keep information secure: let nobody reach official documents; never store or send classified documents through unauthorised devices or networks.',
    '4. Provide my own computer, phone, printer and Internet connection for the work.',
    '5. Come to the office when asked and follow the head’s decision to suspend or end home work.',
  ].join('\n'),
};

/** Short notes of current work, as officials answer spot checks. */
export const DEMO_ANSWERS = [
  'Đang tổng hợp báo cáo biên chế quý',
  'Đang rà soát hồ sơ nâng ngạch công chức',
  'Đang soạn dự thảo kế hoạch đào tạo, bồi dưỡng',
  'Đang họp trực tuyến với phòng Tổ chức biên chế',
  'Đang cập nhật cơ sở dữ liệu cán bộ, công chức',
  'Đang kiểm tra số liệu cải cách hành chính tháng',
];
