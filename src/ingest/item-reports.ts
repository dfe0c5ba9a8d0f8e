import type { ExtractionResult } from '../model/extraction';
import type { ItemReport } from './ingest-articles';

/** The report of an item that could not be read, extracted, resolved or written. */
export function failedReport(origin: string, error: unknown, articleId?: string): ItemReport {
  const { code, message } = describeError(error);
  return {
    origin,
    ...(articleId ? { articleId } : {}),
    status: 'failed',
    error: { code, message },
    entities: 0,
    statements: 0,
    quotes: 0,
    tokens: 0,
  };
}

/** An extracted article's report before its status is known. */
export function extractedReport(result: ExtractionResult, origin: string): ItemReport {
  return {
    origin,
    articleId: result.id,
    status: 'extracted',
    entities: result.entities.length,
    statements: result.relations.length,
    quotes: result.quotes.length,
    tokens: countTokens(result.text),
  };
}

function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return { code: typeof code === 'string' ? code : 'INTERNAL', message: error.message };
  }
  return { code: 'INTERNAL', message: String(error) };
}

function countTokens(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n += 1;
    inWord = !space;
  }
  return n;
}
