import type { Mention } from '../../src/model/extraction';
import { titledFormsBeforeMentions } from '../../src/resolve/titles-before-mentions';

function mentionOf(text: string, name: string): Mention {
  const start = text.lastIndexOf(name);
  return {
    start,
    end: start + name.length,
    text: name,
    sentence: 0,
    source: 'ner',
    confidence: 0.9,
  };
}

describe('titledFormsBeforeMentions', () => {
  it('reads the honorific and office words right before a name', () => {
    const text = 'Prime Minister Mr. Blair spoke.';
    expect(titledFormsBeforeMentions(text, [mentionOf(text, 'Blair')])).toEqual([
      'Prime Minister Mr. Blair',
    ]);
  });

  it('does not take the last word of the previous sentence for a title', () => {
    const text = 'He was elected deputy leader. UKIP then split.';
    expect(titledFormsBeforeMentions(text, [mentionOf(text, 'UKIP')])).toEqual([]);
  });
});
