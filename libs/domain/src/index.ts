// @ketqua/domain: every rule of PRODUCT.md section 4 that decides a number. Pure TypeScript, no
// framework, no database, no clock or randomness it is not given; it runs in Node and the browser.
export * from './shared';
export * from './calendar';
export * from './rule-sets';
export * from './assignment-scoring';
export * from './assignments';
export * from './evaluation';
export * from './vien-chuc';
export * from './quota';
export * from './home-work';
export * from './spot-checks';
export * from './statistics';
export * from './citizen-service';
export * from './access';
export * from './unit-overview';
export * from './personal-data';
export * from './notifications/mail-delivery';
