import { describe, expect, it } from 'vitest';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from '../../../src/simulator/options.ts';
import { sign3 } from '../../../src/tencent/sign.ts';
import { callApi, callCode, signedRequest } from '../../helpers/signed-fetch.ts';
import { startTestSimulator } from '../../helpers/simulator.ts';

const submit = { action: 'SubmitHunyuanTo3DProJob', body: { Prompt: 'a cat' } };
const now = () => Math.floor(Date.now() / 1000);

describe('simulator signature verification', () => {
  it('accepts content-type;host and answers in the API 3.0 envelope', async () => {
    const sim = await startTestSimulator();
    const res = await signedRequest(sim.url, submit);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    const { Response } = JSON.parse(res.body.toString('utf8'));
    expect(Response.JobId).toMatch(/^[1-9]\d{18}$/);
    expect(Response.RequestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('accepts content-type;host;x-tc-action', async () => {
    const sim = await startTestSimulator();
    const code = await callCode(sim.url, { ...submit, extraSignedHeaders: { 'x-tc-action': submit.action } });
    expect(code).toBe('OK');
  });

  it('accepts X-TC-Token and unsigned extra headers', async () => {
    const sim = await startTestSimulator();
    const code = await callCode(sim.url, {
      ...submit,
      headers: { 'x-tc-token': 'sts-token', 'x-tc-language': 'en-US' },
    });
    expect(code).toBe('OK');
  });

  it('rejects a wrong key with SignatureFailure', async () => {
    const sim = await startTestSimulator();
    const res = await callApi(sim.url, { ...submit, secretKey: 'not-the-key' });
    expect(res.Error).toEqual({
      Code: 'AuthFailure.SignatureFailure',
      Message: 'The provided credentials could not be validated. Please check your signature is correct.',
    });
    expect(typeof res.RequestId).toBe('string');
  });

  it('rejects a body changed after signing', async () => {
    const sim = await startTestSimulator();
    const timestamp = now();
    // Signed for {"Prompt":"a dog"}, sent with {"Prompt":"a cat"}.
    const { authorization } = sign3({
      secretId: DEV_SECRET_ID,
      secretKey: DEV_SECRET_KEY,
      service: 'hunyuan',
      host: new URL(sim.url).host,
      method: 'POST',
      contentType: 'application/json',
      payload: '{"Prompt":"a dog"}',
      timestamp,
    });
    const code = await callCode(sim.url, { ...submit, timestamp, authorization });
    expect(code).toBe('AuthFailure.SignatureFailure');
  });

  it('rejects an unknown SecretId with SecretIdNotFound', async () => {
    const sim = await startTestSimulator();
    expect(await callCode(sim.url, { ...submit, secretId: 'AKIDunknown' })).toBe(
      'AuthFailure.SecretIdNotFound',
    );
  });

  it('accepts several configured accounts', async () => {
    const sim = await startTestSimulator({
      credentials: [
        { secretId: 'AKIDone', secretKey: 'key-one' },
        { secretId: 'AKIDtwo', secretKey: 'key-two' },
      ],
    });
    expect(await callCode(sim.url, { ...submit, secretId: 'AKIDtwo', secretKey: 'key-two' })).toBe('OK');
    expect(await callCode(sim.url, { ...submit, secretId: 'AKIDtwo', secretKey: 'key-one' })).toBe(
      'AuthFailure.SignatureFailure',
    );
  });

  it('allows 299 s of clock skew and rejects 301 s with SignatureExpire', async () => {
    // A frozen simulator clock: a slow machine cannot turn 299 s into 300.
    const clockMs = Date.UTC(2030, 0, 1);
    const sim = await startTestSimulator({ now: () => clockMs });
    const t = clockMs / 1000;
    expect(await callCode(sim.url, { ...submit, timestamp: t - 299 })).toBe('OK');
    expect(await callCode(sim.url, { ...submit, timestamp: t + 299 })).toBe('OK');
    expect(await callCode(sim.url, { ...submit, timestamp: t - 301 })).toBe('AuthFailure.SignatureExpire');
    expect(await callCode(sim.url, { ...submit, timestamp: t + 301 })).toBe('AuthFailure.SignatureExpire');
  });

  it('checks skew against the simulator clock', async () => {
    const clockMs = Date.UTC(2030, 5, 1, 12);
    const sim = await startTestSimulator({ now: () => clockMs });
    expect(await callCode(sim.url, { ...submit, timestamp: clockMs / 1000 })).toBe('OK');
    expect(await callCode(sim.url, submit)).toBe('AuthFailure.SignatureExpire');
  });

  it('accepts the host signed with or without the port, and no other spelling', async () => {
    const sim = await startTestSimulator();
    const { host, hostname } = new URL(sim.url);
    expect(await callCode(sim.url, { ...submit, signHost: host })).toBe('OK');
    expect(await callCode(sim.url, { ...submit, signHost: hostname })).toBe('OK');
    expect(await callCode(sim.url, { ...submit, signHost: 'localhost' })).toBe(
      'AuthFailure.SignatureFailure',
    );
    expect(await callCode(sim.url, { ...submit, signHost: `${hostname}:1` })).toBe(
      'AuthFailure.SignatureFailure',
    );
  });

  it('accepts a Tencent Host header signed the SDK way (name without port)', async () => {
    const sim = await startTestSimulator();
    const sent = `hunyuan.intl.tencentcloudapi.com:${sim.port}`;
    expect(
      await callCode(sim.url, { ...submit, host: sent, signHost: 'hunyuan.intl.tencentcloudapi.com' }),
    ).toBe('OK');
    expect(await callCode(sim.url, { ...submit, host: sent })).toBe('OK');
    expect(await callCode(sim.url, { ...submit, host: sent, signHost: 'hunyuan.tencentcloudapi.com' })).toBe(
      'AuthFailure.SignatureFailure',
    );
  });

  it('requires the scope date to be the UTC date of the timestamp', async () => {
    const sim = await startTestSimulator();
    const t = now();
    const wrongDate = new Date((t - 86_400) * 1000).toISOString().slice(0, 10);
    const auth = `TC3-HMAC-SHA256 Credential=${DEV_SECRET_ID}/${wrongDate}/hunyuan/tc3_request, SignedHeaders=content-type;host, Signature=${'0'.repeat(64)}`;
    const err = (await callApi(sim.url, { ...submit, timestamp: t, authorization: auth })).Error;
    expect(err?.Code).toBe('AuthFailure.SignatureFailure');
    expect(err?.Message).toContain('UTC date');
  });

  it('requires the scope service of the product', async () => {
    const sim = await startTestSimulator();
    const host = 'hunyuan.intl.tencentcloudapi.com';
    const err = (await callApi(sim.url, { ...submit, host, service: 'ai3d' })).Error;
    expect(err?.Code).toBe('AuthFailure.SignatureFailure');
    expect(err?.Message).toContain('`hunyuan`');
  });

  it.each([
    ['missing', null],
    ['malformed', 'Bearer abc'],
    [
      'without host in SignedHeaders',
      `TC3-HMAC-SHA256 Credential=${DEV_SECRET_ID}/2026-01-01/hunyuan/tc3_request, SignedHeaders=content-type, Signature=${'a'.repeat(64)}`,
    ],
  ])('answers InvalidAuthorization when Authorization is %s', async (_name, authorization) => {
    const sim = await startTestSimulator();
    expect(await callCode(sim.url, { ...submit, authorization })).toBe('AuthFailure.InvalidAuthorization');
  });

  it('needs X-TC-Timestamp', async () => {
    const sim = await startTestSimulator();
    const res = await callApi(sim.url, { ...submit, headers: { 'x-tc-timestamp': '' } });
    expect(res.Error?.Code).toBe('MissingParameter');
  });
});
