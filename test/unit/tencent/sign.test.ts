import { describe, expect, it } from 'vitest';
import { parseAuthorization, sha256Hex, sign3, signingKey } from '../../../src/tencent/sign.ts';

// Published vectors from docs/hunyuan-api.md §3.3. The body is the exact ASCII text with literal \u escapes.
const V1_BODY = '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}';

describe('sign3 (TC3-HMAC-SHA256)', () => {
  it('reproduces V1, the primary published POST vector', () => {
    const r = sign3({
      secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
      secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
      service: 'cvm',
      host: 'cvm.tencentcloudapi.com',
      method: 'POST',
      contentType: 'application/json; charset=utf-8',
      payload: V1_BODY,
      timestamp: 1551113065,
    });
    expect(sha256Hex(V1_BODY)).toBe('35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064');
    expect(r.canonicalRequest).toBe(
      'POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
    );
    expect(sha256Hex(r.canonicalRequest)).toBe(
      '5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031',
    );
    expect(r.stringToSign).toBe(
      'TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031',
    );
    expect(signingKey('Gu5t9xGARNpq86cd98joQYCN3EXAMPLE', '2019-02-25', 'cvm').toString('hex')).toBe(
      'ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1',
    );
    expect(r.signature).toBe('72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168');
    expect(r.authorization).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
    );
  });

  it('reproduces V2, the GET vector with a query string', () => {
    const r = sign3({
      secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
      secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
      service: 'cvm',
      host: 'cvm.tencentcloudapi.com',
      method: 'GET',
      contentType: 'application/x-www-form-urlencoded',
      payload: '',
      canonicalQueryString: 'Limit=10&Offset=0',
      timestamp: 1539084154,
    });
    expect(sha256Hex(r.canonicalRequest)).toBe(
      '91c9c192c14460df6c1ffc69e34e6c5e90708de2a6d282cccf957dbf1aa7f3a7',
    );
    expect(r.credentialScope).toBe('2018-10-09/cvm/tc3_request');
    expect(r.signature).toBe('5da7a33f6993f0614b047e5df4582db9e9bf4672ba50567dba16c6ccf174c474');
  });

  it('reproduces V3, which also signs x-tc-action (value lowercased)', () => {
    const r = sign3({
      secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******',
      secretKey: 'Gu5t9xGARNpq86cd98joQYCN3*******',
      service: 'cvm',
      host: 'cvm.tencentcloudapi.com',
      method: 'POST',
      contentType: 'application/json; charset=utf-8',
      payload: V1_BODY,
      timestamp: 1551113065,
      extraSignedHeaders: { 'X-TC-Action': 'DescribeInstances' },
    });
    expect(r.signedHeaders).toBe('content-type;host;x-tc-action');
    expect(r.canonicalRequest).toContain('\nx-tc-action:describeinstances\n');
    expect(sha256Hex(r.canonicalRequest)).toBe(
      '7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84',
    );
    expect(r.signature).toBe('be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3');
  });

  it('reproduces V4, the 32-asterisk key edition', () => {
    const r = sign3({
      secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******',
      secretKey: '********************************',
      service: 'cvm',
      host: 'cvm.tencentcloudapi.com',
      method: 'POST',
      contentType: 'application/json; charset=utf-8',
      payload: V1_BODY,
      timestamp: 1551113065,
      extraSignedHeaders: { 'x-tc-action': 'DescribeInstances' },
    });
    expect(signingKey('********************************', '2019-02-25', 'cvm').toString('hex')).toBe(
      'b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af',
    );
    expect(r.signature).toBe('10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f');
  });

  const HY = {
    secretId: 'AKIDEXAMPLEEXAMPLEEXAMPLEEXAMPLE',
    secretKey: 'EXAMPLEKEYEXAMPLEKEYEXAMPLEKEY12',
    method: 'POST' as const,
    contentType: 'application/json',
    timestamp: 1767225600,
  };

  it('reproduces the intl hunyuan host vector (a)', () => {
    const body = '{"JobId":"1375367755519696896"}';
    expect(sha256Hex(body)).toBe('60ce43a24ca9a083b2c1380e7f935efe599990392ba4b3317e398dc4024d7666');
    const r = sign3({ ...HY, service: 'hunyuan', host: 'hunyuan.intl.tencentcloudapi.com', payload: body });
    expect(r.credentialScope).toBe('2026-01-01/hunyuan/tc3_request');
    expect(r.signature).toBe('1c329126b0910bbbae29e2b9acc305c05c07a9651593a4efd04e75c853b3674a');
  });

  it('reproduces the ai3d host vector (b) over UTF-8 bytes', () => {
    const body = '{"Prompt":"一只小猫","GenerateType":"Normal"}';
    expect(sha256Hex(body)).toBe('7cfb71fcbae4afab8c9add35d830cd12eddc629231071207b046d923cc1c830d');
    const r = sign3({
      ...HY,
      service: 'ai3d',
      host: 'ai3d.tencentcloudapi.com',
      payload: Buffer.from(body, 'utf8'),
    });
    expect(r.signature).toBe('e972d40bb538f68d4785172a0ff588bb82271f726de5f11f60a9a9a70b2e7b5b');
  });

  it('uses the UTC date of the timestamp in the scope, not the local date', () => {
    const base = { ...HY, service: 'hunyuan', host: 'h', payload: '' };
    expect(sign3({ ...base, timestamp: 1767225599 }).credentialScope).toBe('2025-12-31/hunyuan/tc3_request');
    expect(sign3({ ...base, timestamp: 1767225600 }).credentialScope).toBe('2026-01-01/hunyuan/tc3_request');
  });

  it('parses its own Authorization header and rejects malformed ones', () => {
    const r = sign3({ ...HY, service: 'hunyuan', host: 'h', payload: '{}' });
    expect(parseAuthorization(r.authorization)).toEqual({
      secretId: HY.secretId,
      date: '2026-01-01',
      service: 'hunyuan',
      signedHeaders: ['content-type', 'host'],
      signature: r.signature,
    });
    expect(parseAuthorization('Bearer abc')).toBeUndefined();
    expect(parseAuthorization(r.authorization.replace('Signature=', 'Signature=zz'))).toBeUndefined();
  });
});
