import { redactUri } from '../../src/config';

describe('redactUri', () => {
  it('drops user and password from a Bolt URI and keeps the address', () => {
    expect(redactUri('bolt://neo4j:s3cret@db.internal:7687')).toBe('bolt://db.internal:7687');
  });

  it('leaves a URI without credentials untouched', () => {
    expect(redactUri('neo4j+s://db.example.org')).toBe('neo4j+s://db.example.org');
  });

  it('hides what precedes an @ in a string that is not a URI', () => {
    expect(redactUri('user:s3cret@db')).toBe('…@db');
  });
});
