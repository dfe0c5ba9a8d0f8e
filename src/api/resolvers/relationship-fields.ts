import { checkFirst } from '../connection/page-args';
import type {
  ParticipantResolvers,
  RelationshipResolvers,
  RoleResolvers,
} from '../resolvers-types.generated';
import { referencedEntity } from './load-entities';

/** An aggregated relationship: its ends through the entity loader, its statements on demand. */
export const relationshipFields: RelationshipResolvers = {
  subject: (rel, _, ctx) => referencedEntity(ctx, rel.subjectKey),
  object: (rel, _, ctx) => referencedEntity(ctx, rel.objectKey),
  other: (rel, _, ctx) => referencedEntity(ctx, rel.otherKey),
  firstDate: (rel) => rel.firstDate ?? null,
  lastDate: (rel) => rel.lastDate ?? null,
  roles: (rel) => rel.roles ?? [],
  statements: async (rel, { first }, ctx) => {
    const limit = checkFirst(first ?? 10, 'first');
    const all = await ctx.loaders.statements.load({
      subjectKey: rel.subjectKey,
      type: rel.type,
      objectKey: rel.objectKey,
    });
    return all.slice(0, limit);
  },
};

export const roleFields: RoleResolvers = {
  event: (role, _, ctx) => referencedEntity(ctx, role.eventKey),
};

export const participantFields: ParticipantResolvers = {
  entity: (participant, _, ctx) => referencedEntity(ctx, participant.entityKey),
};
