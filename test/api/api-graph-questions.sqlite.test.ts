import { openTempSqliteStore } from '../store/sqlite-temp';
import { describeGraphQuestions } from './api-graph-questions';

describeGraphQuestions('SQLite', openTempSqliteStore);
