/**
 * A statement as it travels: its comments dropped and each run of whitespace outside string
 * literals and quoted names made one space, or one newline where the run held one (a server
 * error quoting the statement stays readable line by line).
 *
 * Why: Bolt has no prepared statements, so every RUN carries the whole text. The files under
 * cypher/ explain themselves in comments, which made the busiest read 3.7 KB; the driver writes a
 * message to the socket in 1,400-byte chunks, each a system call, and those writes were 12% of
 * the API's CPU under load. The server also hashes the text to find its cached plan.
 *
 * Strings ('…', "…") and quoted names (`…`) are copied as they are, escapes included, so a
 * literal holding "//" or two spaces is untouched.
 */
export function compactCypher(text: string): string {
  let out = '';
  let pendingSpace = '';
  let i = 0;
  const emit = (piece: string) => {
    if (pendingSpace !== '' && out !== '') out += pendingSpace;
    pendingSpace = '';
    out += piece;
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) throw new Error('unterminated /* comment in a Cypher statement');
      i = end + 2;
      if (pendingSpace === '') pendingSpace = ' ';
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      const end = quotedEnd(text, i);
      emit(text.slice(i, end));
      i = end;
      continue;
    }
    if (/\s/.test(c)) {
      let j = i;
      let newline = false;
      while (j < text.length && /\s/.test(text[j] as string)) {
        if (text[j] === '\n') newline = true;
        j += 1;
      }
      if (newline) pendingSpace = '\n';
      else if (pendingSpace === '') pendingSpace = ' ';
      i = j;
      continue;
    }
    emit(c);
    i += 1;
  }
  return out;
}

/** Index just past the literal or quoted name that opens at `start`. */
function quotedEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i += 1) {
    const c = text[i];
    // Strings escape with a backslash; quoted names double the backtick (``), which this reads
    // as the name ending and a new one starting: the same characters come out either way.
    if (c === '\\' && quote !== '`') i += 1;
    else if (c === quote) return i + 1;
  }
  throw new Error(`unterminated ${quote} in a Cypher statement`);
}
