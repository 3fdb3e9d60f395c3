import dns from 'node:dns';
import http, { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo, LookupFunction } from 'node:net';
import { DEV_SECRET_ID, DEV_SECRET_KEY } from '../../src/simulator/options.ts';
import { handle, onStop, ready } from '../lib/child.ts';

/**
 * What users write instead of the gateway: a thin REST proxy over Tencent's official Node SDK
 * (`tencentcloud-sdk-nodejs-intl-en`) that asks Tencent on every client request. `POST /jobs`
 * submits, `GET /jobs/<JobId>` queries. It is given every advantage: plain node:http, one SDK
 * client, keep-alive connections to "Tencent".
 *
 * The SDK is aimed at the simulator the way test/integration/official-sdk.test.ts does it: the
 * Tencent host name is kept (it is signed), with the simulator's port, and resolved to 127.0.0.1
 * by http.globalAgent's lookup (the SDK passes no agent to node-fetch).
 */
const HOST = 'hunyuan.intl.tencentcloudapi.com';
const simPort = Number(new URL(process.argv[2] ?? 'http://127.0.0.1:4010').port);

type Callback<T> = (err: { code?: string; message?: string } | null, res: T) => void;
interface QueryResponse {
  Status: string;
  ErrorCode?: string;
  ErrorMessage?: string;
  ResultFile3Ds?: Array<{ Type?: string; Url?: string; PreviewImageUrl?: string }>;
}
interface HunyuanClient {
  SubmitHunyuanTo3DProJob(req: object, cb: Callback<{ JobId: string }>): void;
  QueryHunyuanTo3DProJob(req: { JobId: string }, cb: Callback<QueryResponse>): void;
}
interface Common {
  Credential: new (secretId: string, secretKey: string) => object;
  ClientProfile: new (signMethod: string, httpProfile: object) => object;
  HttpProfile: new (protocol: string, endpoint: string, method: string, timeoutS: number) => object;
}

const require = createRequire(import.meta.url);
const common = require('tencentcloud-sdk-nodejs-intl-en/tencentcloud/common') as Common;
const hunyuan = require('tencentcloud-sdk-nodejs-intl-en/tencentcloud/hunyuan') as {
  v20230901: { Client: new (c: object, region: string, p: object) => HunyuanClient };
};

const toLoopback: LookupFunction = (hostname, options, callback) => {
  if (hostname !== HOST) {
    dns.lookup(hostname, options, (err, address, family) => callback(err, address, family));
    return;
  }
  if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
};
http.globalAgent = new http.Agent({ lookup: toLoopback, keepAlive: true });

const client = new hunyuan.v20230901.Client(
  new common.Credential(DEV_SECRET_ID, DEV_SECRET_KEY),
  'ap-singapore',
  new common.ClientProfile(
    'TC3-HMAC-SHA256',
    new common.HttpProfile('http://', `${HOST}:${simPort}`, 'POST', 30),
  ),
);

const counts = { queries: 0, upstreamErrors: {} as Record<string, number> };

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function upstreamFailed(res: http.ServerResponse, err: { code?: string; message?: string }): void {
  const code = err.code ?? 'UnknownError';
  counts.upstreamErrors[code] = (counts.upstreamErrors[code] ?? 0) + 1;
  send(res, code.startsWith('RequestLimitExceeded') ? 429 : 502, { error: { code, message: err.message } });
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const m = /^\/jobs\/(\d{19})$/.exec(req.url ?? '');
    if (req.method === 'GET' && m?.[1]) {
      counts.queries += 1;
      client.QueryHunyuanTo3DProJob({ JobId: m[1] }, (err, out) => {
        if (err) return upstreamFailed(res, err);
        send(res, 200, {
          id: m[1],
          status: out.Status,
          resultFiles: (out.ResultFile3Ds ?? []).map((f) => ({
            type: f.Type,
            url: f.Url,
            previewImageUrl: f.PreviewImageUrl ?? null,
          })),
        });
      });
      return;
    }
    if (req.method === 'POST' && req.url === '/jobs') {
      const { prompt } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { prompt?: string };
      client.SubmitHunyuanTo3DProJob({ Prompt: prompt }, (err, out) => {
        if (err) return upstreamFailed(res, err);
        send(res, 200, { id: out.JobId });
      });
      return;
    }
    send(res, 404, { error: { code: 'NotFound' } });
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
handle('stats', () => counts);
onStop(() => new Promise<void>((resolve) => server.close(() => resolve())));
ready({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
