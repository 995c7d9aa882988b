import { Role } from '@ketqua/api/core';

/** Who may export a report: those who may read it (the pilot report: HR and administrators, PRODUCT.md 1). */
export const EXPORT_ROLES = [Role.HR, Role.ADMIN] as const;
