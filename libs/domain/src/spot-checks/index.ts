export * from './draw';
export * from './verify';
export * from './outcomes';
