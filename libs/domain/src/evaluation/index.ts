export * from './bands';
export * from './overrides';
export * from './leader';
export * from './period-score';
export * from './annual-grade';
export * from './evaluation-flow';
export * from './calibration';
export * from './evaluation-period';
