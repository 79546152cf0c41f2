// Demo and benchmark data: the five scenario groups, synthetic groups, and the helpers they share.
export { nameSearchKeys, type NameSearchKeys } from './pinyin';
export {
  seedDemo,
  hasData,
  DEMO_PASSWORD,
  DEMO_SEED,
  type DemoAccount,
  type SeedDemoOptions,
  type SeedDemoResult,
  type SeedProgress,
} from './scenarios';
export { generateSyntheticGroup, type SyntheticOptions, type SyntheticResult } from './synthetic';
export { generateSyntheticRecords, type SyntheticRecordsOptions, type SyntheticRecordsResult } from './synthetic-records';
export {
  generateSyntheticLedgers,
  SYNTHETIC_CATEGORIES,
  type SyntheticLedgersOptions,
  type SyntheticLedgersResult,
} from './synthetic-ledgers';
export {
  BULK_CHUNK,
  BulkWriter,
  insertColumns,
  nextIds,
  resetIdentities,
  rowsOf,
  vacuumAnalyze,
  type BulkTable,
  type Cell,
  type ColumnType,
} from './bulk';
export { S1 } from './s1';
export { S4_BASE_ORGS } from './s4';
export { S5_LEADERS } from './s5';
