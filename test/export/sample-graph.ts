import type { ExportGraph } from '../../src/export/attributes';
import type { ExportEdge, ExportNode } from '../../src/store/export-source';

/** Names a scraped article can carry: markup, quotes, commas, line breaks, controls, emoji. */
export const AWKWARD_NAME = 'Tom & "Jerry" <Ltd>, \'Inc\'\nSecond line\ttab';
export const CONTROL_NAME = 'Form\ffeed\u0000nul\u0007bell \uD800lone \u{1F600} ok';
/** CONTROL_NAME as XML 1.0 can hold it: the forbidden characters gone, the rest kept. */
export const CONTROL_NAME_IN_XML = 'Formfeednulbell lone \u{1F600} ok';

export const SAMPLE_NODES: ExportNode[] = [
  {
    key: 'organization:tom-jerry',
    type: 'Organization',
    name: AWKWARD_NAME,
    aliases: ['T&J', 'Tom, Jerry'],
    mentionCount: 3,
    articleCount: 2,
    firstSeen: '2025-05-08',
    lastSeen: '2025-05-09',
  },
  {
    key: 'person:control',
    type: 'Person',
    name: CONTROL_NAME,
    aliases: [],
    mentionCount: 1,
    articleCount: 1,
  },
  {
    key: 'wd:Q7747',
    type: 'Person',
    name: 'Vladimir Putin',
    aliases: ['Putin'],
    wikidataId: 'Q7747',
    mentionCount: 5,
    articleCount: 2,
    firstSeen: '2025-05-08',
    lastSeen: '2025-05-09',
  },
];

export const SAMPLE_EDGES: ExportEdge[] = [
  {
    kind: 'relationship',
    id: 'wd:Q7747|LEADER_OF|organization:tom-jerry',
    type: 'LEADER_OF',
    source: 'wd:Q7747',
    target: 'organization:tom-jerry',
    statementCount: 2,
    articleCount: 2,
    sourceCount: 1,
    maxConfidence: 0.9,
    meanConfidence: 0.85,
    firstDate: '2025-05-08',
    lastDate: '2025-05-09',
    roles: [],
  },
  {
    kind: 'relationship',
    id: 'wd:Q7747|MEMBER_OF|organization:tom-jerry',
    type: 'MEMBER_OF',
    source: 'wd:Q7747',
    target: 'organization:tom-jerry',
    statementCount: 1,
    articleCount: 1,
    sourceCount: 1,
    maxConfidence: 0.7,
    meanConfidence: 0.7,
    roles: ['guest', 'host'],
  },
  {
    kind: 'co-mention',
    id: 'organization:tom-jerry|CO_MENTIONED|wd:Q7747',
    type: 'CO_MENTIONED',
    source: 'organization:tom-jerry',
    target: 'wd:Q7747',
    count: 4,
    articleCount: 2,
  },
];

async function* stream<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** A fresh pair of streams over the sample (a stream can be read once). */
export function sampleGraph(nodes = SAMPLE_NODES, edges = SAMPLE_EDGES): ExportGraph {
  return { nodes: stream(nodes), edges: stream(edges) };
}
