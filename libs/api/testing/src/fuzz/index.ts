// The mutation fuzzer (fast-check), its own entry point: fast-check and the arbitraries cost about a
// second to load, which every other spec importing @ketqua/api/testing would pay for nothing.
export * from './input-arbitraries';
export * from './database-snapshot';
export * from './fuzz-mutation';
