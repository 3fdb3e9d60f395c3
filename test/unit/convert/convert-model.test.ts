import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ConversionResultError, createConvertService } from '../../../src/convert/convert-model.ts';
import { createMemoryConversions, withConversionErrors } from '../../../src/files/conversions.ts';
import { resultUrlCheck } from '../../../src/files/result-hosts.ts';
import { StoreUnavailableError } from '../../../src/jobs/store/store-errors.ts';
import type { TencentClient } from '../../../src/tencent/client.ts';
import { TencentApiError } from '../../../src/tencent/errors.ts';
import { CONVERT_SYNC_ACTION, PRODUCT_SPECS, type ProductSpec } from '../../../src/tencent/job-kinds.ts';

const INTL = PRODUCT_SPECS['intl-hunyuan'];

import type { RateLimiter } from '../../../src/upstream/rate-limiter.ts';

/** The service against a fake client: what it sends, in which order, and which answers it accepts. */
function setup(answer: () => Promise<object>, product: ProductSpec = INTL) {
  const events: string[] = [];
  const bodies: object[] = [];
  const paused: Array<[string, number]> = [];
  const limiter: RateLimiter = {
    acquire: async (action) => {
      events.push(`acquire ${action}`);
    },
    pause: (action, ms) => paused.push([action, ms]),
    stats: () => ({}),
    close: () => {},
  };
  const client = {
    call: async (action: string, body: object) => {
      events.push(`call ${action}`);
      bodies.push(body);
      return { ...(await answer()), RequestId: 'req-1' };
    },
  } as unknown as TencentClient;
  const calls: Array<[string, string]> = [];
  const conversions = createMemoryConversions();
  const service = createConvertService({
    client,
    limiter,
    repo: { get: async () => undefined, getByUpstreamId: async () => undefined },
    product,
    conversions,
    checkUrl: resultUrlCheck(['.tencentcos.cn']),
    now: () => 1000,
    onUpstreamCall: (action, outcome) => calls.push([action, outcome]),
  });
  const caller = { owner: 'alice', admin: false };
  return { service, events, bodies, paused, calls, conversions, caller };
}

const FILE = { url: 'https://example.com/chair.glb', type: 'GLB' };

describe('convert service', () => {
  it('refuses on a product without Convert3DFormat (intl ai3d), naming where it is, sending nothing', async () => {
    const s = setup(
      async () => ({ ResultFile3D: 'https://x.tencentcos.cn/out.stl' }),
      PRODUCT_SPECS['intl-ai3d'],
    );
    const err = await s.service.convert({ file: FILE, format: 'STL' }, s.caller).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'KIND_NOT_AVAILABLE',
      field: 'convertModel',
      offeredBy: ['hunyuan.intl.tencentcloudapi.com 2023-09-01', 'ai3d.tencentcloudapi.com 2025-05-13'],
    });
    expect((err as Error).message).toContain('ai3d.intl.tencentcloudapi.com 2025-05-13');
    expect(s.events).toEqual([]);
  });

  it('takes a rate grant, then sends File3D and Format once, and keeps the answer as a conversion', async () => {
    const s = setup(async () => ({
      ResultFile3D: 'https://x.cos.ap-guangzhou.tencentcos.cn/out.stl?sign=1',
    }));
    const conversion = await s.service.convert({ file: FILE, format: 'STL' }, s.caller);
    expect(s.events).toEqual([`acquire ${CONVERT_SYNC_ACTION}`, `call ${CONVERT_SYNC_ACTION}`]);
    expect(s.bodies).toEqual([{ File3D: FILE.url, Format: 'STL' }]);
    expect(s.calls).toEqual([[CONVERT_SYNC_ACTION, 'ok']]);
    expect(conversion.file).toEqual({
      type: 'STL',
      url: 'https://x.cos.ap-guangzhou.tencentcos.cn/out.stl?sign=1',
      previewImageUrl: undefined,
    });
    expect(await s.conversions.get(conversion.id, 1001)).toEqual(conversion);
    expect(conversion.expiresAt).toBe(1000 + 24 * 60 * 60 * 1000);
  });

  it('reports a store that cannot record the result as STORE_UNAVAILABLE, after the one call', async () => {
    const busy = new Database.SqliteError('database is locked', 'SQLITE_BUSY');
    const service = createConvertService({
      client: {
        call: async () => ({ ResultFile3D: 'https://x.tencentcos.cn/out.stl', RequestId: 'r' }),
      } as never,
      limiter: { acquire: async () => {}, pause: () => {}, stats: () => ({}), close: () => {} },
      repo: { get: async () => undefined, getByUpstreamId: async () => undefined },
      product: INTL,
      conversions: withConversionErrors({
        add: async () => {
          throw busy;
        },
        get: async () => undefined,
        close: async () => {},
      }),
      checkUrl: resultUrlCheck(['.tencentcos.cn']),
    });
    const caller = { owner: 'alice', admin: false };
    const err = await service.convert({ file: FILE, format: 'STL' }, caller).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect(err).toMatchObject({ code: 'STORE_UNAVAILABLE', cause: busy });
  });

  it('reports a shared rate window that does not answer as STORE_UNAVAILABLE, sending nothing', async () => {
    let sent = 0;
    const service = createConvertService({
      client: {
        call: async () => {
          sent += 1;
          return { ResultFile3D: 'https://x.tencentcos.cn/out.stl', RequestId: 'r' };
        },
      } as never,
      limiter: {
        acquire: async () => {
          throw new Error('rate limiter: Redis did not answer', { cause: new Error('Command timed out') });
        },
        pause: () => {},
        stats: () => ({}),
        close: () => {},
      },
      repo: { get: async () => undefined, getByUpstreamId: async () => undefined },
      product: INTL,
      conversions: createMemoryConversions(),
      checkUrl: resultUrlCheck(['.tencentcos.cn']),
    });
    const caller = { owner: 'alice', admin: false };
    await expect(service.convert({ file: FILE, format: 'STL' }, caller)).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    expect(sent).toBe(0);
  });

  it('refuses answers without a URL, on a host not allowed, or of a type the gateway does not serve', async () => {
    for (const ResultFile3D of [
      undefined,
      '',
      'https://evil.example/out.stl',
      'http://127.0.0.1:4000/metrics',
      'https://x.tencentcos.cn/out.html',
    ]) {
      const s = setup(async () => ({ ResultFile3D }));
      const err = await s.service.convert({ file: FILE, format: 'STL' }, s.caller).catch((e: unknown) => e);
      expect(err, String(ResultFile3D)).toBeInstanceOf(ConversionResultError);
      expect((err as ConversionResultError).requestId).toBe('req-1');
      expect(s.conversions.size()).toBe(0);
    }
  });

  it("maps Tencent's input errors to the client's arguments and pauses the action when rate limited", async () => {
    const refusal = (code: string, message: string) => async () => {
      throw new TencentApiError({ action: CONVERT_SYNC_ACTION, tencentCode: code, message, requestId: 'r' });
    };
    const s = setup(refusal('InvalidParameterValue', 'The parameter `Format` is invalid.'));
    await expect(s.service.convert({ file: FILE, format: 'STL' }, s.caller)).rejects.toMatchObject({
      name: 'InvalidJobInputError',
      field: 'format',
      tencentCode: 'InvalidParameterValue',
    });
    expect(s.calls).toEqual([[CONVERT_SYNC_ACTION, 'InvalidParameterValue']]);

    const limited = setup(refusal('RequestLimitExceeded', 'too many'));
    await expect(
      limited.service.convert({ file: FILE, format: 'STL' }, limited.caller),
    ).rejects.toBeInstanceOf(TencentApiError);
    expect(limited.paused).toEqual([[CONVERT_SYNC_ACTION, 1000]]);

    const download = setup(refusal('FailedOperation.DownloadError', 'cannot download'));
    await expect(
      download.service.convert({ file: FILE, format: 'STL' }, download.caller),
    ).rejects.toMatchObject({
      tencentCode: 'FailedOperation.DownloadError',
    });
  });

  it('sends nothing for input it can tell is wrong', async () => {
    const s = setup(async () => ({ ResultFile3D: 'https://x.tencentcos.cn/out.stl' }));
    for (const [file, format, field] of [
      [FILE, 'OBJ', 'format'],
      [FILE, 'stl', 'format'],
      [{ fromStep: 1 }, 'STL', 'file.fromStep'],
      [{ url: 'file:///etc/passwd' }, 'STL', 'file.url'],
      [{ fromJob: 'job_AAAAAAAAAAAAAAAA' }, 'STL', 'file.fromJob'],
    ] as const) {
      await expect(s.service.convert({ file, format }, s.caller), field).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    expect(s.events).toEqual([]);
  });
});
