import type { Gazetteer } from '../../extract/gazetteer';
import type { Analyser } from '../../extract/nlp';
import { extractRelations } from '../../extract/relations/extract-relations';
import { MentionIndex } from '../../extract/relations/mention-index';
import { addCounts, scoresFrom, type Counts, type Scores } from '../precision-recall';
import { goldEntities, rebuildSentence } from './gold-entities';
import type { Conll04Sentence } from './read-conll04';

/**
 * How our relation types line up with CoNLL04's. Our LEADER_OF a company is CoNLL04's Work_For
 * ("X, president of Y"), so it is scored both apart and together with WORKS_FOR; CoNLL04's
 * Work_For also covers a party's candidates and a council's members, our MEMBER_OF, so all three
 * person → organisation types are scored together as well ("person-org affiliation").
 */
const COMPARISONS: readonly {
  name: string;
  gold: string;
  ours: readonly string[];
  subject?: string;
}[] = [
  { name: 'WORKS_FOR', gold: 'Work_For', ours: ['WORKS_FOR'] },
  { name: 'WORKS_FOR+LEADER_OF', gold: 'Work_For', ours: ['WORKS_FOR', 'LEADER_OF'] },
  {
    name: 'person-org affiliation',
    gold: 'Work_For',
    ours: ['WORKS_FOR', 'LEADER_OF', 'MEMBER_OF'],
  },
  { name: 'LOCATED_IN (place)', gold: 'Located_In', ours: ['LOCATED_IN'], subject: 'place' },
  { name: 'LOCATED_IN (org)', gold: 'OrgBased_In', ours: ['LOCATED_IN'], subject: 'Organization' },
];

export interface Conll04Report {
  sentences: number;
  scores: Record<string, Scores>;
  /** Each false positive, as "type subject → object | sentence", for reading by eye. */
  falsePositives: string[];
  /** Each gold pair no rule found, as "type subject → object | sentence". */
  falseNegatives: string[];
}

/**
 * Run the relation rules over CoNLL04 sentences with the gold entities given, and score
 * WORKS_FOR and LOCATED_IN against the gold Work_For, Located_In and OrgBased_In pairs (a
 * predicted pair is right when its subject and object spans are a gold pair of that type).
 */
export function evaluateConll04(
  sentences: readonly Conll04Sentence[],
  analyse: Analyser,
  gazetteer: Gazetteer,
): Conll04Report {
  const counts = new Map<string, Counts>(COMPARISONS.map((c) => [c.name, { tp: 0, fp: 0, fn: 0 }]));
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  for (const sentence of sentences) {
    const rebuilt = rebuildSentence(sentence);
    const analysed = analyse(rebuilt.text);
    const entities = goldEntities(sentence, rebuilt, analysed, gazetteer);
    const relations = extractRelations({
      analysed,
      entities,
      mentions: new MentionIndex(entities),
      dates: [],
      quoted: [],
    });
    const span = (id: string): string => {
      const e = sentence.entities[Number(id.slice(1))];
      return e ? `${e[0]}:${e[1]}` : id;
    };
    const typeOf = (id: string) => entities.find((e) => e.id === id)?.type;
    for (const c of COMPARISONS) {
      const gold = new Set(
        sentence.relations
          .filter((r) => r[4] === c.gold)
          .map((r) => `${r[0]}:${r[1]}>${r[2]}:${r[3]}`),
      );
      const predicted = new Set<string>();
      for (const r of relations) {
        if (!c.ours.includes(r.type)) continue;
        const subjectType = typeOf(r.subject);
        if (c.subject === 'place' && subjectType !== 'Location' && subjectType !== 'Country')
          continue;
        if (c.subject === 'Organization' && subjectType !== 'Organization') continue;
        if (
          c.gold === 'Work_For' &&
          (subjectType !== 'Person' || typeOf(r.object) !== 'Organization')
        )
          continue;
        const key = `${span(r.subject)}>${span(r.object)}`;
        if (predicted.has(key)) continue;
        predicted.add(key);
        if (!gold.has(key) && c.ours.length === 1)
          falsePositives.push(`${c.name} [${r.rule}] ${r.subject}→${r.object} | ${rebuilt.text}`);
      }
      const tp = [...predicted].filter((k) => gold.has(k)).length;
      for (const k of gold)
        if (!predicted.has(k))
          falseNegatives.push(`${c.name} ${quoteSpans(sentence, k)} | ${rebuilt.text}`);
      const add = { tp, fp: predicted.size - tp, fn: gold.size - tp };
      counts.set(c.name, addCounts(counts.get(c.name) as Counts, add));
    }
  }
  return {
    sentences: sentences.length,
    scores: Object.fromEntries([...counts].map(([k, v]) => [k, scoresFrom(v)])),
    falsePositives,
    falseNegatives,
  };
}

/** "3:5>7:8" as the words of the two spans: "John Smith → IBM". */
function quoteSpans(sentence: Conll04Sentence, key: string): string {
  const words = (span: string) => {
    const [start, end] = span.split(':').map(Number);
    return sentence.tokens.slice(start, end).join(' ');
  };
  const [subject = '', object = ''] = key.split('>');
  return `${words(subject)} → ${words(object)}`;
}
