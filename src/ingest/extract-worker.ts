import { createDefaultExtractor } from '../extract/default-extractor';
import type { ArticleInput } from '../model/article-input';
import { serveWorkerTasks } from './worker-host';

/** Worker thread entry: one extractor per thread, built once, answering one article at a time. */
const extract = createDefaultExtractor();
serveWorkerTasks((input: ArticleInput) => extract(input));
