export * from './eligibility';
export * from './caps';
export * from './workload-parity';
