export * from './calendar.types';
export * from './core-hours';
export * from './official-tables';
export * from './fixed-holidays';
export * from './calendar-loader';
export * from './working-calendar';
