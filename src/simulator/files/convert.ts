import { Buffer } from 'node:buffer';
import { encodeFbx } from './fbx.ts';
import { readFbx } from './fbx-read.ts';
import { FILE_TYPES, type FileExtension, sniffFileType } from './file-types.ts';
import { turntableGif } from './gif.ts';
import { readGlb } from './glb-read.ts';
import { encodeSceneGlb } from './glb-scene.ts';
import type { MeshData } from './model.ts';
import { turntableMp4 } from './mp4.ts';
import { encodeObj, encodeObjZip, readObj, readObjZip } from './obj.ts';
import { encodePng } from './png.ts';
import { renderRgba } from './raster.ts';
import { encodeStl, readStl } from './stl.ts';
import { encodeUsdz } from './usdz.ts';

/**
 * The two ends every action shares: `readModel` turns an input file (GLB, OBJ or its zip, binary
 * FBX, binary STL) into meshes, `encodeModel` turns meshes into an output file of a Tencent type.
 */
export type ModelFormat = 'GLB' | 'OBJ' | 'FBX' | 'STL' | 'USDZ' | 'MP4' | 'GIF' | 'PNG';

export interface EncodedFile {
  bytes: Buffer;
  ext: FileExtension;
  contentType: string;
}

export interface EncodeOptions {
  /** OBJ as Tencent's zip (obj + mtl + textures) rather than a bare .obj. @default true */
  objZipped?: boolean;
  /** Scene / file base name. */
  name?: string;
  /** Image side for PNG (default 256), GIF (128) and MP4 (96, a multiple of 16). */
  size?: number;
}

export function readModel(bytes: Uint8Array): MeshData[] {
  const kind = sniffFileType(bytes);
  switch (kind) {
    case 'glb':
      return readGlb(bytes);
    case 'zip':
      return readObjZip(bytes);
    case 'fbx':
      return readFbx(bytes);
    case 'stl':
      return [readStl(bytes)];
    case 'obj':
      return readObj(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    default:
      throw new RangeError(`readModel: cannot read a ${kind ?? 'file of unknown type'} as a model`);
  }
}

export function encodeModel(
  format: ModelFormat,
  meshes: readonly MeshData[],
  opts: EncodeOptions = {},
): EncodedFile {
  const file = (ext: FileExtension, bytes: Buffer): EncodedFile => ({
    bytes,
    ext,
    contentType: FILE_TYPES[ext].contentType,
  });
  switch (format) {
    case 'GLB':
      return file('glb', encodeSceneGlb(meshes, opts.name === undefined ? {} : { name: opts.name }));
    case 'OBJ': {
      if (opts.objZipped === false) return file('obj', Buffer.from(encodeObj(meshes), 'utf8'));
      return file('zip', encodeObjZip(meshes, opts.name ?? 'model'));
    }
    case 'FBX':
      return file('fbx', encodeFbx(meshes));
    case 'STL':
      return file('stl', encodeStl(meshes));
    case 'USDZ':
      return file('usdz', encodeUsdz(meshes));
    case 'MP4':
      return file('mp4', turntableMp4(meshes, opts.size === undefined ? {} : { size: opts.size }));
    case 'GIF':
      return file('gif', turntableGif(meshes, opts.size === undefined ? {} : { size: opts.size }));
    case 'PNG': {
      const size = opts.size ?? 256;
      return file('png', encodePng(size, size, renderRgba(meshes, { size })));
    }
  }
}
