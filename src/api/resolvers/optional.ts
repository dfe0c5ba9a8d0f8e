/** GraphQL gives null for an omitted nullable argument; the store interface wants undefined. */
export function opt<T>(value: T | null | undefined): T | undefined {
  return value ?? undefined;
}

/** An object without its undefined fields, so store filters stay minimal and comparable. */
export function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null),
  ) as { [K in keyof T]: Exclude<T[K], null> };
}
