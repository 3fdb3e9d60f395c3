import { parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costLimitRule } from '../../../src/graphql/cost-limit.ts';
import { buildSchema } from '../../../src/graphql/schema.ts';

const schema = buildSchema();

/** The cost the rule finds for `query` (a limit of 0 reports every document with its cost). */
function cost(query: string): number {
  const errors = validate(schema, parse(query), [costLimitRule({ maxCost: 0 })]);
  const m = /found ([\d.]+)/.exec(errors[0]?.message ?? '');
  return Number(m?.[1] ?? 0);
}

describe('cost limit (audit F4)', () => {
  const page = 'nodes { id prompt resultFiles { url } }';

  it('counts a list size in a variable at its declared maximum, whatever the value sent', () => {
    expect(cost(`query ($n: Int) { jobs(first: $n) { ${page} } }`)).toBe(
      cost(`{ jobs(first: 100) { ${page} } }`),
    );
    expect(cost(`query ($n: Int = 5) { jobs(first: $n) { ${page} } }`)).toBe(
      cost(`{ jobs(first: 100) { ${page} } }`),
    );
  });

  it('counts an absent list size at its schema default, and a literal as itself', () => {
    expect(cost(`{ jobs { ${page} } }`)).toBe(cost(`{ jobs(first: 20) { ${page} } }`));
    expect(cost(`{ jobs(first: 100) { ${page} } }`)).toBe(10 * cost(`{ jobs(first: 10) { ${page} } }`));
  });

  it('follows fragments, inline fragments and aliases', () => {
    const direct = cost(`query ($n: Int) { a: jobs(first: $n) { ${page} } b: jobs(first: $n) { ${page} } }`);
    expect(direct).toBe(2 * cost(`{ jobs(first: 100) { ${page} } }`));
    const viaFragment = cost(`query ($n: Int) { ...Q } fragment Q on Query { jobs(first: $n) { ${page} } }`);
    expect(viaFragment).toBeGreaterThan(cost(`{ jobs(first: 100) { ${page} } }`));
    const viaInline = cost(`query ($n: Int) { ... on Query { jobs(first: $n) { ${page} } } }`);
    expect(viaInline).toBeGreaterThan(cost(`{ jobs(first: 100) { ${page} } }`));
  });

  it('reports with a code and ends on fragment cycles (which another rule refuses)', () => {
    const errors = validate(schema, parse(`query ($n: Int) { jobs(first: $n) { ${page} } }`), [
      costLimitRule({ maxCost: 100 }),
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/Query Cost limit of 100 exceeded.*variable counts at its maximum/);
    expect(errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const cyclic = parse('{ job(id: "x") { ...A } } fragment A on Job { ...B } fragment B on Job { ...A }');
    const all = validate(schema, cyclic, [...specifiedRules, costLimitRule({ maxCost: 30_000 })]);
    expect(all.map((e) => e.message).join('\n')).toMatch(/Cannot spread fragment "A" within itself/);
  });
});
