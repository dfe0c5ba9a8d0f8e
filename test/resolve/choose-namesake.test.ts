import {
  chooseNamesake,
  PRIOR_DOMINANCE,
  type NamesakeCandidate,
} from '../../src/resolve/choose-namesake';
import {
  CHOSEN_AMONG_CANDIDATES_CERTAINTY,
  CHOSEN_BY_PRIOR_CERTAINTY,
} from '../../src/resolve/entity-resolution';
import { genderInArticle, genderOfForms } from '../../src/resolve/gender-evidence';

const tony: NamesakeCandidate = {
  key: 'wd:Q9545',
  aliases: ['Blair', 'Mr Blair', 'Prime Minister Tony Blair'],
  articleCount: 157,
};
const cherie: NamesakeCandidate = {
  key: 'person:cherie-blair',
  aliases: ['Blair', 'Mrs Blair'],
  articleCount: 4,
};
const andy: NamesakeCandidate = {
  key: 'person:andy-robinson',
  aliases: ['Robinson', 'coach Andy Robinson'],
  articleCount: 28,
};
const jason: NamesakeCandidate = {
  key: 'person:jason-robinson',
  aliases: ['Robinson', 'captain Jason Robinson'],
  articleCount: 19,
};

describe('chooseNamesake', () => {
  it('gives a bare surname to the namesake named in far more articles, at the prior certainty', () => {
    expect(chooseNamesake({ forms: ['Blair'], gender: null }, [tony, cherie])).toEqual({
      key: 'wd:Q9545',
      certainty: CHOSEN_BY_PRIOR_CERTAINTY,
      how: 'prior',
    });
  });

  it('chooses nobody when two namesakes are named about as often (a real tie)', () => {
    expect(chooseNamesake({ forms: ['Robinson'], gender: null }, [andy, jason])).toBeNull();
  });

  it('needs the leader to be named PRIOR_DOMINANCE times as often as the next', () => {
    const justUnder = {
      ...cherie,
      articleCount: Math.ceil(tony.articleCount / PRIOR_DOMINANCE) + 1,
    };
    expect(chooseNamesake({ forms: ['Blair'], gender: null }, [tony, justUnder])).toBeNull();
  });

  it('does not let a prior from a handful of articles decide', () => {
    const few = [
      { ...tony, articleCount: 2 },
      { ...cherie, articleCount: 0 },
    ];
    expect(chooseNamesake({ forms: ['Blair'], gender: null }, few)).toBeNull();
  });

  it('lets "Mrs" pick the woman even though the man dominates the corpus', () => {
    const forms = ['Blair', 'Mrs Blair'];
    expect(chooseNamesake({ forms, gender: genderOfForms(forms) }, [tony, cherie])).toEqual({
      key: 'person:cherie-blair',
      certainty: CHOSEN_AMONG_CANDIDATES_CERTAINTY,
      how: 'context',
    });
  });

  it('lets an office title the article shares with one namesake decide a tie', () => {
    const forms = ['Robinson', 'coach Robinson'];
    expect(chooseNamesake({ forms, gender: null }, [andy, jason])).toEqual({
      key: 'person:andy-robinson',
      certainty: CHOSEN_AMONG_CANDIDATES_CERTAINTY,
      how: 'context',
    });
  });
});

describe('gender evidence', () => {
  it('reads honorifics, and gives up when they disagree', () => {
    expect(genderOfForms(['Mr Blair', 'Tony Blair'])).toBe('male');
    expect(genderOfForms(['Mrs Blair'])).toBe('female');
    expect(genderOfForms(['Mr Blair', 'Mrs Blair'])).toBeNull();
    expect(genderOfForms(['Chancellor Brown'])).toBeNull();
  });

  it('reads the pronouns extraction resolved to the person', () => {
    const she = {
      start: 0,
      end: 3,
      text: 'She',
      sentence: 1,
      source: 'coref:pronoun',
      confidence: 0.7,
    };
    expect(genderInArticle(['Blair'], [she])).toBe('female');
    expect(genderInArticle(['Mr Blair'], [she])).toBeNull();
  });
});
