import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  newSecret,
  SECRET_BYTES,
  secretKey,
  signatureHeader,
  signOne,
  webhookHeaders,
} from '../../../src/webhooks/signer.ts';

/**
 * The Standard Webhooks reference test vector (the spec's libraries, Svix's and Replicate's share
 * it): reproducing it is what says a receiver's own library accepts our signatures.
 */
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

describe('webhook signatures (Standard Webhooks)', () => {
  it('reproduce the published test vector exactly', () => {
    expect(signOne(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
    // The prefix is optional on the key, as in the reference libraries.
    expect(signOne(VECTOR.secret.slice('whsec_'.length), VECTOR.id, VECTOR.timestamp, VECTOR.body)).toBe(
      VECTOR.signature,
    );
  });

  it('sign "id.timestamp.body" with the bytes after whsec_, in base64', () => {
    const secret = newSecret();
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update('msg_1.1700000000.{"a":1}').digest('base64');
    expect(signOne(secret, 'msg_1', 1700000000, '{"a":1}')).toBe(`v1,${expected}`);
    // A different body, id or timestamp gives a different signature.
    expect(signOne(secret, 'msg_1', 1700000000, '{"a":2}')).not.toBe(`v1,${expected}`);
    expect(signOne(secret, 'msg_2', 1700000000, '{"a":1}')).not.toBe(`v1,${expected}`);
    expect(signOne(secret, 'msg_1', 1700000001, '{"a":1}')).not.toBe(`v1,${expected}`);
  });

  it('put one signature per secret in the header, space-separated (a rotation in progress)', () => {
    const [a, b] = [newSecret(), newSecret()];
    const header = signatureHeader([a, b], 'msg_x', 1, '{}');
    expect(header.split(' ')).toEqual([signOne(a, 'msg_x', 1, '{}'), signOne(b, 'msg_x', 1, '{}')]);
    expect(webhookHeaders([VECTOR.secret], VECTOR.id, VECTOR.timestamp, VECTOR.body)).toStrictEqual({
      'content-type': 'application/json',
      'webhook-id': VECTOR.id,
      'webhook-timestamp': String(VECTOR.timestamp),
      'webhook-signature': VECTOR.signature,
    });
  });

  it('make new secrets as whsec_ and base64 of 24 to 64 random bytes, never twice the same', () => {
    const secrets = new Set(Array.from({ length: 50 }, newSecret));
    expect(secrets.size).toBe(50);
    for (const secret of secrets) {
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
      expect(secretKey(secret)).toHaveLength(SECRET_BYTES);
    }
    expect(SECRET_BYTES).toBeGreaterThanOrEqual(24);
    expect(SECRET_BYTES).toBeLessThanOrEqual(64);
    expect(() => secretKey('whsec_')).toThrow(TypeError);
  });
});
