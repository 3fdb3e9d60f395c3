import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../../src/graphql/errors.ts';
import { idempotencyKeyOf, parseIdempotencyKeyHeader } from '../../../src/graphql/idempotency.ts';

/** The Idempotency-Key header (IETF draft-ietf-httpapi-idempotency-key-header) beside the argument. */
describe('Idempotency-Key', () => {
  it('reads the draft’s quoted string (unescaped) or a bare value; absent is undefined', () => {
    expect(parseIdempotencyKeyHeader('"8e03978e-40d5-43e8-bc93-6894a57f9324"')).toBe(
      '8e03978e-40d5-43e8-bc93-6894a57f9324',
    );
    expect(parseIdempotencyKeyHeader(' "a \\"quoted\\" \\\\ key" ')).toBe('a "quoted" \\ key');
    expect(parseIdempotencyKeyHeader('order-17')).toBe('order-17');
    expect(parseIdempotencyKeyHeader('""')).toBe('');
    expect(parseIdempotencyKeyHeader(null)).toBeUndefined();
    expect(parseIdempotencyKeyHeader(undefined)).toBeUndefined();
  });

  it('takes the argument or the header; both must agree, and neither may exceed 200 characters', () => {
    expect(idempotencyKeyOf(undefined, undefined)).toBeUndefined();
    expect(idempotencyKeyOf(null, 'h')).toBe('h');
    expect(idempotencyKeyOf('a', undefined)).toBe('a');
    expect(idempotencyKeyOf('same', 'same')).toBe('same');
    const refused = (argument: string | null, header: string | undefined) => {
      try {
        idempotencyKeyOf(argument, header);
      } catch (err) {
        expect(err).toBeInstanceOf(BadInputError);
        return (err as BadInputError).field;
      }
      throw new Error('not refused');
    };
    expect(refused('a', 'b')).toBe('idempotencyKey');
    expect(refused('x'.repeat(201), undefined)).toBe('idempotencyKey');
    expect(refused(null, 'x'.repeat(201))).toBe('Idempotency-Key');
    expect(refused(null, '')).toBe('Idempotency-Key');
    expect(idempotencyKeyOf(null, 'x'.repeat(200))).toHaveLength(200);
  });
});
