export * from './matrix';
export * from './matrix-types';
