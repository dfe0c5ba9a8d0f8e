import { comparePersonNames, namesContradict } from '../../src/resolve/compare-person-names';
import { aliasesFor } from '../../src/resolve/entity-forms';
import { personNameOf, stripPersonTitles } from '../../src/resolve/person-name';

function parsed(form: string) {
  const name = personNameOf(form);
  if (!name) throw new Error(`"${form}" should name a person`);
  return name;
}

describe('stripPersonTitles', () => {
  it.each([
    ['Chinese President Xi Jinping', 'Xi Jinping'],
    ['Russian President Vladimir Putin', 'Vladimir Putin'],
    ['Foreign Secretary Jack Straw', 'Jack Straw'],
    ['Mr Putin’s', 'Putin'],
    ['the former Prime Minister Tony Blair', 'Tony Blair'],
    ['Julie Bishop', 'Julie Bishop'],
    ['Prince Harry', 'Prince Harry'],
    ['Britain’s Prince Harry', 'Prince Harry'],
  ])('keeps the name of "%s" as "%s"', (form, expected) => {
    expect(stripPersonTitles(form)).toBe(expected);
  });

  it.each(['the Chinese leader', 'the president', 'Russian President', 'the Queen', 'he'])(
    'finds no person in the role "%s"',
    (form) => {
      expect(stripPersonTitles(form)).toBeNull();
    },
  );
});

describe('personNameOf', () => {
  it('gives every caller the same parse of a form, frozen so that none can change it for others', () => {
    const first = personNameOf('President George W. Bush');
    expect(personNameOf('President George W. Bush')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => first?.middle.push('x')).toThrow(TypeError);
    expect(first).toMatchObject({ surface: 'George W. Bush', surname: 'bush', middle: ['w'] });
  });

  it('keeps surname particles with the surname', () => {
    expect(parsed('Osama bin Laden')).toMatchObject({ given: 'osama', surname: 'bin laden' });
  });

  it('takes a generational suffix off the surname', () => {
    expect(parsed('Martin Luther King Jr')).toMatchObject({
      given: 'martin',
      middle: ['luther'],
      surname: 'king',
      suffix: 'jr',
    });
  });

  it('offers the first-name-and-surname form of a name with a middle initial', () => {
    expect(parsed('George W. Bush').givenAndSurnameSurface).toBe('George Bush');
  });
});

describe('comparePersonNames', () => {
  it.each([
    ['Putin', 'Vladimir Putin', 'first-less-specific'],
    ['George W. Bush', 'George Bush', 'second-less-specific'],
    ['George W. Bush', 'George Walker Bush', 'first-less-specific'],
    ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'same'],
    ['John Smith', 'John Paul Smith', 'first-less-specific'],
    ['George W. Bush', 'George H. W. Bush', 'different'],
    ['Gordon Brown', 'Nick Brown', 'different'],
    ['Bill Clinton', 'Hillary Clinton', 'different'],
  ] as const)('relates "%s" to "%s" as %s', (a, b, relation) => {
    expect(comparePersonNames(parsed(a), parsed(b))).toBe(relation);
  });

  it('treats different middle parts of the same first name and surname as a contradiction', () => {
    expect(namesContradict(parsed('George W. Bush'), parsed('George H. W. Bush'))).toBe(true);
    expect(namesContradict(parsed('George Bush'), parsed('George H. W. Bush'))).toBe(false);
    expect(namesContradict(parsed('Gordon Brown'), parsed('Nick Brown'))).toBe(false);
  });
});

describe('aliasesFor', () => {
  it('gives a person its titled forms, title-stripped forms and surname, never a bare role', () => {
    const aliases = aliasesFor(
      'Person',
      ['Xi Jinping', 'Chinese President Xi Jinping', 'the Chinese leader', 'Xi'],
      'Xi Jinping',
    );
    expect(aliases).toEqual(['Chinese President Xi Jinping', 'Jinping', 'Xi']);
  });

  it('gives a titled name no surname alias', () => {
    expect(aliasesFor('Person', ['Prince Harry'], 'Prince Harry')).toEqual([]);
  });

  it('drops a form that differs from the name only by diacritics or case', () => {
    expect(aliasesFor('Person', ['Erdogan', 'ERDOĞAN'], 'Erdoğan')).toEqual([]);
  });
});
