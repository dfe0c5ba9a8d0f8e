import type { Database } from 'better-sqlite3';
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
import { mapSqliteError } from './map-sqlite-error';

/** The entity filter of ExportFilter over the entities row `alias`. */
const passesNodeFilter = (alias: string) => `
  (@entityTypes IS NULL OR ${alias}.type IN (SELECT value FROM json_each(@entityTypes)))
  AND (@since IS NULL OR ${alias}.last_seen >= @since)
  AND (@until IS NULL OR substr(${alias}.first_seen, 1, length(@until)) <= @until)`;

const inRange = (column: string) => `(@since IS NULL OR ${column} >= @since)
  AND (@until IS NULL OR substr(${column}, 1, length(@until)) <= @until)`;

const NODES_SQL = `
  SELECT e.key, e.type, e.name, e.wikidata_id AS wikidataId, e.mention_count AS mentionCount,
    e.article_count AS articleCount, e.first_seen AS firstSeen, e.last_seen AS lastSeen,
    (SELECT json_group_array(alias) FROM
      (SELECT alias FROM entity_aliases WHERE entity_key = e.key ORDER BY alias)) AS aliases
  FROM entities e
  WHERE e.key > @after AND ${passesNodeFilter('e')}
  ORDER BY e.key
  LIMIT @limit`;

// Row values walk the primary key (subject_key, type, object_key) from the cursor on.
const RELATIONSHIPS_SQL = `
  SELECT r.subject_key AS source, r.type, r.object_key AS target,
    r.statement_count AS statementCount, r.article_count AS articleCount,
    r.source_count AS sourceCount, r.max_confidence AS maxConfidence,
    r.mean_confidence AS meanConfidence, r.first_date AS firstDate, r.last_date AS lastDate,
    r.roles
  FROM relationships r
  JOIN entities s ON s.key = r.subject_key
  JOIN entities o ON o.key = r.object_key
  WHERE (r.subject_key, r.type, r.object_key) > (@afterSource, @afterType, @afterTarget)
    AND r.type IN (SELECT value FROM json_each(@relationTypes))
    AND ${passesNodeFilter('s')} AND ${passesNodeFilter('o')}
    AND ((@since IS NULL AND @until IS NULL) OR EXISTS (
      SELECT 1 FROM statements st
      WHERE st.subject_key = r.subject_key AND st.type = r.type AND st.object_key = r.object_key
        AND st.modality <> 'negated' AND st.effective_date IS NOT NULL
        AND ${inRange('st.effective_date')}))
  ORDER BY r.subject_key, r.type, r.object_key
  LIMIT @limit`;

const CO_MENTIONS_SQL = `
  SELECT c.a AS source, c.b AS target, sum(c.count) AS count, count(*) AS articleCount
  FROM article_comentions c
  JOIN entities ea ON ea.key = c.a
  JOIN entities eb ON eb.key = c.b
  JOIN articles art ON art.id = c.article_id
  WHERE (c.a, c.b) > (@afterSource, @afterTarget)
    AND ${passesNodeFilter('ea')} AND ${passesNodeFilter('eb')}
  GROUP BY c.a, c.b
  HAVING (@since IS NULL AND @until IS NULL)
    OR max(${inRange('coalesce(art.published_at, art.ingested_at)')})
  ORDER BY c.a, c.b
  LIMIT @limit`;

interface NodeRow extends Omit<ExportNode, 'aliases' | 'wikidataId' | 'firstSeen' | 'lastSeen'> {
  aliases: string;
  wikidataId: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

interface RelationshipRow {
  source: string;
  type: RelationType;
  target: string;
  statementCount: number;
  articleCount: number;
  sourceCount: number;
  maxConfidence: number;
  meanConfidence: number;
  firstDate: string | null;
  lastDate: string | null;
  roles: string;
}

interface CoMentionRow {
  source: string;
  target: string;
  count: number;
  articleCount: number;
}

export interface SqliteExportSourceOptions {
  pageSize?: number;
  /** Whether close() also closes the handle (true when the factory opened it). */
  ownsDatabase?: boolean;
}

/**
 * GraphExportSource over the SQLite schema (src/store/sqlite/migrations). Each page is one
 * prepared statement run from a keyset cursor, so no page depends on the size of the graph.
 */
export class SqliteExportSource implements GraphExportSource {
  readonly kind = 'sqlite' as const;
  private readonly pageSize: number;

  constructor(
    private readonly db: Database,
    private readonly options: SqliteExportSourceOptions = {},
  ) {
    this.pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  }

  nodes(filter: ExportFilter): AsyncIterable<ExportNode> {
    const statement = this.db.prepare(NODES_SQL);
    const common = filterParams(filter);
    return readPages<ExportNode, string>(
      async (after, limit) =>
        this.guard(() =>
          (statement.all({ ...common, after: after ?? '', limit }) as NodeRow[]).map(toNode),
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
    if (this.options.ownsDatabase && this.db.open) this.db.close();
  }

  private typedRelationships(
    filter: ExportFilter,
    types: readonly RelationType[],
  ): AsyncIterable<RelationshipEdge> {
    const statement = this.db.prepare(RELATIONSHIPS_SQL);
    const common = { ...filterParams(filter), relationTypes: JSON.stringify(types) };
    return readPages<RelationshipEdge, RelationshipEdge | undefined>(
      async (after, limit) =>
        this.guard(() =>
          (
            statement.all({
              ...common,
              afterSource: after?.source ?? '',
              afterType: after?.type ?? '',
              afterTarget: after?.target ?? '',
              limit,
            }) as RelationshipRow[]
          ).map(toRelationshipEdge),
        ),
      (edge) => edge,
      this.pageSize,
    );
  }

  private coMentions(filter: ExportFilter): AsyncIterable<CoMentionEdge> {
    const statement = this.db.prepare(CO_MENTIONS_SQL);
    const common = filterParams(filter);
    return readPages<CoMentionEdge, CoMentionEdge | undefined>(
      async (after, limit) =>
        this.guard(() =>
          (
            statement.all({
              ...common,
              afterSource: after?.source ?? '',
              afterTarget: after?.target ?? '',
              limit,
            }) as CoMentionRow[]
          ).map(toCoMentionEdge),
        ),
      (edge) => edge,
      this.pageSize,
    );
  }

  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw mapSqliteError(error);
    }
  }
}

function filterParams(filter: ExportFilter): {
  since: string | null;
  until: string | null;
  entityTypes: string | null;
} {
  const entityTypes: readonly EntityType[] = filter.entityTypes ?? [];
  return {
    since: filter.since ?? null,
    until: filter.until ?? null,
    entityTypes: entityTypes.length > 0 ? JSON.stringify(entityTypes) : null,
  };
}

function toNode(row: NodeRow): ExportNode {
  const node: ExportNode = {
    key: row.key,
    type: row.type,
    name: row.name,
    aliases: (JSON.parse(row.aliases) as string[]).sort(),
    mentionCount: row.mentionCount,
    articleCount: row.articleCount,
  };
  if (row.wikidataId !== null) node.wikidataId = row.wikidataId;
  if (row.firstSeen !== null) node.firstSeen = row.firstSeen;
  if (row.lastSeen !== null) node.lastSeen = row.lastSeen;
  return node;
}

function toRelationshipEdge(row: RelationshipRow): RelationshipEdge {
  const { firstDate, lastDate, roles, ...counts } = row;
  return {
    kind: 'relationship',
    id: edgeId(row.source, row.type, row.target),
    ...counts,
    ...(firstDate !== null ? { firstDate } : {}),
    ...(lastDate !== null ? { lastDate } : {}),
    roles: (JSON.parse(roles) as string[]).sort(),
  };
}

function toCoMentionEdge(row: CoMentionRow): CoMentionEdge {
  return {
    kind: 'co-mention',
    id: edgeId(row.source, 'CO_MENTIONED', row.target),
    type: 'CO_MENTIONED',
    ...row,
  };
}
