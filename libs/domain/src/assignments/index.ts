export * from './assignment-status';
