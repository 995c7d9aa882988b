export * from './descriptive';
export * from './difference-in-differences';
export * from './report';
