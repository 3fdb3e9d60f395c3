/**
 * Context values built on first read, for what most operations never touch (a child logger, the
 * DataLoaders of an operation that loads nothing). envelop merges what the context factory returns
 * into its context object with Object.assign, which reads every property, so a getter on the
 * returned object would be built at once; instead the getters go on the context object itself
 * (yoga passes it to the factory), and the factory returns only the eager part.
 *
 * Each value is built once per context (so a DataLoader still lives exactly one operation), and an
 * assignment replaces it like an ordinary property.
 */
export type Lazy<T> = { [K in keyof T]: () => T[K] };

export function withLazy<Eager extends object, Deferred extends object>(
  context: object,
  eager: Eager,
  deferred: Lazy<Deferred>,
): Eager & Deferred {
  for (const key of Object.keys(deferred) as Array<keyof Deferred & string>) {
    const build = deferred[key];
    const settle = (self: object, value: unknown) =>
      Object.defineProperty(self, key, { value, writable: true, enumerable: true, configurable: true });
    Object.defineProperty(context, key, {
      enumerable: true,
      configurable: true,
      get(this: object) {
        const value = build();
        settle(this, value);
        return value;
      },
      set(this: object, value: unknown) {
        settle(this, value);
      },
    });
  }
  // The deferred part lives on `context`, which envelop merges `eager` into.
  return eager as Eager & Deferred;
}
