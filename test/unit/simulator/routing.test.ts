import { describe, expect, it } from 'vitest';
import { callApi, callCode, rawRequest, signedRequest } from '../../helpers/signed-fetch.ts';
import { startTestSimulator } from '../../helpers/simulator.ts';

const prompt = { Prompt: 'a cat' };

describe('simulator routing', () => {
  it.each([
    [
      'hunyuan.intl.tencentcloudapi.com',
      '2023-09-01',
      'hunyuan',
      'ap-singapore',
      'SubmitHunyuanTo3DRapidJob',
    ],
    [
      'hunyuan.intl.tencentcloudapi.com',
      '2023-09-01',
      'hunyuan',
      'na-siliconvalley',
      'SubmitHunyuanTo3DProJob',
    ],
    ['ai3d.intl.tencentcloudapi.com', '2025-05-13', 'ai3d', 'ap-singapore', 'SubmitHunyuanTo3DProJob'],
    ['ai3d.tencentcloudapi.com', '2025-05-13', 'ai3d', 'ap-guangzhou', 'SubmitHunyuanTo3DRapidJob'],
  ])('serves %s %s (%s, %s) %s', async (host, version, service, region, action) => {
    const sim = await startTestSimulator();
    const res = await callApi(sim.url, { action, host, version, service, region, body: prompt });
    expect(res.Error).toBeUndefined();
    expect(res.JobId).toMatch(/^[1-9]\d{18}$/);
  });

  it('picks the product from the scope service and version when Host is not Tencent', async () => {
    const sim = await startTestSimulator();
    const china = { version: '2025-05-13', service: 'ai3d', region: 'ap-guangzhou' };
    expect(await callCode(sim.url, { action: 'SubmitHunyuanTo3DRapidJob', body: prompt, ...china })).toBe(
      'OK',
    );
    expect(await callCode(sim.url, { action: 'SubmitHunyuanTo3DProJob', body: prompt })).toBe('OK');
    expect(
      await callCode(sim.url, {
        action: 'SubmitHunyuanTo3DProJob',
        body: prompt,
        ...china,
        region: 'ap-singapore',
      }),
    ).toBe('UnsupportedRegion');
  });

  it('has no Rapid on intl ai3d', async () => {
    const sim = await startTestSimulator();
    const call = {
      host: 'ai3d.intl.tencentcloudapi.com',
      version: '2025-05-13',
      service: 'ai3d',
      body: prompt,
    };
    expect(await callCode(sim.url, { ...call, action: 'SubmitHunyuanTo3DRapidJob' })).toBe('InvalidAction');
  });

  it.each(['DescribeInstances', 'SubmitHunyuanTo3DJob', 'QueryHunyuanTo3DJob'])(
    'answers InvalidAction for %s',
    async (action) => {
      const sim = await startTestSimulator();
      const res = await callApi(sim.url, { action, body: prompt });
      expect(res.Error?.Code).toBe('InvalidAction');
      expect(res.Error?.Message).toContain(action);
    },
  );

  it('answers InvalidAction for the retired action on the old China hunyuan host', async () => {
    const sim = await startTestSimulator();
    const res = await callApi(sim.url, {
      action: 'SubmitHunyuanTo3DJob',
      host: 'hunyuan.tencentcloudapi.com',
      region: 'ap-guangzhou',
      body: prompt,
    });
    expect(res.Error?.Code).toBe('InvalidAction');
    expect(res.Error?.Message).toContain('retired');
  });

  it.each([
    ['local host, hunyuan scope', undefined, '2025-05-13', 'hunyuan'],
    ['local host, ai3d scope', undefined, '2023-09-01', 'ai3d'],
    ['Tencent host', 'hunyuan.intl.tencentcloudapi.com', '2024-01-01', 'hunyuan'],
  ])('answers NoSuchVersion (%s)', async (_name, host, version, service) => {
    const sim = await startTestSimulator();
    const call = {
      action: 'SubmitHunyuanTo3DProJob',
      body: prompt,
      version,
      service,
      ...(host ? { host } : {}),
    };
    expect(await callCode(sim.url, call)).toBe('NoSuchVersion');
  });

  it('answers MissingParameter without X-TC-Action or X-TC-Version', async () => {
    const sim = await startTestSimulator();
    const noAction = await callApi(sim.url, { action: '', body: prompt });
    expect(noAction.Error?.Code).toBe('MissingParameter');
    expect(noAction.Error?.Message).toContain('Action');
    const noVersion = await callApi(sim.url, {
      action: 'SubmitHunyuanTo3DProJob',
      headers: { 'x-tc-version': '' },
    });
    expect(noVersion.Error?.Message).toContain('Version');
  });

  it('needs a supported region', async () => {
    const sim = await startTestSimulator();
    const call = { action: 'SubmitHunyuanTo3DProJob', body: prompt };
    expect(await callCode(sim.url, { ...call, region: null })).toBe('MissingParameter');
    expect(await callCode(sim.url, { ...call, region: 'ap-guangzhou' })).toBe('UnsupportedRegion');
  });

  it('answers UnsupportedProtocol for GET and for a non-JSON body', async () => {
    const sim = await startTestSimulator();
    const get = await rawRequest(`${sim.url}/`, { method: 'GET' });
    expect(get.status).toBe(200);
    expect(JSON.parse(get.body.toString()).Response.Error.Code).toBe('UnsupportedProtocol');
    const form = await callCode(sim.url, {
      action: 'SubmitHunyuanTo3DProJob',
      contentType: 'multipart/form-data',
      body: 'x',
    });
    expect(form).toBe('UnsupportedProtocol');
  });

  it('answers InvalidParameter for a body that is not a JSON object', async () => {
    const sim = await startTestSimulator();
    expect(await callCode(sim.url, { action: 'SubmitHunyuanTo3DProJob', body: '{"Prompt":' })).toBe(
      'InvalidParameter',
    );
    expect(await callCode(sim.url, { action: 'SubmitHunyuanTo3DProJob', body: '[1]' })).toBe(
      'InvalidParameter',
    );
  });

  it('answers the first submit-rule violation as a call-level error', async () => {
    const sim = await startTestSimulator();
    const res = await callApi(sim.url, {
      action: 'SubmitHunyuanTo3DProJob',
      body: { Prompt: 'cat', FaceCount: 10 },
    });
    expect(res.Error).toEqual({
      Code: 'InvalidParameterValue',
      Message: 'The value of parameter `FaceCount` must be between 3000 and 1500000.',
    });
    expect(
      await callCode(sim.url, { action: 'SubmitHunyuanTo3DProJob', body: { Prompt: 'cat', Num: 1 } }),
    ).toBe('UnknownParameter');
    expect(sim.jobs.list()).toEqual([]);
  });

  it('answers RequestSizeLimitExceeded for a body over 10 MB and stays usable', async () => {
    const sim = await startTestSimulator();
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
    const res = await rawRequest(`${sim.url}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tc-action': 'SubmitHunyuanTo3DProJob' },
      body: big,
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body.toString()).Response.Error.Code).toBe('RequestSizeLimitExceeded');
    expect(await callCode(sim.url, { action: 'SubmitHunyuanTo3DProJob', body: prompt })).toBe('OK');
    // undici (global fetch), as the gateway's client uses, also reads the early answer.
    const viaFetch = await fetch(`${sim.url}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect(((await viaFetch.json()) as { Response: { Error: { Code: string } } }).Response.Error.Code).toBe(
      'RequestSizeLimitExceeded',
    );
  });

  it('detects an oversized chunked body without Content-Length', async () => {
    const sim = await startTestSimulator({ maxBodyBytes: 1000 });
    const res = await signedRequest(sim.url, {
      action: 'SubmitHunyuanTo3DProJob',
      body: JSON.stringify({ Prompt: 'x'.repeat(2000) }),
      headers: { 'transfer-encoding': 'chunked' },
    });
    expect(JSON.parse(res.body.toString()).Response.Error.Code).toBe('RequestSizeLimitExceeded');
  });

  it('answers 404 for unknown paths', async () => {
    const sim = await startTestSimulator();
    expect((await rawRequest(`${sim.url}/nope`, {})).status).toBe(404);
  });
});
