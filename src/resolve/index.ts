export { createResolver, type Resolver, type ResolverOptions } from './create-resolver';
export type { ArticleMeta } from './build-article-record';
export type { EntityLookup } from './entity-lookup';
export { AMBIGUOUS_CERTAINTY, CHOSEN_AMONG_CANDIDATES_CERTAINTY } from './entity-resolution';
