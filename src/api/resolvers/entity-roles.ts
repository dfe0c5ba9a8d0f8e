import type { StatementView } from '../../store/graph-store';
import type { ApiContext } from '../api-context';
import type { RoleModel } from '../resolver-models';

/**
 * The non-negated PARTICIPATED_IN statements (entity → event) from `key` (OUT: its own
 * participations) or into it (IN: an event's), through the request's loaders.
 */
export async function participationsOf(
  ctx: ApiContext,
  key: string,
  direction: 'OUT' | 'IN',
): Promise<StatementView[]> {
  const participations = await ctx.loaders
    .relationships({ types: ['PARTICIPATED_IN'], direction })
    .load(key);
  const statements = await ctx.loaders.statements.loadMany(
    participations.map((r) => ({ subjectKey: r.subjectKey, type: r.type, objectKey: r.objectKey })),
  );
  return statements.flatMap((list) => {
    if (list instanceof Error) throw list;
    return list.filter((statement) => statement.modality !== 'negated');
  });
}

/**
 * An entity's roles in events: its PARTICIPATED_IN statements (entity → event) grouped by event
 * and role, so "host" and "guest" of one summit stay apart.
 */
export async function entityRoles(ctx: ApiContext, key: string): Promise<RoleModel[]> {
  const roles = new Map<string, RoleModel>();
  for (const statement of await participationsOf(ctx, key, 'OUT')) addToRole(roles, statement);
  return [...roles.values()];
}

function addToRole(roles: Map<string, RoleModel>, statement: StatementView): void {
  const role = statement.role ?? 'participant';
  const eventKey = statement.objectKey;
  const id = `${eventKey}\u0000${role}`;
  const existing = roles.get(id);
  if (existing) existing.statements.push(statement);
  else roles.set(id, { eventKey, role, statements: [statement] });
}
