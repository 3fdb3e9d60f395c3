import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

function issuesOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  return [];
}

describe('loadConfig', () => {
  it('gives the embedded defaults with an empty environment', () => {
    const c = loadConfig({});
    expect(c.http).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(c.upstream.endpoint).toBe('https://hunyuan.intl.tencentcloudapi.com');
    expect(c.upstream.region).toBe('ap-singapore');
    expect(c.upstream.version).toBe('2023-09-01');
    expect(c.upstream.product).toBe('intl-hunyuan');
    expect(c.upstream.credentials).toBeUndefined();
    expect(c.upstream.qps).toBe(20);
    // Every row of the job-kind table: Pro 3, the rest 1 (Tencent states no number for most).
    expect(c.upstream.slots).toEqual({
      PRO: 3,
      RAPID: 1,
      PART: 1,
      SMART_TOPOLOGY: 1,
      UV: 1,
      TEXTURE_EDIT: 1,
      CONVERT: 1,
      AUTO_RIGGING: 1,
      REDUCE_FACE: 1,
      TEXTURE_TO_3D: 1,
      PROFILE: 1,
      MOTION: 1,
    });
    expect(c.store.path).toBe('./data/gateway.db');
    expect(c.redis.url).toBeUndefined();
    expect(c.auth.keys).toEqual([]);
  });

  it('picks the product from endpoint and version: China ai3d, with its own default region', () => {
    const china = loadConfig({ HUNYUAN_ENDPOINT: 'https://ai3d.tencentcloudapi.com' });
    expect(china.upstream).toMatchObject({
      product: 'china-ai3d',
      version: '2025-05-13',
      region: 'ap-guangzhou',
    });
    // The embedded simulator as the China product.
    expect(loadConfig({ HUNYUAN_API_VERSION: '2025-05-13' }).upstream.product).toBe('china-ai3d');
    expect(
      loadConfig({ HUNYUAN_API_VERSION: '2025-05-13', TENCENTCLOUD_REGION: 'ap-shanghai' }).upstream.region,
    ).toBe('ap-shanghai');
    expect(() => loadConfig({ HUNYUAN_ENDPOINT: 'https://hunyuan.tencentcloudapi.com' })).toThrow(
      /HUNYUAN_ENDPOINT=.*China hunyuan product has no 3D actions/,
    );
  });

  it('reads credentials, endpoint, keys and picks the ai3d version for ai3d hosts', () => {
    const c = loadConfig({
      TENCENTCLOUD_SECRET_ID: 'AKIDxxxx',
      TENCENTCLOUD_SECRET_KEY: 'secret',
      HUNYUAN_ENDPOINT: 'https://ai3d.intl.tencentcloudapi.com/',
      PORT: '8080',
      GATEWAY_API_KEYS: 'alice:alice-key-1, bob:bob-key-22',
      GATEWAY_ADMIN_KEYS: 'ops:ops-key-333',
    });
    expect(c.upstream.credentials).toEqual({ secretId: 'AKIDxxxx', secretKey: 'secret', token: undefined });
    expect(c.upstream.endpoint).toBe('https://ai3d.intl.tencentcloudapi.com');
    expect(c.upstream.version).toBe('2025-05-13');
    expect(c.upstream.product).toBe('intl-ai3d');
    expect(c.upstream.region).toBe('ap-singapore');
    expect(c.http.port).toBe(8080);
    expect(c.auth.keys).toEqual([
      { name: 'alice', key: 'alice-key-1', admin: false },
      { name: 'bob', key: 'bob-key-22', admin: false },
      { name: 'ops', key: 'ops-key-333', admin: true },
    ]);
  });

  it('takes UPSTREAM_<KIND>_SLOTS for every kind and checks each', () => {
    const c = loadConfig({
      UPSTREAM_UV_SLOTS: '2',
      UPSTREAM_SMART_TOPOLOGY_SLOTS: '4',
      UPSTREAM_PRO_SLOTS: '5',
    });
    expect(c.upstream.slots).toMatchObject({ PRO: 5, RAPID: 1, UV: 2, SMART_TOPOLOGY: 4, AUTO_RIGGING: 1 });
    const issues = issuesOf({ UPSTREAM_AUTO_RIGGING_SLOTS: '0', UPSTREAM_CONVERT_SLOTS: 'many' });
    expect(issues).toEqual([
      'UPSTREAM_CONVERT_SLOTS="many": expected an integer between 1 and 100',
      'UPSTREAM_AUTO_RIGGING_SLOTS="0": expected an integer between 1 and 100',
    ]);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', TENCENTCLOUD_SECRET_ID: '', TENCENTCLOUD_SECRET_KEY: '' }).http.port).toBe(
      4000,
    );
  });

  it('reports every problem at once, naming the variable and the accepted values', () => {
    const issues = issuesOf({
      PORT: 'eighty',
      UPSTREAM_QPS: '0',
      LOG_LEVEL: 'loud',
      HUNYUAN_ENDPOINT: 'ftp://x',
      TENCENTCLOUD_SECRET_ID: 'only-id',
      GATEWAY_API_KEYS: 'nocolon',
    });
    expect(issues).toHaveLength(6);
    expect(issues.find((i) => i.startsWith('PORT='))).toContain('an integer between 0 and 65535');
    expect(issues.find((i) => i.startsWith('UPSTREAM_QPS='))).toContain('between 1 and 1000');
    expect(issues.find((i) => i.startsWith('LOG_LEVEL='))).toContain('fatal, error, warn, info');
    expect(issues.find((i) => i.startsWith('HUNYUAN_ENDPOINT='))).toContain('http(s) origin');
    expect(issues.find((i) => i.startsWith('GATEWAY_API_KEYS='))).toContain('name:key');
    expect(issues.some((i) => i.includes('set both'))).toBe(true);
  });

  it('rejects the same key given twice', () => {
    expect(issuesOf({ GATEWAY_API_KEYS: 'a:samekey123', GATEWAY_ADMIN_KEYS: 'b:samekey123' })[0]).toContain(
      'used twice',
    );
  });

  it('has development security defaults: introspection, GraphiQL, CORS for loopback origins only', () => {
    expect(loadConfig({}).security).toEqual({
      production: false,
      introspection: true,
      graphiql: true,
      corsOrigins: ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'],
    });
  });

  it('turns introspection and GraphiQL off with NODE_ENV=production; CORS stays loopback-only', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).security).toEqual({
      production: true,
      introspection: false,
      graphiql: false,
      corsOrigins: ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'],
    });
  });

  it('reads the result file hosts and the file cache size, with their defaults', () => {
    expect(loadConfig({}).files).toEqual({
      resultHosts: ['.myqcloud.com', '.tencentcos.cn', '.tencentcos.com'],
      cacheMaxBytes: 2 * 1024 ** 3,
    });
    expect(
      loadConfig({
        RESULT_FILE_HOSTS: 'Storage.Example.com, 127.0.0.1:9000,.cdn.example.net',
        FILE_CACHE_MAX_BYTES: '1048576',
      }).files,
    ).toEqual({
      resultHosts: ['storage.example.com', '127.0.0.1:9000', '.cdn.example.net'],
      cacheMaxBytes: 1048576,
    });
    const issues = issuesOf({ RESULT_FILE_HOSTS: 'https://x.example.com', FILE_CACHE_MAX_BYTES: '1000' });
    expect(issues.find((i) => i.startsWith('RESULT_FILE_HOSTS='))).toContain('comma-separated hosts');
    expect(issues.find((i) => i.startsWith('FILE_CACHE_MAX_BYTES='))).toContain('an integer between 1048576');
  });

  it('lets each production default be overridden', () => {
    const c = loadConfig({
      NODE_ENV: 'production',
      GRAPHQL_INTROSPECTION: 'true',
      GRAPHIQL: '1',
      CORS_ORIGINS: 'https://app.example.com, http://localhost:5173',
    });
    expect(c.security).toEqual({
      production: true,
      introspection: true,
      graphiql: true,
      corsOrigins: ['https://app.example.com', 'http://localhost:5173'],
    });
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'false', GRAPHIQL: '0' }).security).toMatchObject({
      introspection: false,
      graphiql: false,
    });
    expect(loadConfig({ NODE_ENV: 'production', CORS_ORIGINS: '*' }).security.corsOrigins).toBe('*');
  });

  it('rejects bad switches and origins with what they accept', () => {
    const issues = issuesOf({
      GRAPHQL_INTROSPECTION: 'yes',
      GRAPHIQL: 'on',
      CORS_ORIGINS: 'https://app.example.com/path',
    });
    expect(issues).toHaveLength(3);
    expect(issues.find((i) => i.startsWith('GRAPHQL_INTROSPECTION='))).toContain('true or false');
    expect(issues.find((i) => i.startsWith('GRAPHIQL='))).toContain('true or false');
    expect(issues.find((i) => i.startsWith('CORS_ORIGINS='))).toContain('comma-separated origins');
    expect(issuesOf({ CORS_ORIGINS: 'app.example.com' })).toHaveLength(1);
    expect(issuesOf({ CORS_ORIGINS: 'ftp://app.example.com' })).toHaveLength(1);
    expect(issuesOf({ CORS_ORIGINS: 'http://localhost:5173:*' })).toHaveLength(1);
    expect(issuesOf({ CORS_ORIGINS: 'https://*.example.com' })).toHaveLength(1);
    expect(
      loadConfig({ CORS_ORIGINS: 'http://localhost:*,https://app.example.com' }).security.corsOrigins,
    ).toEqual(['http://localhost:*', 'https://app.example.com']);
  });

  it('reads API keys from a keys file and names the bad line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    const file = join(dir, 'keys');
    writeFileSync(file, '# tenants\nalice:alice-key-123\n\nops:ops-key-4567:admin\n');
    expect(loadConfig({ GATEWAY_KEYS_FILE: file }).auth.keys).toEqual([
      { name: 'alice', key: 'alice-key-123', admin: false },
      { name: 'ops', key: 'ops-key-4567', admin: true },
    ]);
    writeFileSync(file, 'alice:alice-key-123\nbroken line\n');
    expect(issuesOf({ GATEWAY_KEYS_FILE: file })[0]).toContain('GATEWAY_KEYS_FILE line 2');
    expect(issuesOf({ GATEWAY_KEYS_FILE: join(dir, 'missing') })[0]).toContain('cannot read it');
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps finished jobs 30 days unless JOB_RETENTION_DAYS says otherwise, in whole days from 1', () => {
    expect(loadConfig({}).jobs.retentionDays).toBe(30);
    expect(loadConfig({ JOB_RETENTION_DAYS: '7' }).jobs.retentionDays).toBe(7);
    for (const bad of ['0', '1.5', '-3', 'forever', '36501']) {
      expect(issuesOf({ JOB_RETENTION_DAYS: bad })).toEqual([
        `JOB_RETENTION_DAYS=${JSON.stringify(bad)}: expected a whole number of days from 1 to 36500 (finished jobs older than that are deleted)`,
      ]);
    }
  });

  it('retries a transient upstream failure once, flags stalls at 3 × p90 and ends none, unless told otherwise', () => {
    const defaults = loadConfig({}).jobs;
    expect(defaults.failRetries).toBe(1);
    expect(defaults.stall).toEqual({ factor: 3, limitMs: undefined });
    const set = loadConfig({
      UPSTREAM_FAIL_RETRIES: '0',
      UPSTREAM_STALL_FACTOR: '2.5',
      UPSTREAM_STALL_LIMIT_MS: '600000',
    }).jobs;
    expect(set.failRetries).toBe(0);
    expect(set.stall).toEqual({ factor: 2.5, limitMs: 600_000 });
    expect(issuesOf({ UPSTREAM_FAIL_RETRIES: '11' })).toEqual([
      'UPSTREAM_FAIL_RETRIES="11": expected an integer between 0 and 10',
    ]);
    expect(issuesOf({ UPSTREAM_STALL_FACTOR: '0.5' })).toEqual([
      'UPSTREAM_STALL_FACTOR="0.5": expected a number from 1 to 1000',
    ]);
    expect(issuesOf({ UPSTREAM_STALL_LIMIT_MS: '10' })).toEqual([
      'UPSTREAM_STALL_LIMIT_MS="10": expected an integer between 1000 and 86400000',
    ]);
  });
});
