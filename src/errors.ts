/**
 * Every error newsgraph raises on purpose carries a stable `code`. The API maps codes to GraphQL
 * `extensions.code`, the CLI to exit codes and messages; anything without a code is a bug and is
 * masked at the boundaries.
 */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'INVALID_ARTICLE'
  | 'CONFIG_INVALID'
  | 'STORE_UNAVAILABLE'
  | 'STORE_CONFLICT'
  | 'SCHEMA_OUTDATED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'INTERNAL';

export class NewsgraphError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

export class NotFoundError extends NewsgraphError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class InvalidInputError extends NewsgraphError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

/** An article that cannot be processed; `item` names it (file, line number, id). */
export class InvalidArticleError extends NewsgraphError {
  readonly item: string;

  constructor(item: string, message: string, options?: { cause?: unknown }) {
    super('INVALID_ARTICLE', `${item}: ${message}`, options);
    this.item = item;
  }
}

export class ConfigError extends NewsgraphError {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      'CONFIG_INVALID',
      `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.problems = problems;
  }
}

export class StoreUnavailableError extends NewsgraphError {
  readonly retriable: boolean;

  constructor(message: string, options?: { cause?: unknown; retriable?: boolean }) {
    super('STORE_UNAVAILABLE', message, options);
    this.retriable = options?.retriable ?? true;
  }
}

export class StoreConflictError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE_CONFLICT', message, options);
  }
}

export class SchemaOutdatedError extends NewsgraphError {
  constructor(message: string) {
    super('SCHEMA_OUTDATED', message);
  }
}

export function isNewsgraphError(error: unknown): error is NewsgraphError {
  return error instanceof NewsgraphError;
}
