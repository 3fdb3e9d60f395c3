import { Buffer } from 'node:buffer';
import { idrSlice, pps, sps } from './h264-pcm.ts';
import type { MeshData } from './model.ts';
import { type RenderOptions, turntableFrames } from './raster.ts';

/**
 * MP4 (ISO/IEC 14496-12 + 14496-15) holding a real, decodable H.264 video: every frame is an IDR
 * picture whose macroblocks are all I_PCM (raw samples, which the Constrained Baseline profile
 * allows), so no transform or entropy coding is needed and any H.264 decoder plays it. Raw samples
 * are big (384 bytes per 16×16 block), hence the small default frame. Boxes: ftyp, then moov
 * (mvhd, trak with tkhd/mdia/minf/stbl and an avc1 sample entry with avcC), then mdat.
 */
export interface Mp4Options {
  /** @default 8 */
  fps?: number;
}

function box(type: string, ...payload: Uint8Array[]): Buffer {
  const body = Buffer.concat(payload);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}

function fullBox(type: string, version: number, flags: number, ...payload: Uint8Array[]): Buffer {
  const vf = Buffer.alloc(4);
  vf.writeUInt32BE(((version & 0xff) << 24) | (flags & 0xffffff));
  return box(type, vf, ...payload);
}

function u32s(...values: number[]): Buffer {
  const b = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => {
    b.writeUInt32BE(v >>> 0, i * 4);
  });
  return b;
}

function u16s(...values: number[]): Buffer {
  const b = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => {
    b.writeUInt16BE(v & 0xffff, i * 2);
  });
  return b;
}

const MATRIX = u32s(0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000);

export function encodeMp4(
  frames: readonly Uint8Array[],
  width: number,
  height: number,
  opts: Mp4Options = {},
): Buffer {
  if (width % 16 !== 0 || height % 16 !== 0 || width < 16 || height < 16) {
    throw new RangeError(
      `encodeMp4: width and height must be positive multiples of 16; got ${width}x${height}`,
    );
  }
  if (frames.length === 0) throw new RangeError('encodeMp4: no frames');
  const fps = opts.fps ?? 8;
  const timescale = fps * 1000;
  const delta = 1000;
  const spsNal = sps(width, height);
  const ppsNal = pps();
  const samples = frames.map((f, i) => {
    const slice = idrSlice(f, width, height, i % 2);
    return Buffer.concat([u32s(slice.length), slice]);
  });
  const durationMs = Math.round((frames.length * 1000) / fps);

  const avcC = box(
    'avcC',
    Buffer.from([1, spsNal[1]!, spsNal[2]!, spsNal[3]!, 0xff, 0xe1]),
    u16s(spsNal.length),
    spsNal,
    Buffer.from([1]),
    u16s(ppsNal.length),
    ppsNal,
  );
  const compressor = Buffer.alloc(32);
  compressor[0] = compressor.write('H.264 I_PCM', 1, 'latin1');
  const avc1 = box(
    'avc1',
    Buffer.alloc(6),
    u16s(1), // data_reference_index
    Buffer.alloc(16),
    u16s(width, height),
    u32s(0x00480000, 0x00480000, 0),
    u16s(1), // frame_count
    compressor,
    u16s(0x0018, 0xffff),
    avcC,
  );
  const stbl = (chunkOffset: number) =>
    box(
      'stbl',
      fullBox('stsd', 0, 0, u32s(1), avc1),
      fullBox('stts', 0, 0, u32s(1, frames.length, delta)),
      fullBox('stsc', 0, 0, u32s(1, 1, frames.length, 1)),
      fullBox('stsz', 0, 0, u32s(0, frames.length, ...samples.map((s) => s.length))),
      fullBox('stco', 0, 0, u32s(1, chunkOffset)),
    );
  const moov = (chunkOffset: number) =>
    box(
      'moov',
      fullBox(
        'mvhd',
        0,
        0,
        u32s(0, 0, 1000, durationMs, 0x00010000),
        u16s(0x0100, 0),
        u32s(0, 0),
        MATRIX,
        u32s(0, 0, 0, 0, 0, 0, 2),
      ),
      box(
        'trak',
        fullBox(
          'tkhd',
          0,
          3,
          u32s(0, 0, 1, 0, durationMs, 0, 0),
          u16s(0, 0, 0, 0),
          MATRIX,
          u32s(width << 16, height << 16),
        ),
        box(
          'mdia',
          fullBox('mdhd', 0, 0, u32s(0, 0, timescale, frames.length * delta), u16s(0x55c4, 0)), // language 'und'
          fullBox(
            'hdlr',
            0,
            0,
            u32s(0),
            Buffer.from('vide', 'latin1'),
            u32s(0, 0, 0),
            Buffer.from('VideoHandler\0', 'latin1'),
          ),
          box(
            'minf',
            fullBox('vmhd', 0, 1, u16s(0, 0, 0, 0)),
            box('dinf', fullBox('dref', 0, 0, u32s(1), fullBox('url ', 0, 1))),
            stbl(chunkOffset),
          ),
        ),
      ),
    );
  const ftyp = box(
    'ftyp',
    Buffer.from('isom', 'latin1'),
    u32s(0x200),
    Buffer.from('isomiso2avc1mp41', 'latin1'),
  );
  // The chunk offset depends on moov's size, which does not depend on the offset's value.
  const offset = ftyp.length + moov(0).length + 8;
  return Buffer.concat([ftyp, moov(offset), box('mdat', ...samples)]);
}

export interface TurntableMp4Options extends Mp4Options, RenderOptions {
  /** @default 16 */
  frames?: number;
}

/** Convert's MP4: the model turning once around, `size` px square (a multiple of 16, default 96). */
export function turntableMp4(meshes: readonly MeshData[], opts: TurntableMp4Options = {}): Buffer {
  const size = opts.size ?? 96;
  return encodeMp4(turntableFrames(meshes, opts.frames ?? 16, { ...opts, size }), size, size, opts);
}
