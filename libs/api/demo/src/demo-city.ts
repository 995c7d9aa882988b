import { AgencyKind, Role, StaffCategory } from '@ketqua/api/core';

/**
 * The demo city: Sở Nội vụ TP.HCM and a ward people's committee, with realistic units, positions,
 * ranks and 40+ officials. The five logins are stable: README, docs and tests rely on them.
 */
export const DEMO_PASSWORD = 'Ketqua@2026';

export const DEMO_LOGINS = {
  password: DEMO_PASSWORD,
  accounts: [
    { role: Role.ADMIN, email: 'admin@demo.ketqua.vn', description: 'Quản trị hệ thống (Văn phòng Sở)' },
    { role: Role.HR, email: 'hr@demo.ketqua.vn', description: 'Phòng Tổ chức biên chế, Sở Nội vụ (toàn thành phố)' },
    { role: Role.UNIT_HEAD, email: 'head@demo.ketqua.vn', description: 'Trưởng phòng Công chức viên chức' },
    { role: Role.OFFICIAL, email: 'official@demo.ketqua.vn', description: 'Chuyên viên, Phòng Công chức viên chức' },
    { role: Role.INSPECTOR, email: 'inspector@demo.ketqua.vn', description: 'Thanh tra Sở (chỉ xem, toàn thành phố)' },
  ],
};

/**
 * Known authenticator secrets of the demo HR and ADMIN accounts (their role requires a second
 * factor): `npm start` prints them with their otpauth:// URL, and `npm run demo:totp -- <email>`
 * prints the current code. Demo only: the seed refuses production.
 */
export const DEMO_TOTP_SECRETS: Readonly<Record<string, string>> = {
  'admin@demo.ketqua.vn': 'KETQUADEMOADMINTOTPSECRETKEYAAAA',
  'hr@demo.ketqua.vn': 'KETQUADEMOHRTOTPSECRETKEYAAAAAAA',
};

export interface DemoAgency {
  code: string;
  name: string;
  kind: AgencyKind;
  validFrom: string;
  units: Array<{ code: string; name: string; parent?: string }>;
  positions: Array<{ code: string; name: string; tthc?: boolean; citizens?: boolean; decisions?: boolean }>;
}

export const DEMO_RANKS = [
  { code: '01.001', name: 'Chuyên viên cao cấp', staffCategory: StaffCategory.CONG_CHUC },
  { code: '01.002', name: 'Chuyên viên chính', staffCategory: StaffCategory.CONG_CHUC },
  { code: '01.003', name: 'Chuyên viên', staffCategory: StaffCategory.CONG_CHUC },
  { code: '01.004', name: 'Cán sự', staffCategory: StaffCategory.CONG_CHUC },
  { code: '01.005', name: 'Nhân viên', staffCategory: StaffCategory.CONG_CHUC },
  { code: '06.031', name: 'Kế toán viên', staffCategory: StaffCategory.CONG_CHUC },
  { code: 'V.01.02.01', name: 'Lưu trữ viên chính (hạng II)', staffCategory: StaffCategory.VIEN_CHUC },
  { code: 'V.01.02.02', name: 'Lưu trữ viên (hạng III)', staffCategory: StaffCategory.VIEN_CHUC },
  { code: 'V.11.06.14', name: 'Quản trị viên hệ thống hạng III', staffCategory: StaffCategory.VIEN_CHUC },
];

export const DEMO_AGENCIES: DemoAgency[] = [
  {
    code: 'SNV',
    name: 'Sở Nội vụ Thành phố Hồ Chí Minh',
    kind: AgencyKind.DEPARTMENT,
    validFrom: '2025-07-01',
    units: [
      { code: 'VP', name: 'Văn phòng Sở' },
      { code: 'VP-LT', name: 'Tổ Lưu trữ', parent: 'VP' },
      { code: 'CCVC', name: 'Phòng Công chức viên chức' },
      { code: 'CCVC-DTBD', name: 'Tổ Đào tạo, bồi dưỡng', parent: 'CCVC' },
      { code: 'TCBC', name: 'Phòng Tổ chức biên chế' },
      { code: 'CCHC', name: 'Phòng Cải cách hành chính' },
      { code: 'TTR', name: 'Thanh tra Sở' },
      { code: 'BPMC', name: 'Bộ phận tiếp nhận và trả kết quả' },
    ],
    positions: [
      { code: 'LD-SO', name: 'Giám đốc, Phó Giám đốc Sở', decisions: true },
      { code: 'LD-PHONG', name: 'Trưởng phòng, Phó Trưởng phòng' },
      { code: 'CV-CCVC', name: 'Chuyên viên quản lý công chức, viên chức' },
      { code: 'CV-DTBD', name: 'Chuyên viên đào tạo, bồi dưỡng' },
      { code: 'CV-TCBC', name: 'Chuyên viên tổ chức bộ máy, biên chế' },
      { code: 'CV-CCHC', name: 'Chuyên viên cải cách hành chính' },
      { code: 'CV-TH', name: 'Chuyên viên tổng hợp' },
      { code: 'TTV', name: 'Thanh tra viên', citizens: true },
      { code: 'KT', name: 'Kế toán' },
      { code: 'LT', name: 'Lưu trữ viên' },
      { code: 'QTHT', name: 'Quản trị hệ thống thông tin' },
      { code: 'MC', name: 'Chuyên viên tiếp nhận và trả kết quả hồ sơ thủ tục hành chính', tthc: true, citizens: true },
    ],
  },
  {
    code: 'PSG',
    name: 'Ủy ban nhân dân phường Sài Gòn',
    kind: AgencyKind.WARD,
    validFrom: '2025-07-01',
    units: [
      { code: 'VP', name: 'Văn phòng HĐND và UBND phường' },
      { code: 'KTHTDT', name: 'Phòng Kinh tế, Hạ tầng và Đô thị' },
      { code: 'VHXH', name: 'Phòng Văn hóa - Xã hội' },
      { code: 'TTPVHCC', name: 'Trung tâm Phục vụ hành chính công phường' },
    ],
    positions: [
      { code: 'LD-UBND', name: 'Chủ tịch, Phó Chủ tịch UBND phường', decisions: true },
      { code: 'LD-PHONG', name: 'Trưởng phòng, Phó Trưởng phòng' },
      { code: 'CV-VP', name: 'Chuyên viên văn phòng - thống kê' },
      { code: 'CV-KTHT', name: 'Chuyên viên kinh tế, hạ tầng và đô thị' },
      { code: 'CV-VHXH', name: 'Chuyên viên văn hóa - xã hội' },
      { code: 'MC', name: 'Công chức tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công', tthc: true, citizens: true },
    ],
  },
];

export interface DemoOfficial {
  email: string;
  fullName: string;
  agency: string;
  unit: string;
  position: string;
  rank: string;
  staffCategory: StaffCategory;
  role: Role;
  isLeader?: boolean;
  cityScope?: boolean;
  /** Code of the unit this person heads. */
  heads?: string;
}

const CC = StaffCategory.CONG_CHUC;
const VC = StaffCategory.VIEN_CHUC;
const O = Role.OFFICIAL;
const H = Role.UNIT_HEAD;

/** [fullName, unit, position, rank, category, role, heads?] — email is derived from the name. */
type Row = [string, string, string, string, StaffCategory, Role, string?];

const SNV_STAFF: Row[] = [
  ['Lê Thị Thu Hà', 'VP', 'LD-PHONG', '01.002', CC, H, 'VP'],
  ['Đỗ Minh Khôi', 'VP', 'CV-TH', '01.003', CC, O],
  ['Huỳnh Ngọc Bích', 'VP', 'KT', '06.031', CC, O],
  ['Phan Thanh Tùng', 'VP', 'QTHT', 'V.11.06.14', VC, O],
  ['Võ Thị Kim Ngân', 'VP-LT', 'LT', 'V.01.02.01', VC, H, 'VP-LT'],
  ['Trương Văn Lộc', 'VP-LT', 'LT', 'V.01.02.02', VC, O],
  ['Ngô Thị Hồng Nhung', 'VP-LT', 'LT', 'V.01.02.02', VC, O],
  ['Trần Thị Mai Anh', 'CCVC', 'CV-CCVC', '01.002', CC, O],
  ['Bùi Quốc Bảo', 'CCVC', 'CV-CCVC', '01.003', CC, O],
  ['Đặng Thị Phương Thảo', 'CCVC', 'CV-CCVC', '01.003', CC, O],
  ['Lý Gia Huy', 'CCVC', 'CV-CCVC', '01.003', CC, O],
  ['Hồ Thị Diễm My', 'CCVC', 'CV-CCVC', '01.004', CC, O],
  ['Dương Văn Phúc', 'CCVC-DTBD', 'CV-DTBD', '01.002', CC, H, 'CCVC-DTBD'],
  ['Mai Thị Thanh Tâm', 'CCVC-DTBD', 'CV-DTBD', '01.003', CC, O],
  ['Châu Minh Nhật', 'CCVC-DTBD', 'CV-DTBD', '01.003', CC, O],
  ['Nguyễn Hoàng Long', 'TCBC', 'LD-PHONG', '01.002', CC, H, 'TCBC'],
  ['Tạ Thị Ngọc Lan', 'TCBC', 'CV-TCBC', '01.003', CC, O],
  ['Lâm Quang Vinh', 'TCBC', 'CV-TCBC', '01.003', CC, O],
  ['Phạm Thị Bảo Trân', 'CCHC', 'LD-PHONG', '01.002', CC, H, 'CCHC'],
  ['Kiều Văn Thắng', 'CCHC', 'CV-CCHC', '01.003', CC, O],
  ['Tô Thị Yến Nhi', 'CCHC', 'CV-CCHC', '01.003', CC, O],
  ['Hà Minh Trí', 'CCHC', 'CV-CCHC', '01.004', CC, O],
  ['Vương Thị Cẩm Tú', 'TTR', 'TTV', '01.002', CC, H, 'TTR'],
  ['Quách Đức Anh', 'TTR', 'TTV', '01.003', CC, O],
  ['Lưu Thị Kim Oanh', 'BPMC', 'LD-PHONG', '01.003', CC, H, 'BPMC'],
  ['Thái Văn Sơn', 'BPMC', 'MC', '01.003', CC, O],
  ['Đinh Thị Hải Yến', 'BPMC', 'MC', '01.004', CC, O],
  ['Cao Minh Hiếu', 'BPMC', 'MC', '01.004', CC, O],
];

const PSG_STAFF: Row[] = [
  ['Nguyễn Văn Tâm', 'VP', 'LD-PHONG', '01.002', CC, H, 'VP'],
  ['Trần Ngọc Hân', 'VP', 'CV-VP', '01.003', CC, O],
  ['Lê Hoàng Nam', 'VP', 'CV-VP', '01.003', CC, O],
  ['Phạm Minh Quân', 'KTHTDT', 'LD-PHONG', '01.002', CC, H, 'KTHTDT'],
  ['Võ Thị Thanh Hương', 'KTHTDT', 'CV-KTHT', '01.003', CC, O],
  ['Huỳnh Tấn Phát', 'KTHTDT', 'CV-KTHT', '01.003', CC, O],
  ['Đoàn Thị Mỹ Linh', 'VHXH', 'LD-PHONG', '01.002', CC, H, 'VHXH'],
  ['Nguyễn Thị Thúy Vy', 'VHXH', 'CV-VHXH', '01.003', CC, O],
  ['Trịnh Quốc Cường', 'VHXH', 'CV-VHXH', '01.004', CC, O],
  ['Bạch Thị Như Quỳnh', 'TTPVHCC', 'LD-PHONG', '01.003', CC, H, 'TTPVHCC'],
  ['La Văn Hậu', 'TTPVHCC', 'MC', '01.004', CC, O],
  ['Ông Thị Bích Ngọc', 'TTPVHCC', 'MC', '01.004', CC, O],
];

function emailOf(fullName: string): string {
  const ascii = fullName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
  return `${ascii.split(/\s+/).join('.')}@demo.ketqua.vn`;
}

const fromRows = (agency: string, rows: Row[]): DemoOfficial[] =>
  rows.map(([fullName, unit, position, rank, staffCategory, role, heads]) => ({
    email: emailOf(fullName),
    fullName,
    agency,
    unit,
    position,
    rank,
    staffCategory,
    role,
    isLeader: !!heads,
    heads,
  }));

export const DEMO_OFFICIALS: DemoOfficial[] = [
  { email: 'admin@demo.ketqua.vn', fullName: 'Phạm Quốc Hưng', agency: 'SNV', unit: 'VP', position: 'QTHT', rank: 'V.11.06.14', staffCategory: VC, role: Role.ADMIN },
  {
    email: 'hr@demo.ketqua.vn',
    fullName: 'Trần Thị Bích Ngọc',
    agency: 'SNV',
    unit: 'TCBC',
    position: 'CV-TCBC',
    rank: '01.002',
    staffCategory: CC,
    role: Role.HR,
    cityScope: true,
  },
  {
    email: 'head@demo.ketqua.vn',
    fullName: 'Nguyễn Văn Minh',
    agency: 'SNV',
    unit: 'CCVC',
    position: 'LD-PHONG',
    rank: '01.002',
    staffCategory: CC,
    role: H,
    isLeader: true,
    heads: 'CCVC',
  },
  { email: 'official@demo.ketqua.vn', fullName: 'Lê Thị Hồng Nhung', agency: 'SNV', unit: 'CCVC', position: 'CV-CCVC', rank: '01.003', staffCategory: CC, role: O },
  {
    email: 'inspector@demo.ketqua.vn',
    fullName: 'Võ Đức Thành',
    agency: 'SNV',
    unit: 'TTR',
    position: 'TTV',
    rank: '01.002',
    staffCategory: CC,
    role: Role.INSPECTOR,
    cityScope: true,
  },
  ...fromRows('SNV', SNV_STAFF),
  ...fromRows('PSG', PSG_STAFF),
];
