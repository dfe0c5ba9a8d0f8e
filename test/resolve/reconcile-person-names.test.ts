import { parsePersonName } from '../../src/resolve/person-name';
import { parsedPersonName } from '../../src/resolve/reconcile-person-names';

describe('parsedPersonName', () => {
  const names = ['Tony Blair', 'Blair', 'S Jones', 'Robert Kilroy-Silk', 'Mr Brown', 'the', ''];

  it('answers as parsePersonName does', () => {
    for (const name of names) expect(parsedPersonName(name)).toEqual(parsePersonName(name));
  });

  it('hands out one frozen answer per name, so no caller can change what another reads', () => {
    const first = parsedPersonName('Gordon Brown');
    expect(parsedPersonName('Gordon Brown')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(parsedPersonName('Juan Carlos de la Vega')?.middle)).toBe(true);
    expect(() => {
      (first as { given?: string }).given = 'nick';
    }).toThrow(TypeError);
  });
});
