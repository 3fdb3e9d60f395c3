import dns from 'node:dns';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { LookupFunction } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from '../../src/simulator/options.ts';
import { sign3 } from '../../src/tencent/sign.ts';
import { answer, startRawUpstream } from '../helpers/raw-upstream.ts';
import { manualClock, startTestSimulator } from '../helpers/simulator.ts';

/**
 * Evidence that the simulator speaks the real protocol: the official international Node SDK
 * (`tencentcloud-sdk-nodejs-intl-en`, callback style) talks to it unchanged. The SDK derives the
 * scope service from the endpoint's first label and signs the host WITHOUT the port while sending
 * `Host: name:PORT`, so it is aimed at the real Tencent host names, resolved to 127.0.0.1 here.
 *
 * How the resolution is injected: the SDK calls node-fetch v2 without an `agent` (its HttpProfile
 * has no agent option; `common/http/fetch.js` only adds one for `http_proxy`), so node:http uses
 * `http.globalAgent`. Each test swaps in an Agent whose `lookup` answers 127.0.0.1 for the Tencent
 * hosts only and defers to dns.lookup for anything else, and restores the original afterwards.
 */

const HUNYUAN_HOST = 'hunyuan.intl.tencentcloudapi.com';
const AI3D_HOST = 'ai3d.intl.tencentcloudapi.com';
const LOOPBACK_HOSTS = new Set([HUNYUAN_HOST, AI3D_HOST]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Callback<T> = (err: unknown, res: T) => void;

interface File3D {
  Type?: string;
  Url?: string;
  PreviewImageUrl?: string;
}
interface SubmitResponse {
  JobId: string;
  RequestId: string;
}
interface QueryResponse {
  Status: string;
  ErrorCode: string;
  ErrorMessage: string;
  ResultFile3Ds: File3D[];
  RequestId: string;
}
interface SdkError extends Error {
  code?: string;
  requestId: string;
}
interface ProClient {
  SubmitHunyuanTo3DProJob(req: object, cb: Callback<SubmitResponse>): void;
  QueryHunyuanTo3DProJob(req: object, cb: Callback<QueryResponse>): void;
}
interface HunyuanClient extends ProClient {
  SubmitHunyuanTo3DRapidJob(req: object, cb: Callback<SubmitResponse>): void;
  QueryHunyuanTo3DRapidJob(req: object, cb: Callback<QueryResponse>): void;
  // The post-processing actions this SDK version (3.0.1335) has; it lacks SubmitConvert3DFormatJob,
  // DescribeConvert3DFormatJob, SubmitAutoRiggingJob and DescribeAutoRiggingJob.
  SubmitHunyuan3DPartJob(req: object, cb: Callback<SubmitResponse>): void;
  QueryHunyuan3DPartJob(req: object, cb: Callback<QueryResponse>): void;
  Submit3DSmartTopologyJob(req: object, cb: Callback<SubmitResponse>): void;
  Describe3DSmartTopologyJob(req: object, cb: Callback<QueryResponse>): void;
  SubmitHunyuanTo3DUVJob(req: object, cb: Callback<SubmitResponse>): void;
  DescribeHunyuanTo3DUVJob(req: object, cb: Callback<QueryResponse>): void;
  SubmitHunyuanTo3DTextureEditJob(req: object, cb: Callback<SubmitResponse>): void;
  QueryHunyuanTo3DTextureEditJob(req: object, cb: Callback<QueryResponse>): void;
  Convert3DFormat(req: object, cb: Callback<{ ResultFile3D: string; RequestId: string }>): void;
}
type ClientClass<C> = new (credential: object, region: string, profile: object) => C;
interface Common {
  Credential: new (secretId: string, secretKey: string, token?: string) => object;
  ClientProfile: new (signMethod: string, httpProfile: object) => object;
  HttpProfile: new (protocol: string, endpoint: string, method: string, timeoutS: number) => object;
}

// Deep requires load two products instead of the SDK's hundred-odd (about 0.2 s instead of 1.5 s).
const require = createRequire(import.meta.url);
const common = require('tencentcloud-sdk-nodejs-intl-en/tencentcloud/common') as Common;
const hunyuan = require('tencentcloud-sdk-nodejs-intl-en/tencentcloud/hunyuan') as {
  v20230901: { Client: ClientClass<HunyuanClient> };
};
const ai3d = require('tencentcloud-sdk-nodejs-intl-en/tencentcloud/ai3d') as {
  v20250513: { Client: ClientClass<ProClient> };
};

const toLoopback: LookupFunction = (hostname, options, callback) => {
  if (!LOOPBACK_HOSTS.has(hostname)) {
    dns.lookup(hostname, options, (err, address, family) => callback(err, address, family));
    return;
  }
  if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
};

let savedAgent: http.Agent;
beforeEach(() => {
  // The SDK sends everything through https-proxy-agent when http_proxy is set.
  for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) vi.stubEnv(name, undefined);
  savedAgent = http.globalAgent;
  http.globalAgent = new http.Agent({ lookup: toLoopback, keepAlive: false });
});
afterEach(() => {
  http.globalAgent.destroy();
  http.globalAgent = savedAgent;
});

function sdkCall<T>(fn: (cb: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => fn((err, res) => (err ? reject(err) : resolve(res))));
}

async function sdkFailure(fn: (cb: Callback<unknown>) => void): Promise<SdkError> {
  try {
    await sdkCall(fn);
  } catch (err) {
    return err as SdkError;
  }
  throw new Error('expected the SDK call to fail');
}

function profile(host: string, port: number): object {
  return new common.ClientProfile(
    'TC3-HMAC-SHA256',
    new common.HttpProfile('http://', `${host}:${port}`, 'POST', 10),
  );
}

function hunyuanClient(port: number, secretKey = DEV_SECRET_KEY, token?: string): HunyuanClient {
  const credential = new common.Credential(DEV_SECRET_ID, secretKey, token);
  return new hunyuan.v20230901.Client(credential, 'ap-singapore', profile(HUNYUAN_HOST, port));
}

/** Job phases move only when told to; the SDK signs with the real clock, which stays within skew. */
async function simulator() {
  const clock = manualClock(Date.now());
  const sim = await startTestSimulator({
    now: clock.now,
    durations: { PRO: { waitMs: 100, runMs: 200 }, RAPID: { waitMs: 100, runMs: 200 } },
  });
  return { clock, sim };
}

describe('official intl SDK against the simulator', () => {
  it('SubmitHunyuanTo3DProJob with a Prompt returns a 19-digit JobId', async () => {
    const { sim } = await simulator();
    const client = hunyuanClient(sim.port);
    const res = await sdkCall<SubmitResponse>((cb) =>
      client.SubmitHunyuanTo3DProJob({ Prompt: 'a teapot' }, cb),
    );
    expect(res.JobId).toMatch(/^[1-9]\d{18}$/);
    expect(res.RequestId).toMatch(UUID);
    expect(sim.jobs.get(res.JobId)).toMatchObject({
      kind: 'PRO',
      prompt: 'a teapot',
      secretId: DEV_SECRET_ID,
    });
  });

  it('QueryHunyuanTo3DProJob walks WAIT → RUN → DONE and ends with a GLB', async () => {
    const { clock, sim } = await simulator();
    const client = hunyuanClient(sim.port);
    const { JobId } = await sdkCall<SubmitResponse>((cb) =>
      client.SubmitHunyuanTo3DProJob({ Prompt: 'a small wooden chair' }, cb),
    );
    const seen: string[] = [];
    let last: QueryResponse | undefined;
    for (let poll = 0; poll < 20 && last?.Status !== 'DONE'; poll++) {
      last = await sdkCall<QueryResponse>((cb) => client.QueryHunyuanTo3DProJob({ JobId }, cb));
      if (seen.at(-1) !== last.Status) seen.push(last.Status);
      expect(last.ErrorCode).toBe('');
      clock.advance(50);
    }
    expect(seen).toEqual(['WAIT', 'RUN', 'DONE']);
    expect(last?.ResultFile3Ds).toHaveLength(1);
    expect(last?.ResultFile3Ds[0]).toMatchObject({
      Type: 'GLB',
      Url: expect.stringMatching(new RegExp(`^${sim.url}/files/${JobId}/.+/model\\.glb\\?`)),
      PreviewImageUrl: expect.stringMatching(/\/preview\.png\?/),
    });
  });

  it('runs a Rapid job, and a Pro job through the ai3d intl client', async () => {
    const { clock, sim } = await simulator();
    const client = hunyuanClient(sim.port);
    const rapid = await sdkCall<SubmitResponse>((cb) =>
      client.SubmitHunyuanTo3DRapidJob({ Prompt: 'a mug' }, cb),
    );
    clock.advance(300);
    const done = await sdkCall<QueryResponse>((cb) =>
      client.QueryHunyuanTo3DRapidJob({ JobId: rapid.JobId }, cb),
    );
    expect(done.Status).toBe('DONE');

    const credential = new common.Credential(DEV_SECRET_ID, DEV_SECRET_KEY);
    const ai3dClient = new ai3d.v20250513.Client(credential, 'ap-singapore', profile(AI3D_HOST, sim.port));
    const pro = await sdkCall<SubmitResponse>((cb) =>
      ai3dClient.SubmitHunyuanTo3DProJob({ Prompt: 'a lamp' }, cb),
    );
    const queried = await sdkCall<QueryResponse>((cb) =>
      ai3dClient.QueryHunyuanTo3DProJob({ JobId: pro.JobId }, cb),
    );
    expect(queried.Status).toBe('WAIT');
  });

  it("submits and queries each post-processing action the SDK has, chained on the simulator's own results", async () => {
    const { clock, sim } = await simulator();
    const client = hunyuanClient(sim.port);
    const pro = await sdkCall<SubmitResponse>((cb) =>
      client.SubmitHunyuanTo3DProJob({ Prompt: 'a cat' }, cb),
    );
    clock.advance(300);
    const proDone = await sdkCall<QueryResponse>((cb) =>
      client.QueryHunyuanTo3DProJob({ JobId: pro.JobId }, cb),
    );
    const glb = proDone.ResultFile3Ds[0]?.Url ?? '';

    // The synchronous conversion gives the FBX that Part and TextureEdit take.
    const converted = await sdkCall<{ ResultFile3D: string; RequestId: string }>((cb) =>
      client.Convert3DFormat({ File3D: glb, Format: 'FBX' }, cb),
    );
    expect(converted.ResultFile3D).toMatch(new RegExp(`^${sim.url}/files/\\d{19}/[0-9a-f]+/model\\.fbx\\?`));
    const fbx = converted.ResultFile3D;

    type Pair = [
      string,
      (cb: Callback<SubmitResponse>) => void,
      (id: string, cb: Callback<QueryResponse>) => void,
      string[],
    ];
    const pairs: Pair[] = [
      [
        'SMART_TOPOLOGY',
        (cb) => client.Submit3DSmartTopologyJob({ File3D: { Url: glb, Type: 'GLB' }, FaceLevel: 'low' }, cb),
        (JobId, cb) => client.Describe3DSmartTopologyJob({ JobId }, cb),
        ['OBJ', 'GLB'],
      ],
      [
        'UV',
        (cb) => client.SubmitHunyuanTo3DUVJob({ File: { Url: glb, Type: 'GLB' } }, cb),
        (JobId, cb) => client.DescribeHunyuanTo3DUVJob({ JobId }, cb),
        ['OBJ', 'FBX', 'IMAGE'],
      ],
      [
        'PART',
        (cb) => client.SubmitHunyuan3DPartJob({ File: { Url: fbx, Type: 'FBX' } }, cb),
        (JobId, cb) => client.QueryHunyuan3DPartJob({ JobId }, cb),
        ['FBX', 'GLB'],
      ],
      [
        'TEXTURE_EDIT',
        (cb) =>
          client.SubmitHunyuanTo3DTextureEditJob(
            { File3D: { Url: fbx, Type: 'FBX' }, Prompt: 'blue spots' },
            cb,
          ),
        (JobId, cb) => client.QueryHunyuanTo3DTextureEditJob({ JobId }, cb),
        ['FBX', 'IMAGE'],
      ],
    ];
    for (const [kind, submit, query, types] of pairs) {
      const { JobId } = await sdkCall<SubmitResponse>(submit);
      expect(JobId).toMatch(/^[1-9]\d{18}$/);
      expect(sim.jobs.get(JobId)?.kind).toBe(kind);
      expect((await sdkCall<QueryResponse>((cb) => query(JobId, cb))).Status).toBe('WAIT');
      clock.advance(5000);
      const done = await sdkCall<QueryResponse>((cb) => query(JobId, cb));
      expect(done).toMatchObject({ Status: 'DONE', ErrorCode: '', ErrorMessage: '' });
      expect(done.ResultFile3Ds.map((f) => f.Type)).toEqual(types);
      for (const file of done.ResultFile3Ds) {
        const res = await fetch(file.Url ?? '');
        expect(res.status).toBe(200);
        await res.arrayBuffer();
      }
    }
  });

  it('a post-processing validation error reaches the SDK as its Tencent code', async () => {
    const { sim } = await simulator();
    const client = hunyuanClient(sim.port);
    const err = await sdkFailure((cb) =>
      client.Submit3DSmartTopologyJob(
        { File3D: { Url: 'https://x/a.glb', Type: 'GLB' }, FaceLevel: 'tiny' },
        cb,
      ),
    );
    expect(err.code).toBe('InvalidParameterValue');
    const missing = await sdkFailure((cb) =>
      client.SubmitHunyuanTo3DTextureEditJob({ File3D: { Url: 'https://x/a.fbx', Type: 'FBX' } }, cb),
    );
    expect(missing.code).toBe('MissingParameter');
  });

  it('a wrong SecretKey gets AuthFailure.SignatureFailure', async () => {
    const { sim } = await simulator();
    const client = hunyuanClient(sim.port, 'not-the-key');
    const err = await sdkFailure((cb) => client.SubmitHunyuanTo3DProJob({ Prompt: 'a teapot' }, cb));
    expect(err.code).toBe('AuthFailure.SignatureFailure');
    expect(err.requestId).toMatch(UUID);
    expect(sim.jobs.list()).toEqual([]);
  });

  it('an unknown JobId gets ResourceNotFound, and an STS token is accepted', async () => {
    const { sim } = await simulator();
    const client = hunyuanClient(sim.port, DEV_SECRET_KEY, 'sts-session-token');
    const err = await sdkFailure((cb) => client.QueryHunyuanTo3DProJob({ JobId: '1000000000000000000' }, cb));
    expect(err.code).toBe('ResourceNotFound');
  });
});

describe('what the SDK puts on the wire', () => {
  it('signs the host without the port while sending Host with the port', async () => {
    const upstream = await startRawUpstream(
      answer(200, { Response: { JobId: '1357237233311637504', RequestId: 'r-1' } }),
    );
    const client = hunyuanClient(upstream.port);
    await sdkCall<SubmitResponse>((cb) => client.SubmitHunyuanTo3DProJob({ Prompt: 'cat' }, cb));
    const [sent] = upstream.requests;
    const headers = sent?.headers ?? {};
    expect(headers.host).toBe(`${HUNYUAN_HOST}:${upstream.port}`);
    expect(headers['content-type']).toBe('application/json');
    expect(headers['x-tc-action']).toBe('SubmitHunyuanTo3DProJob');
    const signedWith = (host: string) =>
      sign3({
        secretId: DEV_SECRET_ID,
        secretKey: DEV_SECRET_KEY,
        service: 'hunyuan',
        host,
        method: 'POST',
        contentType: 'application/json',
        payload: sent?.body ?? '',
        timestamp: Number(headers['x-tc-timestamp']),
      }).authorization;
    expect(headers.authorization).toBe(signedWith(HUNYUAN_HOST));
    expect(headers.authorization).not.toBe(signedWith(`${HUNYUAN_HOST}:${upstream.port}`));
  });
});
