export * from './vien-chuc-grade';
