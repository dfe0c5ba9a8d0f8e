import { openTempSqliteStore } from '../store/sqlite-temp';
import { describeGraphWrites } from './api-graph-writes';

describeGraphWrites('SQLite', openTempSqliteStore);
