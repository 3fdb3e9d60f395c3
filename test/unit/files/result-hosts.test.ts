import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RESULT_FILE_HOSTS,
  hostEntryOf,
  isLoopbackHost,
  isResultHostEntry,
  resultUrlCheck,
} from '../../../src/files/result-hosts.ts';

describe('RESULT_FILE_HOSTS', () => {
  it("allows Tencent's COS URLs by default, and nothing else", () => {
    const check = resultUrlCheck(DEFAULT_RESULT_FILE_HOSTS);
    for (const url of [
      'https://cos.ap-guangzhou.tencentcos.cn/xxx.glb',
      'https://hunyuan-prod-1258344703.cos.ap-guangzhou.tencentcos.cn/3d/output/a.zip?q-sign-algorithm=sha1',
      'https://bucket-125.cos.ap-singapore.myqcloud.com/a.png',
      'https://x.tencentcos.com/a.glb',
    ]) {
      expect(check(url), url).toBeUndefined();
    }
    for (const url of [
      'http://127.0.0.1:4000/metrics',
      'http://localhost/x.glb',
      'https://myqcloud.com/x.glb',
      'https://evilmyqcloud.com/x.glb',
      'https://myqcloud.com.evil.example/x.glb',
      'https://evil.example/x.myqcloud.com/a.glb',
      'https://user:pw@b.cos.ap-singapore.myqcloud.com/a.glb',
      'file:///etc/passwd',
      'ftp://b.cos.ap-singapore.myqcloud.com/a.glb',
      'not a url',
    ]) {
      expect(check(url), url).toBeDefined();
    }
  });

  it('matches exact hosts on any port, host:port exactly, and suffixes', () => {
    const check = resultUrlCheck(['storage.example.com', '127.0.0.1:4010', '[::1]:4011', '.cdn.example.net']);
    expect(check('https://storage.example.com/a.glb')).toBeUndefined();
    expect(check('http://storage.example.com:8080/a.glb')).toBeUndefined();
    expect(check('https://sub.storage.example.com/a.glb')).toMatch(/not in RESULT_FILE_HOSTS/);
    expect(check('http://127.0.0.1:4010/files/a.glb')).toBeUndefined();
    expect(check('http://127.0.0.1:4000/metrics')).toBe('host 127.0.0.1:4000 is not in RESULT_FILE_HOSTS');
    expect(check('http://127.0.0.1/metrics')).toBeDefined();
    expect(check('http://[::1]:4011/a.glb')).toBeUndefined();
    expect(check('http://[::1]:4012/a.glb')).toBeDefined();
    expect(check('https://a.b.cdn.example.net/a.glb')).toBeUndefined();
    expect(check('https://cdn.example.net/a.glb')).toBeDefined();
    expect(resultUrlCheck(['example.com:443'])('https://example.com/a.glb')).toBeUndefined();
  });

  it('validates entries and names the simulator origin', () => {
    for (const ok of [
      '.myqcloud.com',
      'storage.example.com',
      '127.0.0.1:4010',
      '[::1]:4010',
      'LOCALHOST:1',
    ]) {
      expect(isResultHostEntry(ok), ok).toBe(true);
    }
    for (const bad of [
      '',
      '.com',
      'https://x.example.com',
      'x.example.com/path',
      'a b',
      '*',
      'x:99999',
      '*.x.com',
    ]) {
      expect(isResultHostEntry(bad), bad).toBe(false);
    }
    expect(hostEntryOf('http://127.0.0.1:4010')).toBe('127.0.0.1:4010');
    expect(hostEntryOf('http://[::1]:4010')).toBe('[::1]:4010');
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('hunyuan.intl.tencentcloudapi.com')).toBe(false);
  });
});
