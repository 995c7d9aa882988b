import { Role } from '@ketqua/api/core';

/**
 * Who may export a report: exactly who may read it (the pilotReport query's @Allow: HR, ADMIN and
 * the read-only INSPECTOR, whose export writes only their own export row and audit events).
 */
export const EXPORT_ROLES = [Role.HR, Role.ADMIN, Role.INSPECTOR] as const;
