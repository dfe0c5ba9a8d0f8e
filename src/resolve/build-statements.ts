import { SYMMETRIC_RELATION_TYPES } from '../model/entity-types';
import type { ExtractedRelation, ExtractedRole } from '../model/extraction';
import type { StatementRecord } from '../model/graph';
import { statementId } from '../model/ids';
import { byCodeUnits, scaledConfidence, type EntityReferences } from './entity-references';

/**
 * One statement in resolved keys, or null when resolution took one end away (a lone title) or
 * made both ends the same entity ("Putin met Vladimir Putin" is an artefact, not a claim).
 * Symmetric types are oriented subject < object by key, as the stores require.
 */
function statementOf(
  articleId: string,
  relation: ExtractedRelation & { role?: string },
  idRule: string,
  refs: EntityReferences,
  where: string,
): StatementRecord | null {
  const subject = refs.resolve(relation.subject, `${where} subject`);
  const object = refs.resolve(relation.object, `${where} object`);
  if (!subject || !object || subject.key === object.key) return null;
  const swap = SYMMETRIC_RELATION_TYPES.has(relation.type) && object.key < subject.key;
  const subjectKey = swap ? object.key : subject.key;
  const objectKey = swap ? subject.key : object.key;
  const certainty = Math.min(subject.certainty, object.certainty);
  const record: StatementRecord = {
    id: statementId(
      articleId,
      relation.type,
      subjectKey,
      objectKey,
      relation.evidence.start,
      idRule,
    ),
    type: relation.type,
    subjectKey,
    objectKey,
    confidence: scaledConfidence(relation.confidence, certainty),
    rule: relation.rule,
    modality: relation.modality,
    evidence: relation.evidence,
  };
  if (relation.date) record.date = relation.date;
  if (relation.role) record.role = relation.role;
  return record;
}

/** A role in an event as the claim "participant PARTICIPATED_IN event, as host/guest/…". */
function roleAsRelation(role: ExtractedRole): ExtractedRelation & { role: string } {
  return {
    type: 'PARTICIPATED_IN',
    subject: role.entity,
    object: role.event,
    confidence: role.confidence,
    rule: role.rule,
    modality: 'asserted',
    evidence: role.evidence,
    role: role.role,
  };
}

/**
 * Relations and event roles as statements. Two claims that resolution made identical (same id)
 * are kept once, the more confident, so the store's unique id holds. The id of a role statement
 * includes the role, so "host" and "guest" of the same sentence and rule stay two claims.
 */
export function buildStatements(
  articleId: string,
  relations: readonly ExtractedRelation[],
  roles: readonly ExtractedRole[],
  refs: EntityReferences,
): StatementRecord[] {
  const byId = new Map<string, StatementRecord>();
  const keep = (statement: StatementRecord | null) => {
    if (!statement) return;
    const existing = byId.get(statement.id);
    if (!existing || existing.confidence < statement.confidence) byId.set(statement.id, statement);
  };
  relations.forEach((relation, i) =>
    keep(statementOf(articleId, relation, relation.rule, refs, `relation ${i}`)),
  );
  roles.forEach((role, i) =>
    keep(
      statementOf(articleId, roleAsRelation(role), `${role.rule}#${role.role}`, refs, `role ${i}`),
    ),
  );
  return [...byId.values()].sort((a, b) => byCodeUnits(a.id, b.id));
}
