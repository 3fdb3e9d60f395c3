import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

/**
 * The demo page at `/` (src/web/page/): its HTML and stylesheet as written, its script as bundled
 * by `npm run build:web` into src/web/dist/ (committed, so `npm run build` only copies it). Read
 * once, on first request. The Content-Security-Policy allows nothing but this origin: the page works
 * with no network, and a CDN slipping into the bundle would show up at once.
 */

interface Asset {
  file: URL;
  contentType: string;
}

/**
 * src/web/ when this runs from the sources (this module is src/http/demo-page.ts); dist/web/ when it
 * runs from the bundle, where every module's URL is dist/main.js and `npm run build` copies the files
 * to the same paths under dist/ (scripts/build.mjs, ASSETS).
 */
const WEB_DIR = new URL(import.meta.url.endsWith('.ts') ? '../web/' : './web/', import.meta.url);

const ASSETS: Readonly<Record<string, Asset>> = {
  '/': { file: new URL('page/index.html', WEB_DIR), contentType: 'text/html; charset=utf-8' },
  '/demo/demo.js': {
    file: new URL('dist/demo.js', WEB_DIR),
    contentType: 'text/javascript; charset=utf-8',
  },
  '/demo/demo.css': {
    file: new URL('page/styles.css', WEB_DIR),
    contentType: 'text/css; charset=utf-8',
  },
};

export const DEMO_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // GLTFLoader decodes embedded textures through blob: URLs; the upload thumbnail is one too.
  "img-src 'self' data: blob:",
  "connect-src 'self' blob: data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface Loaded {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

export function useDemoPage(): Plugin {
  const loaded = new Map<string, Loaded>();

  function load(path: string, asset: Asset): Loaded {
    let entry = loaded.get(path);
    if (!entry) {
      const body = new Uint8Array(readFileSync(fileURLToPath(asset.file)));
      entry = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
      loaded.set(path, entry);
    }
    return entry;
  }

  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      const asset = ASSETS[url.pathname];
      if (!asset || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const { body, etag } = load(url.pathname, asset);
      const headers = {
        'content-type': asset.contentType,
        // Revalidate every time (cheap with the ETag), so a new gateway version is picked up at once.
        'cache-control': 'no-cache',
        etag,
        'x-content-type-options': 'nosniff',
        'content-security-policy': DEMO_PAGE_CSP,
        'referrer-policy': 'no-referrer',
      };
      if (request.headers.get('if-none-match') === etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          status: 200,
          headers: { ...headers, 'content-length': String(body.byteLength) },
        }),
      );
    },
  };
}
