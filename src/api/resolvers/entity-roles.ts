import type { StatementView } from '../../store/graph-store';
import type { ApiContext } from '../api-context';
import type { RoleModel } from '../resolver-models';

/**
 * An entity's roles in events: its PARTICIPATED_IN statements (entity → event) grouped by event
 * and role, so "host" and "guest" of one summit stay apart.
 */
export async function entityRoles(ctx: ApiContext, key: string): Promise<RoleModel[]> {
  const participations = await ctx.loaders
    .relationships({ types: ['PARTICIPATED_IN'], direction: 'OUT' })
    .load(key);
  const statements = await ctx.loaders.statements.loadMany(
    participations.map((r) => ({ subjectKey: r.subjectKey, type: r.type, objectKey: r.objectKey })),
  );
  const roles = new Map<string, RoleModel>();
  statements.forEach((list, index) => {
    if (list instanceof Error) throw list;
    const eventKey = participations[index]?.objectKey;
    if (eventKey === undefined) return;
    for (const statement of list) addToRole(roles, eventKey, statement);
  });
  return [...roles.values()];
}

function addToRole(
  roles: Map<string, RoleModel>,
  eventKey: string,
  statement: StatementView,
): void {
  if (statement.modality === 'negated') return;
  const role = statement.role ?? 'participant';
  const id = `${eventKey}\u0000${role}`;
  const existing = roles.get(id);
  if (existing) existing.statements.push(statement);
  else roles.set(id, { eventKey, role, statements: [statement] });
}
