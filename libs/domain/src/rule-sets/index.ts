export * from './rule-set.types';
export * from './v1';
export * from './registry';
export * from './criteria-template';
export * from './criteria-text';
