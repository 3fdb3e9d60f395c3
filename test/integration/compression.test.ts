import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { startTestGateway } from '../helpers/gateway.ts';
import { startTestSimulator } from '../helpers/simulator.ts';

/**
 * GraphiQL's 9 MB page and the demo page's bundle are sent compressed when the browser takes it,
 * with an ETag that turns a reload into a 304 (issue 14). Sizes are printed, not asserted beyond
 * "smaller".
 */
describe('static pages', () => {
  it('are compressed (br, gzip) and revalidated with an ETag, and identical once decompressed', async () => {
    const sim = await startTestSimulator();
    const t = await startTestGateway(sim);
    const get = (path: string, headers: Record<string, string>) =>
      t.gateway.app.fetch(`http://gateway.test${path}`, { headers });
    for (const [path, accept] of [
      ['/graphql', 'text/html'],
      ['/demo/demo.js', '*/*'],
      ['/', 'text/html'],
    ] as const) {
      const plain = await get(path, { accept, 'accept-encoding': 'identity' });
      expect(plain.status, path).toBe(200);
      expect(plain.headers.get('content-encoding'), path).toBeNull();
      const identity = Buffer.from(await plain.arrayBuffer());

      const br = await get(path, { accept, 'accept-encoding': 'gzip, deflate, br' });
      expect(br.headers.get('content-encoding'), path).toBe('br');
      expect(br.headers.get('vary'), path).toMatch(/accept-encoding/i);
      const brBytes = Buffer.from(await br.arrayBuffer());
      expect(brotliDecompressSync(brBytes).equals(identity), path).toBe(true);
      expect(brBytes.length, path).toBeLessThan(identity.length);

      const gz = await get(path, { accept, 'accept-encoding': 'gzip' });
      expect(gz.headers.get('content-encoding'), path).toBe('gzip');
      expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).equals(identity), path).toBe(true);

      // A reload: the browser sends back the ETag of what it holds.
      const etag = br.headers.get('etag') ?? '';
      expect(etag, path).toMatch(/^"[\w-]+-br"$/);
      const again = await get(path, { accept, 'accept-encoding': 'br', 'if-none-match': etag });
      expect(again.status, path).toBe(304);
      expect(await again.text(), path).toBe('');
      // Another encoding's tag does not match.
      const other = await get(path, { accept, 'accept-encoding': 'identity', 'if-none-match': etag });
      expect(other.status, path).toBe(200);
      await other.arrayBuffer();
      console.info(`${path}: ${identity.length} bytes, ${brBytes.length} with brotli`);
    }
  });
});
