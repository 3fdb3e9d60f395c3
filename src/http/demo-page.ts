import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import { type StaticBody, staticBody, staticResponse } from './compressed-body.ts';

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

export function useDemoPage(): Plugin {
  const loaded = new Map<string, StaticBody>();

  function load(path: string, asset: Asset): StaticBody {
    let entry = loaded.get(path);
    if (!entry) {
      entry = staticBody(new Uint8Array(readFileSync(fileURLToPath(asset.file))));
      loaded.set(path, entry);
    }
    return entry;
  }

  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      const asset = ASSETS[url.pathname];
      if (!asset || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const headers = {
        'content-type': asset.contentType,
        // Revalidate every time (cheap with the ETag), so a new gateway version is picked up at once.
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'content-security-policy': DEMO_PAGE_CSP,
        'referrer-policy': 'no-referrer',
      };
      // Compressed when the browser takes it (the bundle is 736 KiB, about a fifth with brotli).
      endResponse(await staticResponse(request, load(url.pathname, asset), headers, fetchAPI.Response));
    },
  };
}
