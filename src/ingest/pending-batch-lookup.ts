import type { EntityType } from '../model/entity-types';
import type { ArticleGraph, EntityRecord } from '../model/graph';
import { normaliseName } from '../model/ids';
import type { EntityLookup } from '../resolve/entity-lookup';
import type { EntityView, GraphStore } from '../store/graph-store';
import type { NameQuery } from './lookup-names';

/** What the batch look-up reads from the store. */
export type BatchLookupStore = EntityLookup & Pick<GraphStore, 'findEntitiesByNames'>;

/**
 * The store as resolution must see it while a batch of resolved articles waits to be written:
 * the store's answers plus the entities of the pending graphs, merged the way the store will
 * merge them (name, type and Wikidata id of whoever created the entity; aliases and attribute
 * keys accumulate). Resolving article k+1 through it gives what resolving it after writing
 * article k would — as long as no pending article replaces a stored version (an update can
 * delete entities), which is why the batcher writes the batch right after an update.
 *
 * Store answers are cached until `clear()`: the batch is written by this process in one
 * transaction, so within a batch they can only change by what the pending graphs add.
 */
export class PendingBatchLookup implements EntityLookup {
  private readonly byName = new Map<string, Promise<EntityView[]>>();
  private readonly byKey = new Map<string, Promise<EntityView | null>>();
  private readonly pending = new Map<string, EntityView>();
  private readonly pendingByForm = new Map<string, Set<string>>();

  constructor(private readonly store: BatchLookupStore) {}

  async findEntitiesByName(name: string, type?: EntityType): Promise<EntityView[]> {
    const form = normaliseName(name);
    if (form === '') return [];
    const views = new Map<string, EntityView>();
    for (const view of await this.storeFind(form, type)) {
      views.set(view.key, this.pending.get(view.key) ?? view);
    }
    for (const key of this.pendingByForm.get(form) ?? []) {
      const view = this.pending.get(key);
      if (view && (type === undefined || view.type === type) && !views.has(key)) {
        views.set(key, view);
      }
    }
    return [...views.values()].sort(
      (a, b) => b.mentionCount - a.mentionCount || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  }

  async getEntities(keys: readonly string[]): Promise<(EntityView | null)[]> {
    await this.loadKeys(keys.filter((key) => !this.pending.has(key)));
    return Promise.all(keys.map((key) => this.pending.get(key) ?? this.byKey.get(key) ?? null));
  }

  /** Fetches what resolving a batch will ask into the cache: two store round trips in all. */
  async prefetch(names: readonly NameQuery[], keys: readonly string[]): Promise<void> {
    const missing = [
      ...new Map(
        names
          .filter(({ form, type }) => !this.byName.has(nameKey(form, type)))
          .map((query) => [nameKey(query.form, query.type), query]),
      ).values(),
    ];
    await Promise.all([this.loadKeys(keys), this.loadNames(missing)]);
  }

  /** Makes a resolved graph's entities visible to later look-ups, as writing it would. */
  async add(graph: ArticleGraph): Promise<void> {
    const keys = graph.entities.map((e) => e.key);
    await this.loadKeys(keys.filter((key) => !this.pending.has(key)));
    const mentions = new Map<string, number>();
    for (const m of graph.mentions) mentions.set(m.entityKey, (mentions.get(m.entityKey) ?? 0) + 1);
    for (const record of graph.entities) {
      const before = this.pending.get(record.key) ?? (await this.byKey.get(record.key)) ?? null;
      const view = withRecord(before, record, mentions.get(record.key) ?? 0);
      this.pending.set(view.key, view);
      for (const form of [view.name, ...view.aliases].map(normaliseName)) {
        let set = this.pendingByForm.get(form);
        if (!set) this.pendingByForm.set(form, (set = new Set()));
        set.add(view.key);
      }
    }
  }

  /** The batch was written (or dropped): forget it and the store answers cached for it. */
  clear(): void {
    this.byName.clear();
    this.byKey.clear();
    this.pending.clear();
    this.pendingByForm.clear();
  }

  private storeFind(form: string, type: EntityType | undefined): Promise<EntityView[]> {
    // An answer for the name whatever the type holds every typed answer: filtering keeps order.
    const untyped = type === undefined ? undefined : this.byName.get(nameKey(form, undefined));
    if (untyped) return untyped.then((views) => views.filter((view) => view.type === type));
    const id = nameKey(form, type);
    let answer = this.byName.get(id);
    if (!answer) {
      answer = this.store.findEntitiesByName(form, type);
      this.byName.set(id, answer);
      answer.then((views) => this.rememberViews(views)).catch(() => this.byName.delete(id));
    }
    return answer;
  }

  /** Loads the store's answers for names not cached yet, in one call. */
  private async loadNames(queries: readonly NameQuery[]): Promise<void> {
    if (queries.length === 0) return;
    const answer = this.store.findEntitiesByNames(
      queries.map(({ form, type }) => ({ name: form, type })),
    );
    queries.forEach(({ form, type }, i) => {
      const id = nameKey(form, type);
      const views = answer.then((all) => all[i] ?? []);
      views.catch(() => this.byName.delete(id));
      this.byName.set(id, views);
    });
    for (const views of await answer) this.rememberViews(views);
  }

  /**
   * A name answer holds the store's full views of the entities it found, read at the same time
   * as the key look-ups: they answer `getEntities` for those keys too, which spares resolution a
   * store round trip for every candidate it found by name.
   */
  private rememberViews(views: readonly EntityView[]): void {
    for (const view of views) {
      if (!this.byKey.has(view.key)) {
        this.byKey.set(view.key, Promise.resolve({ ...view, aliases: [...view.aliases] }));
      }
    }
  }

  /** Loads the store's views of keys not cached yet, in one call. */
  private async loadKeys(keys: readonly string[]): Promise<void> {
    const missing = [...new Set(keys)].filter((key) => !this.byKey.has(key));
    if (missing.length === 0) return;
    const answer = this.store.getEntities(missing);
    missing.forEach((key, i) => {
      const view = answer.then((views) => views[i] ?? null);
      view.catch(() => this.byKey.delete(key));
      this.byKey.set(key, view);
    });
    await answer;
  }
}

function nameKey(form: string, type: EntityType | undefined): string {
  return `${type ?? ''}\u0000${form}`;
}

/**
 * The entity after writing `record` over `before` (the stored or pending view, or null): what
 * the store keeps is kept, aliases are the sorted union without the name, missing attribute keys
 * are added, counts grow by this article.
 */
function withRecord(before: EntityView | null, record: EntityRecord, mentions: number): EntityView {
  const base: EntityView = before ?? {
    key: record.key,
    type: record.type,
    name: record.name,
    aliases: [],
    mentionCount: 0,
    articleCount: 0,
    curated: false,
    ...(record.wikidataId ? { wikidataId: record.wikidataId } : {}),
  };
  const aliases = new Set(base.aliases);
  for (const alias of record.aliases.map((a) => a.trim())) {
    if (alias !== '' && alias !== base.name) aliases.add(alias);
  }
  const attributes =
    record.attributes || base.attributes ? { ...record.attributes, ...base.attributes } : undefined;
  return {
    ...base,
    aliases: [...aliases].sort(),
    ...(attributes ? { attributes } : {}),
    mentionCount: base.mentionCount + mentions,
    articleCount: base.articleCount + (mentions > 0 ? 1 : 0),
  };
}
