import { RELATION_TYPES } from '../../src/model/entity-types';
import { parseExportDates, parseExportTypes } from '../../src/export/parse-export-types';

describe('parseExportTypes', () => {
  it('exports every typed relationship and no co-mentions when no edge type is named', () => {
    expect(parseExportTypes([])).toEqual({ coMentions: false });
    expect(parseExportTypes(['person, country'])).toEqual({
      entityTypes: ['Person', 'Country'],
      coMentions: false,
    });
  });

  it('exports only the edge types named, co-mentions alone for CO_MENTIONED alone', () => {
    expect(parseExportTypes(['met_with', 'Person,HOSTED'])).toEqual({
      entityTypes: ['Person'],
      relationTypes: ['MET_WITH', 'HOSTED'],
      coMentions: false,
    });
    expect(parseExportTypes(['CO_MENTIONED'])).toEqual({ relationTypes: [], coMentions: true });
  });

  it('names every relation type with ALL_RELATIONS, so co-mentions can be added to them', () => {
    expect(parseExportTypes(['ALL_RELATIONS,CO_MENTIONED'])).toEqual({
      relationTypes: [...RELATION_TYPES],
      coMentions: true,
    });
  });

  it('rejects an unknown type, listing what it accepts', () => {
    expect(() => parseExportTypes(['Person,Persn'])).toThrow(
      /unknown type "Persn".*Organization.*MET_WITH.*CO_MENTIONED/,
    );
  });
});

describe('parseExportDates', () => {
  it('accepts ISO dates and prefixes, since before until', () => {
    expect(parseExportDates({ since: '2025-05', until: '2025-05' })).toEqual({
      since: '2025-05',
      until: '2025-05',
    });
    expect(parseExportDates({ since: '2025-05-08T18:30:00Z' })).toEqual({
      since: '2025-05-08T18:30:00Z',
    });
  });

  it('rejects what is not a date and a range that ends before it starts', () => {
    expect(() => parseExportDates({ since: 'May 2025' })).toThrow(/--since: expected an ISO date/);
    expect(() => parseExportDates({ since: '2025-06-01', until: '2025-05' })).toThrow(
      /after --until/,
    );
  });
});
