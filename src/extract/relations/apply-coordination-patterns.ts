import type { EntityType, RelationType } from '../../model/entity-types';
import type { RelationCandidate } from './relation-candidate';
import type { PlacedMention, SentenceView } from './sentence-view';
import { betweenWords } from './sentence-view';

const ACTORS: readonly EntityType[] = ['Person', 'Country', 'Organization'];

/** "… between A and B": the noun before "between" says how A and B relate. */
const BETWEEN_NOUNS: readonly { type: RelationType; pattern: RegExp; rule: string }[] = [
  {
    type: 'IN_CONFLICT_WITH',
    rule: 'noun:war-between',
    pattern: /(?:^| )(?:war|conflict|dispute|standoff|confrontation|hostility|fighting) between$/,
  },
  {
    type: 'NEGOTIATES_WITH',
    rule: 'noun:talks-between',
    pattern: /(?:^| )(?:talk|negotiation) between$/,
  },
  {
    type: 'PARTNER_OF',
    rule: 'noun:alliance-between',
    pattern: /(?:^| )(?:alliance|partnership|pact) between$/,
  },
  { type: 'MET_WITH', rule: 'noun:meeting-between', pattern: /(?:^| )(?:meeting|summit) between$/ },
];
/** "S('s) efforts to broker peace between A and B": S MEDIATES, once for each party. */
const MEDIATION =
  /^(?:'s )?(?:(?:[a-z-]+ ){0,2}(?:effort|bid|attempt|plan|offer|push|initiative|try|seek|hope|want|will|be|have) )?(?:to )?(?:broker|mediate|negotiate|help broker)(?: (?:a|the))?(?: (?:peace|ceasefire|truce|deal|agreement|settlement|talk))? between$/;
/** "A and B met …". */
const MET_AFTER = /^(?:(?:have|also|later|then|recently|first|finally|briefly) )*meet\b/;
/** "A and B held talks …". */
const TALKED_AFTER =
  /^(?:(?:have|be|also|later|then|recently|first|finally|again) )*(?:hold|begin|open|resume|start|continue) (?:[a-z-]+ )?(?:talk|negotiation)\b/;
/** "A and B signed a technology-sharing agreement …". */
const SIGNED_AFTER =
  /^(?:(?:have|also|later|then|recently|first|finally|jointly) )*(?:sign|strike|seal|forge|form) (?:an? |the )?(?:[a-z-]+ ){0,3}(?:agreement|deal|accord|treaty|pact|alliance|partnership|joint venture)\b/;

/**
 * Relations stated by coordination, which pair patterns cannot see: "efforts to broker peace
 * between Russia and Ukraine", "the trade war between China and the US", "Blair and Chirac met".
 */
export function applyCoordinationPatterns(view: SentenceView): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const { mentions } = view;
  for (let j = 0; j + 1 < mentions.length; j += 1) {
    const a = mentions[j] as PlacedMention;
    const b = mentions[j + 1] as PlacedMention;
    if (!ACTORS.includes(a.type) || !ACTORS.includes(b.type) || a.entity === b.entity) continue;
    if (betweenWords(view, a.endToken, b.firstToken) !== 'and') continue;
    const lead = leadWords(view, a);
    for (const noun of BETWEEN_NOUNS) {
      if (noun.pattern.test(lead.words))
        out.push(candidate(view, noun.type, noun.rule, a, b, lead.from, b.endToken, 0.8));
    }
    const mediator = mentions[j - 1];
    if (
      mediator &&
      ACTORS.includes(mediator.type) &&
      mediator.entity !== a.entity &&
      mediator.entity !== b.entity
    ) {
      const words = betweenWords(view, mediator.endToken, a.firstToken);
      if (MEDIATION.test(words)) {
        for (const party of [a, b]) {
          out.push(
            candidate(
              view,
              'MEDIATES',
              'noun:broker-between',
              mediator,
              party,
              mediator.firstToken,
              b.endToken,
              0.8,
            ),
          );
        }
      }
    }
    const after = betweenWords(view, b.endToken, Math.min(view.sentence.endToken, b.endToken + 8));
    const startsClause = j === 0 || view.tokens[a.firstToken - 1]?.pos !== 'ADP';
    if (startsClause && MET_AFTER.test(after)) {
      out.push(
        candidate(view, 'MET_WITH', 'verb:a-and-b-met', a, b, a.firstToken, b.endToken + 2, 0.85),
      );
    }
    if (startsClause && TALKED_AFTER.test(after)) {
      out.push(
        candidate(
          view,
          'NEGOTIATES_WITH',
          'verb:a-and-b-talked',
          a,
          b,
          a.firstToken,
          b.endToken + 2,
          0.8,
        ),
      );
    }
    if (startsClause && SIGNED_AFTER.test(after)) {
      out.push(
        candidate(
          view,
          'PARTNER_OF',
          'verb:a-and-b-signed',
          a,
          b,
          a.firstToken,
          b.endToken + 2,
          0.8,
        ),
      );
    }
  }
  return out;
}

function leadWords(view: SentenceView, a: PlacedMention): { words: string; from: number } {
  const from = Math.max(view.sentence.firstToken, a.firstToken - 4);
  return { words: betweenWords(view, from, a.firstToken), from };
}

function candidate(
  view: SentenceView,
  type: RelationType,
  rule: string,
  subject: PlacedMention,
  object: PlacedMention,
  firstToken: number,
  endToken: number,
  confidence: number,
): RelationCandidate {
  return {
    type,
    rule,
    subject: subject.entity,
    object: object.entity,
    confidence,
    sentence: view.sentence.index,
    firstToken,
    endToken,
  };
}
