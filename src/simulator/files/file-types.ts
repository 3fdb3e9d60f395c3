import { RESULT_TYPE_EXTENSIONS } from '../../tencent/result-types.ts';
/**
 * Every kind of result file the simulator serves: extension, content type, and how Tencent's
 * `File3D.Type` maps onto them. Shared by the simulator's files route and (later) the gateway's
 * files proxy, so both name and label a file the same way. `sniffFileType` tells what bytes really
 * are, for tests and for checking a file against its declared type.
 */
export interface FileType {
  /** Extension without the dot, lower case. */
  ext: string;
  contentType: string;
  /** What the file holds. */
  description: string;
}

export const FILE_TYPES = {
  glb: { ext: 'glb', contentType: 'model/gltf-binary', description: 'binary glTF 2.0 scene' },
  obj: { ext: 'obj', contentType: 'model/obj', description: 'Wavefront OBJ text' },
  zip: { ext: 'zip', contentType: 'application/zip', description: 'OBJ + MTL + PNG textures, zipped' },
  mtl: { ext: 'mtl', contentType: 'model/mtl', description: 'Wavefront material library' },
  fbx: { ext: 'fbx', contentType: 'application/octet-stream', description: 'binary FBX 7.4 scene' },
  stl: { ext: 'stl', contentType: 'model/stl', description: 'binary STL triangles' },
  usdz: { ext: 'usdz', contentType: 'model/vnd.usdz+zip', description: 'USDZ package (USDA layer)' },
  gif: { ext: 'gif', contentType: 'image/gif', description: 'animated GIF89a turntable' },
  mp4: { ext: 'mp4', contentType: 'video/mp4', description: 'H.264 MP4 turntable' },
  png: { ext: 'png', contentType: 'image/png', description: 'PNG image (preview or texture)' },
  jpg: { ext: 'jpg', contentType: 'image/jpeg', description: 'JPEG image' },
} as const satisfies Record<string, FileType>;

export type FileExtension = keyof typeof FILE_TYPES;

/**
 * Extension of the file behind each `File3D.Type` Tencent returns (src/tencent/result-types.ts).
 * `OBJ` is a zip on Pro/Rapid results and a bare `.obj` on UV/Part/Topology/TextureEdit results; use
 * `extensionForType(type, { objZipped: false })` for the latter.
 */
export const TYPE_EXTENSIONS: Readonly<Record<string, FileExtension>> = RESULT_TYPE_EXTENSIONS;

export function extensionForType(
  type: string,
  opts: { objZipped?: boolean } = {},
): FileExtension | undefined {
  const upper = type.toUpperCase();
  if (upper === 'OBJ' && opts.objZipped === false) return 'obj';
  return Object.hasOwn(TYPE_EXTENSIONS, upper) ? TYPE_EXTENSIONS[upper] : undefined;
}

/** By the name's extension (case-insensitive); undefined for anything not in the table. */
export function fileTypeOf(name: string): FileType | undefined {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase();
  if (ext === 'jpeg') return FILE_TYPES.jpg;
  return ext !== undefined && Object.hasOwn(FILE_TYPES, ext) ? FILE_TYPES[ext as FileExtension] : undefined;
}

export function contentTypeForExtension(ext: string): string | undefined {
  return fileTypeOf(`x.${ext}`)?.contentType;
}

const startsWith = (b: Uint8Array, text: string, at = 0): boolean =>
  b.length >= at + text.length && Array.from(text).every((c, i) => b[at + i] === c.charCodeAt(0));

/** What the bytes are, by magic numbers and layout; undefined when unsure. */
export function sniffFileType(bytes: Uint8Array): FileExtension | undefined {
  if (startsWith(bytes, 'glTF')) return 'glb';
  if (startsWith(bytes, '\x89PNG\r\n\x1a\n')) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return 'gif';
  if (startsWith(bytes, 'Kaydara FBX Binary')) return 'fbx';
  if (startsWith(bytes, 'ftyp', 4)) return 'mp4';
  if (startsWith(bytes, 'PK\x03\x04')) {
    const nameLength = (bytes[26] ?? 0) | ((bytes[27] ?? 0) << 8);
    const first = new TextDecoder().decode(bytes.subarray(30, 30 + nameLength)).toLowerCase();
    return /\.usd[ac]?$/.test(first) ? 'usdz' : 'zip';
  }
  if (bytes.length >= 84) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (84 + view.getUint32(80, true) * 50 === bytes.length) return 'stl';
  }
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  if (/^\s*;\s*FBX/.test(head)) return 'fbx';
  if (/^(?:solid\s[^\n]*\n\s*facet|solid\s*\n\s*facet)/.test(head)) return 'stl';
  if (/^\s*newmtl\s/m.test(head) && !/^\s*v\s/m.test(head)) return 'mtl';
  if (/^\s*(?:v|f|vn|vt)\s/m.test(head)) return 'obj';
  return undefined;
}
