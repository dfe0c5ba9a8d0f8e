import type { StatementView } from '../../store/graph-store';
import type { ApiContext } from '../api-context';
import type { ParticipantModel } from '../resolver-models';
import { participationsOf } from './entity-roles';

/**
 * An event's participants: the PARTICIPATED_IN statements (entity → event) that reach it, grouped
 * by entity and role, so a host and a guest stay apart and an entity named host and guest is
 * listed twice. Most statements first, then by role and key, so the order is stable.
 */
export async function eventParticipants(
  ctx: ApiContext,
  eventKey: string,
): Promise<ParticipantModel[]> {
  const statements = await participationsOf(ctx, eventKey, 'IN');
  const participants = new Map<string, ParticipantModel>();
  for (const statement of statements) addToParticipant(participants, statement);
  return [...participants.values()].sort(
    (a, b) =>
      b.statements.length - a.statements.length ||
      compare(a.role, b.role) ||
      compare(a.entityKey, b.entityKey),
  );
}

function addToParticipant(
  participants: Map<string, ParticipantModel>,
  statement: StatementView,
): void {
  const role = statement.role ?? 'participant';
  const id = `${statement.subjectKey}\u0000${role}`;
  const existing = participants.get(id);
  if (existing) existing.statements.push(statement);
  else participants.set(id, { entityKey: statement.subjectKey, role, statements: [statement] });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
