// Helpers every feature's services share (Vendure keeps such helpers in service/helpers/).
export * from './audit-diff';
export * from './pg-errors';
export * from './unit-tree';
export * from './versioning';
