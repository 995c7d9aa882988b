export * from './errors';
export * from './explanation';
export * from './grade';
export * from './hash';
export * from './local-date';
export * from './numbers';
export * from './prng';
