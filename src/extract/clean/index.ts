export { cleanArticle } from './clean-article';
export type { CleanedArticle, RemovedKind, RemovedText } from './removed-text';
