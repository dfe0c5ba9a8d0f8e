import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** A date (YYYY, YYYY-MM, YYYY-MM-DD) or an ISO 8601 timestamp with its offset. */
const ISO_DATE =
  /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new GraphQLError(
      `DateTime must be an ISO 8601 date or timestamp such as "2025-05-08" or "2025-05-08T09:30:00Z", found ${JSON.stringify(value)}`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return value;
}

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => String(value),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Entity attributes: a flat string map, passed through as it is stored. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
});
