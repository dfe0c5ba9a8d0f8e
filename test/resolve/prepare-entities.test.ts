import { lookupNamesOf } from '../../src/ingest/lookup-names';
import { prepareEntities } from '../../src/resolve/prepare-entities';
import { prepareEntity } from '../../src/resolve/prepared-entity';
import { summitArticle, summitFollowUpArticle } from '../fixtures/resolve/summit-articles';

describe('prepareEntities', () => {
  it("prepares every entity of an extraction in the extraction's order, null for a lone role", () => {
    const result = summitFollowUpArticle();
    expect(prepareEntities(result)).toEqual(
      result.entities.map((extracted) => prepareEntity(extracted, result.text)),
    );
    expect(prepareEntities(result)).toContain(null);
  });

  it('prepares a result once: the look-up names of a batch and its resolution share the work', () => {
    const result = summitArticle();
    lookupNamesOf(result);
    const first = prepareEntities(result);
    expect(prepareEntities(result)).toBe(first);
    expect(prepareEntities(summitArticle())).not.toBe(first);
    expect(prepareEntities(summitArticle())).toEqual(first);
  });
});
