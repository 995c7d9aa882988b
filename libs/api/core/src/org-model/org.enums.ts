import { registerEnumType } from '@nestjs/graphql';

/** PRODUCT.md section 1. One role per account; every role also owns its own records. */
export enum Role {
  OFFICIAL = 'OFFICIAL',
  UNIT_HEAD = 'UNIT_HEAD',
  HR = 'HR',
  ADMIN = 'ADMIN',
  INSPECTOR = 'INSPECTOR',
}

/** Decides which evaluation regime applies (PRODUCT.md 4.4). */
export enum StaffCategory {
  CAN_BO = 'CAN_BO',
  CONG_CHUC = 'CONG_CHUC',
  VIEN_CHUC = 'VIEN_CHUC',
  NGUOI_LAO_DONG = 'NGUOI_LAO_DONG',
}

/** Agencies are reorganised (2025: 168 wards, communes and special zones), never hard-coded. */
export enum AgencyKind {
  DEPARTMENT = 'DEPARTMENT',
  WARD = 'WARD',
  COMMUNE = 'COMMUNE',
  SPECIAL_ZONE = 'SPECIAL_ZONE',
  OTHER = 'OTHER',
}

registerEnumType(Role, { name: 'Role', description: 'OFFICIAL công chức/viên chức · UNIT_HEAD trưởng đơn vị · HR tổ chức cán bộ · ADMIN quản trị · INSPECTOR thanh tra' });
registerEnumType(StaffCategory, { name: 'StaffCategory', description: 'cán bộ · công chức · viên chức · người lao động' });
registerEnumType(AgencyKind, { name: 'AgencyKind', description: 'sở/ban/ngành · phường · xã · đặc khu · khác' });
