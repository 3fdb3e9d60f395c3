/**
 * Context values built on first read, for what most operations never touch (a child logger, the
 * public origin, the DataLoaders of an operation that loads nothing). envelop merges what the
 * context factory returns into its context object with Object.assign, which reads every property,
 * so a getter on the returned object would be built at once; instead the getters go on the
 * context object itself (yoga passes it to the factory), and the factory returns only the eager
 * part. The getters are made once, here, not per request: under tsx every closure created per
 * request also costs a `__name` call, which showed in the profile (BENCHMARKS.md).
 *
 * Each value is built once per context (so a DataLoader still lives exactly one operation), and an
 * assignment replaces it like an ordinary property.
 */
export interface LazyFields<Inputs, Deferred> {
  /** Installs the getters on `context` and returns `eager`, typed as the whole context. */
  install<Eager extends object>(context: object, inputs: Inputs, eager: Eager): Eager & Deferred;
}

const INPUTS = Symbol('lazy context inputs');

export function lazyFields<Inputs, Deferred extends object>(
  builders: {
    [K in keyof Deferred]: (inputs: Inputs) => Deferred[K];
  },
): LazyFields<Inputs, Deferred> {
  const descriptors: PropertyDescriptorMap = {};
  for (const key of Object.keys(builders) as Array<keyof Deferred & string>) {
    const build = builders[key];
    const settle = (self: object, value: unknown) =>
      Object.defineProperty(self, key, { value, writable: true, enumerable: true, configurable: true });
    descriptors[key] = {
      enumerable: true,
      configurable: true,
      get(this: { [INPUTS]: Inputs }) {
        const value = build(this[INPUTS]);
        settle(this, value);
        return value;
      },
      set(this: object, value: unknown) {
        settle(this, value);
      },
    };
  }
  return {
    install(context, inputs, eager) {
      Object.defineProperty(context, INPUTS, { value: inputs, configurable: true, writable: true });
      Object.defineProperties(context, descriptors);
      // The deferred part lives on `context`, which envelop merges `eager` into.
      return eager as typeof eager & Deferred;
    },
  };
}
