import http from 'node:http';
import { createRequire } from 'node:module';
import type { LookupFunction } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from '../../../src/simulator/options.ts';
import { startTestSimulator } from '../../helpers/simulator.ts';

/**
 * The official international Node SDK against the simulator: it signs the host name without the
 * port while sending `Host: name:PORT`, and derives the scope service from the endpoint's first
 * label, so it must be aimed at the real Tencent host name resolved to 127.0.0.1.
 */
type Callback<T> = (err: unknown, res: T) => void;
interface HunyuanSdkClient {
  SubmitHunyuanTo3DProJob(req: object, cb: Callback<{ JobId: string; RequestId: string }>): void;
  QueryHunyuanTo3DProJob(req: object, cb: Callback<{ Status: string; ResultFile3Ds: unknown[] }>): void;
}
interface Sdk {
  hunyuan: {
    v20230901: { Client: new (credential: object, region: string, profile: object) => HunyuanSdkClient };
  };
  common: {
    Credential: new (id: string, key: string) => object;
    ClientProfile: new (signMethod: string, httpProfile: object) => object;
    HttpProfile: new (protocol: string, endpoint: string, method: string, timeoutS: number) => object;
  };
}

const sdk = createRequire(import.meta.url)('tencentcloud-sdk-nodejs-intl-en') as Sdk;

const toLoopback: LookupFunction = (_host, options, cb) => {
  if (options.all) cb(null, [{ address: '127.0.0.1', family: 4 }]);
  else cb(null, '127.0.0.1', 4);
};

let savedAgent: http.Agent;
let savedProxy: string | undefined;
beforeEach(() => {
  savedAgent = http.globalAgent;
  savedProxy = process.env.http_proxy;
  delete process.env.http_proxy;
  http.globalAgent = new http.Agent({ lookup: toLoopback });
});
afterEach(() => {
  http.globalAgent.destroy();
  http.globalAgent = savedAgent;
  if (savedProxy !== undefined) process.env.http_proxy = savedProxy;
});

function call<T>(fn: (cb: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => fn((err, res) => (err ? reject(err) : resolve(res))));
}

describe('official intl SDK against the simulator', () => {
  it('submits and queries a Pro job', async () => {
    const sim = await startTestSimulator();
    const profile = new sdk.common.ClientProfile(
      'TC3-HMAC-SHA256',
      new sdk.common.HttpProfile('http://', `hunyuan.intl.tencentcloudapi.com:${sim.port}`, 'POST', 10),
    );
    const client = new sdk.hunyuan.v20230901.Client(
      new sdk.common.Credential(DEV_SECRET_ID, DEV_SECRET_KEY),
      'ap-singapore',
      profile,
    );
    const submitted = await call<{ JobId: string; RequestId: string }>((cb) =>
      client.SubmitHunyuanTo3DProJob({ Prompt: 'a teapot' }, cb),
    );
    expect(submitted.JobId).toMatch(/^[1-9]\d{18}$/);
    const queried = await call<{ Status: string; ResultFile3Ds: unknown[] }>((cb) =>
      client.QueryHunyuanTo3DProJob({ JobId: submitted.JobId }, cb),
    );
    expect(queried.Status).toBe('WAIT');
    await expect(
      call((cb) => client.QueryHunyuanTo3DProJob({ JobId: '1000000000000000000' }, cb)),
    ).rejects.toMatchObject({ code: 'ResourceNotFound' });
  });
});
