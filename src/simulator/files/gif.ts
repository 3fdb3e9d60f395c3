import { Buffer } from 'node:buffer';
import type { MeshData } from './model.ts';
import { type RenderOptions, turntableFrames } from './raster.ts';

/**
 * Animated GIF89a (https://www.w3.org/Graphics/GIF/spec-gif89a.txt): one global 256-colour palette
 * made by median cut over every frame, a NETSCAPE2.0 loop extension, and per frame a graphic
 * control extension (delay) and an LZW-compressed full-size image. `turntableGif` is Convert's GIF:
 * the model turning once around.
 */
export interface GifOptions {
  /** Frame delay in hundredths of a second. @default 8 */
  delayCs?: number;
  /** Loop count, 0 for forever. @default 0 */
  loops?: number;
}

export function encodeGif(
  frames: readonly Uint8Array[],
  width: number,
  height: number,
  opts: GifOptions = {},
): Buffer {
  if (frames.length === 0) throw new RangeError('encodeGif: no frames');
  for (const f of frames) {
    if (f.length !== width * height * 4)
      throw new RangeError('encodeGif: a frame does not match width × height × 4');
  }
  const { palette, lookup } = medianCut(frames);
  const out: Buffer[] = [];
  const header = Buffer.alloc(13);
  header.write('GIF89a', 0, 'latin1');
  header.writeUInt16LE(width, 6);
  header.writeUInt16LE(height, 8);
  header[10] = 0xf7; // global colour table, 8-bit colour resolution, 256 entries
  out.push(header, palette);
  if (frames.length > 1) {
    const loop = Buffer.from([
      0x21,
      0xff,
      0x0b,
      ...Buffer.from('NETSCAPE2.0', 'latin1'),
      0x03,
      0x01,
      0,
      0,
      0x00,
    ]);
    loop.writeUInt16LE(opts.loops ?? 0, 16);
    out.push(loop);
  }
  for (const frame of frames) {
    const control = Buffer.from([0x21, 0xf9, 0x04, 0x04, 0, 0, 0, 0x00]); // disposal: leave in place
    control.writeUInt16LE(opts.delayCs ?? 8, 4);
    const descriptor = Buffer.alloc(10);
    descriptor[0] = 0x2c;
    descriptor.writeUInt16LE(width, 5);
    descriptor.writeUInt16LE(height, 7);
    const indices = new Uint8Array(width * height);
    for (let i = 0; i < indices.length; i++)
      indices[i] = lookup(frame[i * 4]!, frame[i * 4 + 1]!, frame[i * 4 + 2]!);
    out.push(control, descriptor, Buffer.from([8]), subBlocks(lzw(indices, 8)));
  }
  out.push(Buffer.from([0x3b]));
  return Buffer.concat(out);
}

export interface TurntableGifOptions extends GifOptions, RenderOptions {
  /** @default 16 */
  frames?: number;
}

export function turntableGif(meshes: readonly MeshData[], opts: TurntableGifOptions = {}): Buffer {
  const size = opts.size ?? 128;
  return encodeGif(turntableFrames(meshes, opts.frames ?? 16, { ...opts, size }), size, size, opts);
}

/** 15-bit colour key: 5 bits per channel. */
const key15 = (r: number, g: number, b: number): number => ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);

function medianCut(frames: readonly Uint8Array[]): {
  palette: Buffer;
  lookup: (r: number, g: number, b: number) => number;
} {
  const counts = new Uint32Array(1 << 15);
  for (const f of frames) for (let i = 0; i < f.length; i += 4) counts[key15(f[i]!, f[i + 1]!, f[i + 2]!)]!++;
  const colors: { c: [number, number, number]; n: number }[] = [];
  counts.forEach((n, k) => {
    if (n > 0) colors.push({ c: [((k >> 10) << 3) | 4, (((k >> 5) & 31) << 3) | 4, ((k & 31) << 3) | 4], n });
  });
  let boxes = [colors];
  while (boxes.length < 256) {
    let best = -1;
    let bestScore = 0;
    let bestAxis = 0;
    boxes.forEach((box, i) => {
      if (box.length < 2) return;
      for (let a = 0; a < 3; a++) {
        const values = box.map((e) => e.c[a]!);
        const range = Math.max(...values) - Math.min(...values);
        const score = range * box.reduce((s, e) => s + e.n, 0);
        if (score > bestScore) [best, bestScore, bestAxis] = [i, score, a];
      }
    });
    if (best < 0) break;
    const box = boxes[best]!.sort(
      (p, q) => p.c[bestAxis]! - q.c[bestAxis]! || p.c[0] - q.c[0] || p.c[1] - q.c[1] || p.c[2] - q.c[2],
    );
    const half = box.reduce((s, e) => s + e.n, 0) / 2;
    let acc = 0;
    let cut = 1;
    for (let i = 0; i < box.length - 1; i++) {
      acc += box[i]!.n;
      cut = i + 1;
      if (acc >= half) break;
    }
    boxes = [...boxes.slice(0, best), box.slice(0, cut), box.slice(cut), ...boxes.slice(best + 1)];
  }
  const palette = Buffer.alloc(256 * 3);
  const entries = boxes.map((box) => {
    const n = box.reduce((s, e) => s + e.n, 0) || 1;
    return [0, 1, 2].map((a) => Math.round(box.reduce((s, e) => s + e.c[a]! * e.n, 0) / n)) as [
      number,
      number,
      number,
    ];
  });
  entries.forEach((rgb, i) => {
    palette.set(rgb, i * 3);
  });
  const cache = new Int16Array(1 << 15).fill(-1);
  const lookup = (r: number, g: number, b: number): number => {
    const k = key15(r, g, b);
    const hit = cache[k]!;
    if (hit >= 0) return hit;
    let best = 0;
    let bestDistance = Infinity;
    entries.forEach(([pr, pg, pb], i) => {
      const d = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    cache[k] = best;
    return best;
  };
  return { palette, lookup };
}

/** GIF-flavoured LZW: variable code width from minCodeSize + 1 up to 12 bits, LSB-first packing. */
function lzw(indices: Uint8Array, minCodeSize: number): Buffer {
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  const bytes: number[] = [];
  let bitBuffer = 0;
  let bitCount = 0;
  let codeSize = minCodeSize + 1;
  const emit = (code: number): void => {
    bitBuffer |= code << bitCount;
    bitCount += codeSize;
    while (bitCount >= 8) {
      bytes.push(bitBuffer & 0xff);
      bitBuffer >>>= 8;
      bitCount -= 8;
    }
  };
  let table = new Map<number, number>();
  let next = end + 1;
  emit(clear);
  let current = indices[0] ?? 0;
  for (let i = 1; i < indices.length; i++) {
    const k = indices[i]!;
    const key = (current << 8) | k;
    const found = table.get(key);
    if (found !== undefined) {
      current = found;
      continue;
    }
    emit(current);
    if (next === 4096) {
      emit(clear);
      table = new Map();
      next = end + 1;
      codeSize = minCodeSize + 1;
    } else {
      // Widen before adding the first code that needs the extra bit (the decoder widens in step).
      if (next >= 1 << codeSize) codeSize++;
      table.set(key, next++);
    }
    current = k;
  }
  emit(current);
  emit(end);
  if (bitCount > 0) bytes.push(bitBuffer & 0xff);
  return Buffer.from(bytes);
}

function subBlocks(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < data.length; at += 255) {
    const block = data.subarray(at, at + 255);
    parts.push(Buffer.from([block.length]), block);
  }
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}
