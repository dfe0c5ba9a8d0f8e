import type { GraphqlRequest } from './graphql-http';

/** The entities the API benchmark asks about, chosen from the graph itself (see pickSubjects). */
export interface ApiSubjects {
  fromId: string;
  fromName: string;
  toId: string;
}

export interface ApiQuery {
  name: string;
  request: GraphqlRequest;
  /** The issue holds neighbourhood and search to p99 < 50 ms on Neo4j. */
  p99TargetOnNeo4j?: number;
}

export const TOP_PEOPLE: GraphqlRequest = {
  query: 'query TopPeople { topEntities(type: Person, first: 2) { entity { id name } } }',
};

/**
 * A one-letter typo of a name, deterministic so runs compare: the last letter but one of the
 * longest word is dropped ("Tony Blair" → "Tony Blar"). Search must still find the entity.
 */
export function misspell(name: string): string {
  const words = name.split(' ');
  let longest = 0;
  words.forEach((w, i) => {
    if (w.length > (words[longest] ?? '').length) longest = i;
  });
  const word = words[longest] ?? '';
  if (word.length < 4) return name;
  words[longest] = word.slice(0, -2) + word.slice(-1);
  return words.join(' ');
}

/** The four operations of the issue, as an analyst's client would send them. */
export function apiQueries(subjects: ApiSubjects): ApiQuery[] {
  return [
    {
      name: 'entity lookup',
      request: {
        query:
          'query Entity($id: ID!) { entity(id: $id) { id type name aliases wikidataId mentionCount articleCount } }',
        variables: { id: subjects.fromId },
      },
    },
    {
      name: 'searchEntities (one-letter typo)',
      request: {
        query:
          'query Search($q: String!) { searchEntities(query: $q, first: 10) { nodes { id type name } } }',
        variables: { q: misspell(subjects.fromName) },
      },
      p99TargetOnNeo4j: 50,
    },
    {
      name: '2-hop neighbours (limit 50)',
      request: {
        query:
          'query Neighbours($id: ID!) { entity(id: $id) { neighbors(depth: 2, limit: 50) { entities { distance entity { id type name } } } } }',
        variables: { id: subjects.fromId },
      },
      p99TargetOnNeo4j: 50,
    },
    {
      name: 'paths (maxHops 4, limit 5)',
      request: {
        query:
          'query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, limit: 5) { length hops { from { id } to { id } relationship { type statementCount } } } }',
        variables: { from: subjects.fromId, to: subjects.toId },
      },
    },
  ];
}

/** The same 2-hop neighbourhood through the @neo4j/graphql peer (bench/neo4j-graphql-peer.ts). */
export function peerNeighboursQuery(key: string): GraphqlRequest {
  return {
    query:
      'query Neighbours($key: ID!) { entities(where: { key: { eq: $key } }) { key type name twoHopNeighbours(limit: 50) { key type name } } }',
    variables: { key },
  };
}
