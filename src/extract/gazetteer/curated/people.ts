import type { CuratedEntry } from './curated-entry';

/**
 * Heads of state and government and other people prominent in English-language news, from the
 * 2004–05 era of the BBC corpus to today. Names and QIDs are from Wikidata (CC0), entered by
 * hand; `role` is the office most news text uses for them, used only to resolve "the Russian
 * leader"-style mentions, never asserted as a fact by itself.
 */
const person = (
  name: string,
  qid: string | undefined,
  role?: CuratedEntry['role'],
  aliases: string[] = [],
): CuratedEntry => ({
  type: 'Person',
  name,
  ...(qid ? { qid } : {}),
  ...(aliases.length ? { aliases } : {}),
  ...(role ? { role, country: role.country } : {}),
});

export const PEOPLE: CuratedEntry[] = [
  person('Vladimir Putin', 'Q7747', { title: 'President', country: 'RU' }, [
    'Vladimir Vladimirovich Putin',
  ]),
  person('Xi Jinping', 'Q15031', { title: 'President', country: 'CN' }),
  person('Volodymyr Zelensky', 'Q3881980', { title: 'President', country: 'UA' }, [
    'Volodymyr Zelenskyy',
    'Volodymyr Zelenskiy',
  ]),
  person('Donald Trump', 'Q22686', { title: 'President', country: 'US' }, ['Donald J. Trump']),
  person('Joe Biden', 'Q6279', { title: 'President', country: 'US' }, ['Joseph Biden']),
  person('Barack Obama', 'Q76', { title: 'President', country: 'US' }),
  person('George W. Bush', 'Q207', { title: 'President', country: 'US' }, [
    'George W Bush',
    'George Bush',
  ]),
  person('Bill Clinton', 'Q1124', { title: 'President', country: 'US' }),
  person('Hillary Clinton', 'Q6294', { title: 'Secretary of State', country: 'US' }),
  person('Kamala Harris', 'Q10853588', { title: 'Vice President', country: 'US' }),
  person('Dick Cheney', 'Q48259', { title: 'Vice President', country: 'US' }),
  person('Condoleezza Rice', 'Q47216', { title: 'Secretary of State', country: 'US' }),
  person('Colin Powell', 'Q150851', { title: 'Secretary of State', country: 'US' }),
  person('John Kerry', 'Q22316', { title: 'Senator', country: 'US' }),
  person('Tony Blair', 'Q9545', { title: 'Prime Minister', country: 'GB' }),
  person('Gordon Brown', 'Q10648', { title: 'Chancellor', country: 'GB' }),
  person('David Cameron', 'Q192', { title: 'Prime Minister', country: 'GB' }),
  person('Theresa May', 'Q264766', { title: 'Prime Minister', country: 'GB' }),
  person('Boris Johnson', 'Q180589', { title: 'Prime Minister', country: 'GB' }),
  person('Keir Starmer', undefined, { title: 'Prime Minister', country: 'GB' }),
  person('Michael Howard', undefined, { title: 'Conservative leader', country: 'GB' }),
  person('Charles Kennedy', undefined, { title: 'Liberal Democrat leader', country: 'GB' }),
  person('John Prescott', undefined, { title: 'Deputy Prime Minister', country: 'GB' }),
  person('Jack Straw', undefined, { title: 'Foreign Secretary', country: 'GB' }),
  person('David Blunkett', undefined, { title: 'Home Secretary', country: 'GB' }),
  person('Charles Clarke', undefined, { title: 'Home Secretary', country: 'GB' }),
  person('Elizabeth II', 'Q9682', { title: 'Queen', country: 'GB' }, ['Queen Elizabeth II']),
  person('Charles III', 'Q43274', { title: 'King', country: 'GB' }, [
    'Prince Charles',
    'King Charles',
  ]),
  person('Prince William', 'Q36812', undefined),
  person('Prince Harry', 'Q152316', undefined),
  person('Jacques Chirac', 'Q2105', { title: 'President', country: 'FR' }),
  person('Emmanuel Macron', 'Q3052772', { title: 'President', country: 'FR' }),
  person('Gerhard Schröder', 'Q2530', { title: 'Chancellor', country: 'DE' }, [
    'Gerhard Schroeder',
  ]),
  person('Angela Merkel', 'Q567', { title: 'Chancellor', country: 'DE' }),
  person('Olaf Scholz', 'Q61053', { title: 'Chancellor', country: 'DE' }),
  person('Silvio Berlusconi', 'Q11860', { title: 'Prime Minister', country: 'IT' }),
  person('Dmitry Medvedev', 'Q23530', { title: 'President', country: 'RU' }),
  person('Boris Yeltsin', 'Q34453', { title: 'President', country: 'RU' }),
  person('Mikhail Gorbachev', 'Q30487', { title: 'President', country: 'SU' }),
  person('Sergei Lavrov', undefined, { title: 'Foreign Minister', country: 'RU' }),
  person('Narendra Modi', 'Q1058', { title: 'Prime Minister', country: 'IN' }),
  person('Recep Tayyip Erdoğan', 'Q39259', { title: 'President', country: 'TR' }, [
    'Recep Tayyip Erdogan',
  ]),
  person('Benjamin Netanyahu', 'Q43723', { title: 'Prime Minister', country: 'IL' }),
  person('Ariel Sharon', undefined, { title: 'Prime Minister', country: 'IL' }),
  person('Yasser Arafat', 'Q34211', { title: 'Palestinian leader' }),
  person('Mahmoud Abbas', undefined, { title: 'Palestinian leader' }),
  person('Kim Jong Un', 'Q56226', { title: 'Supreme Leader', country: 'KP' }, ['Kim Jong-un']),
  person('Saddam Hussein', 'Q1316', { title: 'President', country: 'IQ' }),
  person('Osama bin Laden', 'Q1317', undefined, ['Osama Bin Laden']),
  person('Kofi Annan', 'Q1254', { title: 'Secretary-General', organisation: 'United Nations' }),
  person('Nelson Mandela', 'Q8023', { title: 'President', country: 'ZA' }),
  person('Pope Francis', 'Q450675', { title: 'Pope' }),
  person('Pope Benedict XVI', 'Q2494', { title: 'Pope' }),
  person('Pope John Paul II', 'Q989', { title: 'Pope' }),
  person('Bill Gates', 'Q5284', { title: 'chairman', organisation: 'Microsoft' }),
  person('Steve Jobs', 'Q19837', { title: 'chief executive', organisation: 'Apple' }),
];
