import { GatewayHttpError } from './errors.ts';
import { readBody, type Transport } from './transport.ts';
import type { DownloadResult, ResultFile } from './types.ts';

/** Extensions for the content types the gateway serves result files with (README "Result files"). */
const EXTENSIONS: Record<string, string> = {
  'model/gltf-binary': 'glb',
  'model/gltf+json': 'gltf',
  'model/obj': 'obj',
  'model/stl': 'stl',
  'model/vnd.usdz+zip': 'usdz',
  'application/zip': 'zip',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'video/mp4': 'mp4',
};

/** The URL's last path segment when it looks like a file name, else `<type>.<ext>`. */
function fileNameOf(url: URL, type: string | undefined, contentType: string): string {
  const last = url.pathname.split('/').pop() ?? '';
  let name = '';
  try {
    name = decodeURIComponent(last);
  } catch {
    // A malformed escape is not a name worth keeping.
  }
  // No directory parts and no hidden or empty names: the caller may write it to disk as it is.
  if (name && !/[/\\]/.test(name) && !name.startsWith('.')) return name;
  const mime = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const ext = EXTENSIONS[mime] ?? mime.split('/')[1]?.replace(/[^a-z0-9]+/g, '') ?? 'bin';
  return `${(type ?? 'download').toLowerCase()}.${ext || 'bin'}`;
}

export async function download(
  transport: Transport,
  file: ResultFile | string,
  signal: AbortSignal | undefined,
): Promise<DownloadResult> {
  const url = new URL(typeof file === 'string' ? file : file.url, transport.graphqlUrl);
  const res = await transport.fetch(url.href, { headers: transport.headers(url.href), signal });
  if (!res.ok) throw new GatewayHttpError(res.status, await res.text().catch(() => ''));
  const bytes = new Uint8Array(await readBody(() => res.arrayBuffer(), url.href, signal));
  const contentType = res.headers.get('content-type') ?? 'application/octet-stream';
  return {
    bytes,
    contentType,
    fileName: fileNameOf(url, typeof file === 'string' ? undefined : file.type, contentType),
  };
}
