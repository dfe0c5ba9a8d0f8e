import type { Driver } from 'neo4j-driver';
import { RELATION_TYPES, type EntityType, type RelationType } from '../../model/entity-types';
import {
  EXPORT_PAGE_SIZE,
  edgeId,
  readPages,
  type CoMentionEdge,
  type ExportEdge,
  type ExportFilter,
  type ExportNode,
  type GraphExportSource,
  type RelationshipEdge,
} from '../export-source';
import type { CypherName } from './cypher-names';
import { loadCypherRegistry, type CypherRegistry } from './cypher-registry';
import { readTx, type Neo4jContext, type Row } from './neo4j-context';
import { cypherInt, optional } from './neo4j-values';

export interface Neo4jExportSourceOptions {
  /** Default 'neo4j'. */
  database?: string;
  /** Default: the statements under the repository's cypher/ folder. */
  cypher?: CypherRegistry;
  pageSize?: number;
  /** Whether close() also closes the driver (true when the factory created it). */
  ownsDriver?: boolean;
  /** Where the server is, for messages (never with credentials). */
  address?: string;
}

/**
 * GraphExportSource over the Neo4j graph (cypher/README.md). Every page is one read transaction
 * of a `cypher/export/*` statement from a keyset cursor, so a page costs the same at the start
 * and at the end of a big graph, and no transaction stays open while the writer waits on disk.
 */
export class Neo4jExportSource implements GraphExportSource {
  readonly kind = 'neo4j' as const;
  private readonly ctx: Neo4jContext;
  private readonly pageSize: number;

  constructor(
    driver: Driver,
    private readonly options: Neo4jExportSourceOptions = {},
  ) {
    const database = options.database ?? 'neo4j';
    this.ctx = {
      driver,
      database,
      cypher: options.cypher ?? loadCypherRegistry(),
      address: `${options.address ?? 'Neo4j'} (database ${database})`,
    };
    this.pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  }

  nodes(filter: ExportFilter): AsyncIterable<ExportNode> {
    const common = filterParams(filter);
    return readPages<ExportNode, string>(
      async (after, limit) =>
        (await this.page('export/page-entities', { ...common, key: after ?? '', limit })).map(
          toNode,
        ),
      (node) => node.key,
      this.pageSize,
    );
  }

  async *relationships(filter: ExportFilter): AsyncGenerator<ExportEdge> {
    const types = filter.relationTypes ?? RELATION_TYPES;
    if (types.length > 0) yield* this.typedRelationships(filter, types);
    if (filter.coMentions) yield* this.coMentions(filter);
  }

  async close(): Promise<void> {
    if (this.options.ownsDriver) await this.ctx.driver.close();
  }

  private typedRelationships(
    filter: ExportFilter,
    types: readonly RelationType[],
  ): AsyncIterable<RelationshipEdge> {
    const common = { ...filterParams(filter), relationTypes: [...types] };
    return readPages<RelationshipEdge, RelationshipEdge>(
      async (after, limit) =>
        (
          await this.page('export/page-relationships', {
            ...common,
            fromKey: after?.source ?? '',
            type: after?.type ?? '',
            toKey: after?.target ?? '',
            limit,
          })
        ).map(toRelationshipEdge),
      (edge) => edge,
      this.pageSize,
    );
  }

  private coMentions(filter: ExportFilter): AsyncIterable<CoMentionEdge> {
    const common = filterParams(filter);
    return readPages<CoMentionEdge, CoMentionEdge>(
      async (after, limit) =>
        (
          await this.page('export/page-co-mentions', {
            ...common,
            fromKey: after?.source ?? '',
            toKey: after?.target ?? '',
            limit,
          })
        ).map(toCoMentionEdge),
      (edge) => edge,
      this.pageSize,
    );
  }

  private page(name: CypherName, params: Record<string, unknown> & { limit: number }) {
    return readTx(this.ctx, (tx) => tx.run(name, { ...params, limit: cypherInt(params.limit) }));
  }
}

function filterParams(filter: ExportFilter): {
  since: string | null;
  until: string | null;
  types: EntityType[] | null;
} {
  const entityTypes = filter.entityTypes ?? [];
  return {
    since: filter.since ?? null,
    until: filter.until ?? null,
    types: entityTypes.length > 0 ? [...entityTypes] : null,
  };
}

function toNode(row: Row): ExportNode {
  const node: ExportNode = {
    key: row.key as string,
    type: row.type as EntityType,
    name: row.name as string,
    aliases: [...(row.aliases as string[])].sort(),
    mentionCount: row.mentionCount as number,
    articleCount: row.articleCount as number,
  };
  const wikidataId = optional(row.wikidataId as string | null);
  const firstSeen = optional(row.firstSeen as string | null);
  const lastSeen = optional(row.lastSeen as string | null);
  if (wikidataId !== undefined) node.wikidataId = wikidataId;
  if (firstSeen !== undefined) node.firstSeen = firstSeen;
  if (lastSeen !== undefined) node.lastSeen = lastSeen;
  return node;
}

function toRelationshipEdge(row: Row): RelationshipEdge {
  const source = row.source as string;
  const type = row.type as RelationType;
  const target = row.target as string;
  const edge: RelationshipEdge = {
    kind: 'relationship',
    id: edgeId(source, type, target),
    type,
    source,
    target,
    statementCount: row.statementCount as number,
    articleCount: row.articleCount as number,
    sourceCount: row.sourceCount as number,
    maxConfidence: row.maxConfidence as number,
    meanConfidence: row.meanConfidence as number,
    roles: [...(row.roles as string[])].sort(),
  };
  const firstDate = optional(row.firstDate as string | null);
  const lastDate = optional(row.lastDate as string | null);
  if (firstDate !== undefined) edge.firstDate = firstDate;
  if (lastDate !== undefined) edge.lastDate = lastDate;
  return edge;
}

function toCoMentionEdge(row: Row): CoMentionEdge {
  const source = row.source as string;
  const target = row.target as string;
  return {
    kind: 'co-mention',
    id: edgeId(source, 'CO_MENTIONED', target),
    type: 'CO_MENTIONED',
    source,
    target,
    count: row.count as number,
    articleCount: row.articleCount as number,
  };
}
