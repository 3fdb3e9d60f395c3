import { GATEWAY_ID_RE, type ResultFile } from '../jobs/domain/job.ts';
import { RESULT_TYPE_EXTENSIONS } from '../tencent/result-types.ts';
import { CONVERSION_ID_RE } from './conversions.ts';

/**
 * Gateway paths of result files: `/files/<jobId>/<index>/<name>`, where `name` is `model.<ext>` or
 * `preview.<ext>`. The path names a job and a slot in its `resultFiles`, never a URL, so the proxy
 * can only fetch URLs Tencent gave us for that job (no open proxy). A `convertModel` result is served
 * the same way under its conversion id (`cnv_…`, see conversions.ts), always at index 0.
 */

export const FILES_PREFIX = '/files/';

export type FileRole = 'model' | 'preview';

export interface ResultFileRef {
  jobId: string;
  index: number;
  name: string;
}

const PATH_RE = /^\/files\/((?:job|cnv)_[A-Za-z0-9_-]{16})\/(\d{1,3})\/((?:model|preview)\.[a-z0-9]{1,8})$/;
const EXT_RE = /\.([A-Za-z0-9]{1,8})$/;

/** Indexed by whatever type string upstream sends. */
const EXT_BY_TYPE: Readonly<Record<string, string>> = RESULT_TYPE_EXTENSIONS;

/**
 * The only types the proxy serves (audit F9): 3D models, their zips, videos and raster images. Never
 * HTML, SVG, XML or anything a browser would run on the gateway's origin; an upstream URL with
 * another extension is refused before anything is fetched.
 */
const MODEL_TYPES: Readonly<Record<string, string>> = {
  glb: 'model/gltf-binary',
  gltf: 'model/gltf+json',
  zip: 'application/zip',
  obj: 'model/obj',
  mtl: 'model/mtl',
  stl: 'model/stl',
  usdz: 'model/vnd.usdz+zip',
  fbx: 'application/octet-stream',
  mp4: 'video/mp4',
};
const IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
};

function extOfUrl(url: string): string | undefined {
  try {
    return EXT_RE.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  } catch {
    return undefined;
  }
}

/** The file name the gateway serves for one role of a result file; undefined when there is no such URL. */
export function resultFileName(file: ResultFile, role: FileRole): string | undefined {
  if (role === 'preview') {
    if (!file.previewImageUrl) return undefined;
    return `preview.${extOfUrl(file.previewImageUrl) ?? 'png'}`;
  }
  const type = file.type.toUpperCase();
  const ext =
    extOfUrl(file.url) ??
    (Object.hasOwn(EXT_BY_TYPE, type) ? EXT_BY_TYPE[type] : undefined) ??
    (file.type.toLowerCase() || 'bin');
  return `model.${/^[a-z0-9]{1,8}$/.test(ext) ? ext : 'bin'}`;
}

export function resultFilePath(jobId: string, index: number, file: ResultFile, role: FileRole) {
  const name = resultFileName(file, role);
  return name === undefined ? undefined : `${FILES_PREFIX}${jobId}/${index}/${name}`;
}

export function parseResultFilePath(pathname: string): ResultFileRef | undefined {
  const m = PATH_RE.exec(pathname);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  if (!GATEWAY_ID_RE.test(m[1]) && !CONVERSION_ID_RE.test(m[1])) return undefined;
  return { jobId: m[1], index: Number(m[2]), name: m[3] };
}

/** The upstream URL behind `ref` in this job's result files, or undefined when the job has no such file. */
export function upstreamUrlOf(resultFiles: readonly ResultFile[], ref: ResultFileRef): string | undefined {
  const file = resultFiles[ref.index];
  if (!file) return undefined;
  if (ref.name === resultFileName(file, 'model')) return file.url;
  if (ref.name === resultFileName(file, 'preview')) return file.previewImageUrl;
  return undefined;
}

/**
 * The content type the proxy serves `name` with, from its extension alone (never what upstream
 * storage said), or undefined when the gateway does not serve that kind of file: a model may be any
 * model, video or image type, a preview only an image.
 */
export function contentTypeOf(name: string): string | undefined {
  const m = /^(model|preview)\.([a-z0-9]{1,8})$/.exec(name);
  if (!m?.[2]) return undefined;
  const ext = m[2];
  if (Object.hasOwn(IMAGE_TYPES, ext)) return IMAGE_TYPES[ext];
  return m[1] === 'model' && Object.hasOwn(MODEL_TYPES, ext) ? MODEL_TYPES[ext] : undefined;
}
