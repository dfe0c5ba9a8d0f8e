import { InvalidInputError } from '../errors';
import { isEntityType, isRelationType, MODALITIES } from '../model/entity-types';
import type { ArticleGraph } from '../model/graph';

const MAX_REPORTED = 5;

/**
 * Rejects a graph the store must not write: a reference to an entity the graph does not carry,
 * a type outside the allow-lists, duplicate ids. Checked before any write, so nothing is written.
 */
export function validateArticleGraph(graph: ArticleGraph): void {
  const problems: string[] = [];
  const { article } = graph;
  if (!article.id) problems.push('article.id is empty');
  if (!article.contentHash) problems.push('article.contentHash is empty');

  const keys = new Set<string>();
  for (const entity of graph.entities) {
    if (keys.has(entity.key)) problems.push(`entity ${entity.key} appears twice`);
    keys.add(entity.key);
    if (!isEntityType(entity.type)) {
      problems.push(`entity ${entity.key}: expected an entity type, found "${entity.type}"`);
    }
  }
  const known = (key: string, what: string) => {
    if (!keys.has(key)) problems.push(`${what} refers to unknown entity ${key}`);
  };

  for (const mention of graph.mentions) known(mention.entityKey, `mention at ${mention.start}`);
  const statementIds = new Set<string>();
  for (const s of graph.statements) {
    if (statementIds.has(s.id)) problems.push(`statement ${s.id} appears twice`);
    statementIds.add(s.id);
    if (!isRelationType(s.type)) problems.push(`statement ${s.id}: unknown type "${s.type}"`);
    if (!MODALITIES.includes(s.modality)) {
      problems.push(`statement ${s.id}: unknown modality "${s.modality}"`);
    }
    known(s.subjectKey, `statement ${s.id} subject`);
    known(s.objectKey, `statement ${s.id} object`);
  }
  const quoteIds = new Set<string>();
  for (const q of graph.quotes) {
    if (quoteIds.has(q.id)) problems.push(`quote ${q.id} appears twice`);
    quoteIds.add(q.id);
    if (q.speakerKey !== undefined) known(q.speakerKey, `quote ${q.id} speaker`);
    for (const key of q.mentionedKeys) known(key, `quote ${q.id} mention`);
  }

  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_REPORTED).join('; ');
    const more =
      problems.length > MAX_REPORTED ? ` (and ${problems.length - MAX_REPORTED} more)` : '';
    throw new InvalidInputError(`Article ${article.id}: ${shown}${more}`);
  }
}
