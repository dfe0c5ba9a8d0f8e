import { ask } from './support/ask';
import { MOSCOW } from './support/follow-up-articles';
import { PUTIN, SEED_ARTICLE, XI } from './support/seed-graph';
import type { TestApi } from './support/test-api';

interface EventNode {
  id: string;
  type: string;
  name: string;
  attributes: Record<string, unknown> | null;
}

const EVENTS = `query($filter: EventFilter, $first: Int, $after: String) {
  events(filter: $filter, first: $first, after: $after) {
    nodes { id type name attributes } pageInfo { hasNextPage endCursor } } }`;

async function events(
  t: TestApi,
  filter: Record<string, unknown> | null,
  first = 20,
  after: string | null = null,
) {
  const data = await ask<{
    events: { nodes: EventNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  }>(t, EVENTS, { filter, first, after });
  return data.events;
}

/** The seed's one dated event: Xi's visit, hosted by Putin (found by its participants). */
async function xiVisit(t: TestApi): Promise<EventNode> {
  const { nodes } = await events(t, { participants: [XI, PUTIN] });
  const [visit] = nodes;
  if (!visit) throw new Error('no event with Xi and Putin among its participants');
  return visit;
}

/** `event`, `events(filter)` and `Entity.roles` on the seed article's events. */
export function describeEventsAndRoles(getApi: () => TestApi): void {
  describe('events and roles', () => {
    it('events with Xi and Putin among the participants is exactly Xi’s visit, hosted by Putin', async () => {
      const { nodes } = await events(getApi(), { participants: [XI, PUTIN] });
      expect(nodes).toHaveLength(1);
      expect(nodes[0]).toMatchObject({
        type: 'Event',
        attributes: { kind: 'visit', visitor: XI, host: PUTIN, date: SEED_ARTICLE.publishedAt },
      });
    });

    it('events held in Moscow or with Moscow as their place: the visit first (it has a date), then the commemorations', async () => {
      const t = getApi();
      const visit = await xiVisit(t);
      const { nodes } = await events(t, { place: MOSCOW });
      expect(nodes.map((e) => e.id)).toEqual([visit.id, expect.any(String)]);
      expect(nodes[1]?.name).toBe('Victory Day commemorations');
      const { nodes: elsewhere } = await events(t, { place: XI });
      expect(elsewhere).toEqual([]);
    });

    it('events in a date range keep only events dated in it', async () => {
      const t = getApi();
      const visit = await xiVisit(t);
      const may = await events(t, { since: '2025-05-01', until: '2025-05-31' });
      expect(may.nodes.map((e) => e.id)).toEqual([visit.id]);
      const june = await events(t, { since: '2025-06-01' });
      expect(june.nodes).toEqual([]);
    });

    it('events without a filter lists every Event entity once, across pages of one', async () => {
      const t = getApi();
      const { stats } = await ask<{ stats: { entitiesByType: { type: string; count: number }[] } }>(
        t,
        '{ stats { entitiesByType { type count } } }',
      );
      const eventCount = stats.entitiesByType.find((c) => c.type === 'Event')?.count;
      const all = await events(t, null);
      expect(all.nodes).toHaveLength(eventCount ?? -1);
      expect(all.nodes.every((e) => e.type === 'Event')).toBe(true);

      const paged: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page += 1) {
        const connection = await events(t, null, 1, after);
        paged.push(...connection.nodes.map((e) => e.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(paged).toEqual(all.nodes.map((e) => e.id));
    });

    it('event(id) answers an Event and nothing else', async () => {
      const t = getApi();
      const visit = await xiVisit(t);
      const data = await ask<{
        visit: { id: string; name: string } | null;
        person: unknown;
        unknown: unknown;
      }>(
        t,
        `query($visit: ID!, $person: ID!) { visit: event(id: $visit) { id name }
           person: event(id: $person) { id } unknown: event(id: "event:never-happened") { id } }`,
        { visit: visit.id, person: XI },
      );
      expect(data).toEqual({
        visit: { id: visit.id, name: visit.name },
        person: null,
        unknown: null,
      });
    });

    it('roles give Putin as host and Xi as guest of the visit, each with its PARTICIPATED_IN statement', async () => {
      const t = getApi();
      const visit = await xiVisit(t);
      type Role = {
        event: { id: string };
        role: string;
        statements: { type: string; role: string | null; article: { id: string } }[];
      };
      const data = await ask<{ putin: { roles: Role[] }; xi: { roles: Role[] } }>(
        t,
        `query($putin: ID!, $xi: ID!) {
           putin: entity(id: $putin) { ...Roles } xi: entity(id: $xi) { ...Roles } }
         fragment Roles on Entity { roles { event { id } role statements { type role article { id } } } }`,
        { putin: PUTIN, xi: XI },
      );
      const expectRole = (roles: Role[], role: string) => {
        const found = roles.find((r) => r.event.id === visit.id);
        expect(found?.role).toBe(role);
        expect(found?.statements.length).toBeGreaterThan(0);
        for (const s of found?.statements ?? []) {
          expect(s).toEqual({ type: 'PARTICIPATED_IN', role, article: { id: SEED_ARTICLE.id } });
        }
      };
      expectRole(data.putin.roles, 'host');
      expectRole(data.xi.roles, 'guest');
    });

    it('an event’s incoming PARTICIPATED_IN relationships name its participants with their roles', async () => {
      const t = getApi();
      const visit = await xiVisit(t);
      const data = await ask<{
        entity: { relationships: { nodes: { other: { id: string }; roles: string[] }[] } };
      }>(
        t,
        `query($id: ID!) { entity(id: $id) {
           relationships(types: [PARTICIPATED_IN], direction: IN) { nodes { other { id } roles } } } }`,
        { id: visit.id },
      );
      const roles = new Map(data.entity.relationships.nodes.map((r) => [r.other.id, r.roles]));
      expect(roles.get(XI)).toEqual(['guest']);
      expect(roles.get(PUTIN)).toEqual(['host']);
      expect(roles.get(MOSCOW)).toEqual(['place']);
    });

    it('event(id) lists its participants with their roles and statements, as each entity’s roles do', async () => {
      const t = getApi();
      const visit = await xiVisit(t);
      type Participant = {
        entity: { id: string; type: string };
        role: string;
        statements: { type: string; role: string | null; subject: { id: string } }[];
      };
      const data = await ask<{
        event: { participants: Participant[] };
        xi: { participants: Participant[]; roles: { event: { id: string }; role: string }[] };
      }>(
        t,
        `query($visit: ID!, $xi: ID!) {
           event(id: $visit) { participants {
             entity { id type } role statements { type role subject { id } } } }
           xi: entity(id: $xi) { participants { role } roles { event { id } role } } }`,
        { visit: visit.id, xi: XI },
      );
      const participants = data.event.participants;
      expect(participants.map((p) => [p.entity.id, p.role]).sort()).toEqual(
        [
          ['location:kremlin', 'place'],
          [MOSCOW, 'place'],
          [PUTIN, 'host'],
          [XI, 'guest'],
        ].sort(),
      );
      for (const p of participants) {
        expect(p.statements.length).toBeGreaterThan(0);
        for (const s of p.statements) {
          expect(s).toEqual({
            type: 'PARTICIPATED_IN',
            role: p.role,
            subject: { id: p.entity.id },
          });
        }
      }
      // Seen from the other side: Xi's roles name this event as a guest.
      expect(data.xi.roles).toEqual(
        expect.arrayContaining([{ event: { id: visit.id }, role: 'guest' }]),
      );
      // A person is no event: no participants.
      expect(data.xi.participants).toEqual([]);
    });
  });
}
