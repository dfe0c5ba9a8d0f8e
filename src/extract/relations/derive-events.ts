import { canonicalKey } from '../../model/ids';
import type {
  ExtractedEntity,
  ExtractedRelation,
  ExtractedRole,
  Mention,
} from '../../model/extraction';
import type { CalendarDay } from '../dates';
import { isoMonth } from '../dates/calendar-day';
import type { AnalysedText } from '../nlp';

export interface EventInputs {
  analysed: AnalysedText;
  entities: readonly ExtractedEntity[];
  relations: readonly ExtractedRelation[];
  reference?: CalendarDay;
}

export interface DerivedEvents {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  roles: ExtractedRole[];
}

interface Visit {
  host?: ExtractedRelation;
  guest: string;
  event?: ExtractedEntity;
}

const AGENDA = /\b(?:on the agenda|agenda|to be discussed|under discussion)\b/i;

/**
 * Visits as events with roles. "Putin hosted Xi" makes (or completes) the event of Xi's visit:
 * host, guest, the places the guest visited, and the date of a meeting between the two. Its
 * name — "<guest>'s visit to <country> (<YYYY-MM>)" — depends only on who went where and when,
 * so other articles about the same visit give the same key. A project "on the agenda" of such a
 * visit involves the countries of host and guest (rule 'agenda:visit-parties').
 */
export function deriveEvents(inputs: EventInputs): DerivedEvents {
  const entities = inputs.entities.map((e) => ({ ...e }));
  let relations = [...inputs.relations];
  const roles: ExtractedRole[] = [];
  const byId = new Map(entities.map((e) => [e.id, e]));

  const visits = new Map<string, Visit>();
  for (const r of relations) {
    if (r.type === 'HOSTED' && r.modality !== 'negated' && byId.get(r.object)?.type === 'Person') {
      if (!visits.has(r.object)) visits.set(r.object, { guest: r.object, host: r });
    }
  }
  for (const e of entities) {
    const visitor = e.attributes?.['visitor'];
    if (e.type !== 'Event' || e.attributes?.['kind'] !== 'visit' || !visitor) continue;
    const visit = visits.get(visitor) ?? { guest: visitor };
    visit.event = e;
    visits.set(visitor, visit);
  }

  for (const visit of visits.values()) {
    const guest = byId.get(visit.guest);
    const hostId = visit.host?.subject;
    const places = relations.filter(
      (r) => r.type === 'VISITED' && r.subject === visit.guest && r.modality !== 'negated',
    );
    const meeting = relations.find(
      (r) =>
        r.type === 'MET_WITH' &&
        r.date &&
        hostId !== undefined &&
        [r.subject, r.object].includes(hostId) &&
        [r.subject, r.object].includes(visit.guest),
    );
    const date = meeting?.date ?? visit.host?.date ?? places.find((p) => p.date)?.date;
    const country = destinationCountry(byId, hostId, places);
    if (!guest || (!visit.host && places.length === 0)) continue;
    const month = date
      ? date.value.slice(0, 7)
      : inputs.reference
        ? isoMonth(inputs.reference.year, inputs.reference.month)
        : undefined;
    const name = `${guest.name}'s visit${country ? ` to ${country.name}` : ''}${month ? ` (${month})` : ''}`;
    const id = canonicalKey('Event', name);
    const attributes: Record<string, string> = {
      kind: 'visit',
      visitor: guest.id,
      ...(hostId ? { host: hostId } : {}),
      ...(date ? { date: date.value } : {}),
    };
    let event = visit.event;
    if (event) {
      const oldId = event.id;
      relations = relations.map((r) => ({
        ...r,
        subject: r.subject === oldId ? id : r.subject,
        object: r.object === oldId ? id : r.object,
      }));
      Object.assign(event, {
        id,
        name,
        aliases: [...new Set([...event.aliases, event.name])],
        attributes: { ...event.attributes, ...attributes },
      });
    } else if (visit.host) {
      const trigger = triggerMention(visit.host);
      if (!trigger) continue;
      event = {
        id,
        type: 'Event',
        name,
        aliases: [],
        mentions: [trigger],
        attributes,
        confidence: 0.8,
      };
      entities.push(event);
    }
    if (!event) continue;
    byId.set(id, event);
    if (visit.host) {
      roles.push(
        role(id, visit.host.subject, 'host', visit.host),
        role(id, visit.guest, 'guest', visit.host),
      );
    } else if (places[0]) {
      roles.push(role(id, visit.guest, 'guest', places[0]));
    }
    for (const p of places) roles.push(role(id, p.object, 'place', p));
    relations = relations.map((r) =>
      !r.date && date && isPartOfVisit(r, visit.guest, hostId) ? { ...r, date } : r,
    );
    relations.push(...agendaRelations(inputs.analysed, entities, byId, hostId, visit.guest, event));
  }
  return { entities, relations, roles: dedupeRoles(roles) };
}

function destinationCountry(
  byId: ReadonlyMap<string, ExtractedEntity>,
  hostId: string | undefined,
  places: readonly ExtractedRelation[],
): ExtractedEntity | undefined {
  const hostCountry = hostId ? byId.get(hostId)?.attributes?.['titleOf'] : undefined;
  const candidates = [
    hostCountry,
    ...places.map((p) =>
      byId.get(p.object)?.type === 'Country'
        ? p.object
        : byId.get(p.object)?.attributes?.['country'],
    ),
  ];
  for (const c of candidates) {
    const e = c ? byId.get(c) : undefined;
    if (e?.type === 'Country') return e;
  }
  return undefined;
}

function isPartOfVisit(r: ExtractedRelation, guest: string, host: string | undefined): boolean {
  const pair = [r.subject, r.object];
  if (r.type === 'VISITED') return r.subject === guest;
  return (
    (r.type === 'HOSTED' || r.type === 'MET_WITH') &&
    host !== undefined &&
    pair.includes(guest) &&
    pair.includes(host)
  );
}

/** The hosting verb in the evidence sentence, as the mention of a derived visit event. */
function triggerMention(host: ExtractedRelation): Mention | undefined {
  const m = /\bhost(?:s|ed|ing)?\b/i.exec(host.evidence.text);
  if (!m) return undefined;
  const start = host.evidence.start + m.index;
  return {
    start,
    end: start + m[0].length,
    text: m[0],
    sentence: host.evidence.sentence,
    source: 'derived:visit',
    confidence: 0.8,
  };
}

function role(
  event: string,
  entity: string,
  kind: ExtractedRole['role'],
  from: ExtractedRelation,
): ExtractedRole {
  return {
    event,
    entity,
    role: kind,
    evidence: from.evidence,
    confidence: from.confidence,
    rule: `role:${kind}:${from.rule}`,
  };
}

/** Projects on the agenda of a visit involve the countries whose leaders meet. */
function agendaRelations(
  analysed: AnalysedText,
  entities: readonly ExtractedEntity[],
  byId: ReadonlyMap<string, ExtractedEntity>,
  hostId: string | undefined,
  guestId: string,
  event: ExtractedEntity,
): ExtractedRelation[] {
  const value = event.attributes?.['date'];
  const date = value
    ? {
        value,
        precision:
          value.length === 10
            ? ('day' as const)
            : value.length === 7
              ? ('month' as const)
              : ('year' as const),
      }
    : undefined;
  const parties = [hostId, guestId]
    .map((p) => (p ? byId.get(p)?.attributes?.['titleOf'] : undefined))
    .filter((c): c is string => c !== undefined && byId.get(c)?.type === 'Country');
  if (parties.length < 2) return [];
  const out: ExtractedRelation[] = [];
  for (const project of entities.filter((e) => e.type === 'Project')) {
    for (const m of project.mentions) {
      const sentence = analysed.sentences[m.sentence];
      if (!sentence) continue;
      const text = analysed.text.slice(sentence.start, sentence.end);
      if (!AGENDA.test(text)) continue;
      for (const country of parties) {
        out.push({
          type: 'INVOLVED_IN',
          subject: country,
          object: project.id,
          confidence: 0.6,
          rule: 'agenda:visit-parties',
          modality: 'asserted',
          evidence: { text, start: sentence.start, end: sentence.end, sentence: sentence.index },
          ...(date ? { date } : {}),
        });
      }
    }
  }
  return out;
}

function dedupeRoles(roles: ExtractedRole[]): ExtractedRole[] {
  const seen = new Map<string, ExtractedRole>();
  for (const r of roles) {
    const key = `${r.event}|${r.entity}|${r.role}`;
    const existing = seen.get(key);
    if (!existing || r.confidence > existing.confidence) seen.set(key, r);
  }
  return [...seen.values()];
}
