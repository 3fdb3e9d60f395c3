/**
 * Independent readers for the media files, written from the specs rather than from the encoders:
 * a GIF decoder (blocks + LZW), an ISO-BMFF box walker, and an H.264 reader for the subset the
 * MP4 writer uses (SPS/PPS, IDR slices of I_PCM macroblocks).
 */

export interface GifFrame {
  delayCs: number;
  width: number;
  height: number;
  /** Palette indices, rows top to bottom. */
  indices: Uint8Array;
}

export interface Gif {
  version: string;
  width: number;
  height: number;
  palette: Uint8Array;
  loops: number | undefined;
  frames: GifFrame[];
}

export function decodeGif(bytes: Uint8Array): Gif {
  const text = (at: number, n: number) => String.fromCharCode(...bytes.subarray(at, at + n));
  const u16 = (at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
  const version = text(0, 6);
  if (version !== 'GIF89a' && version !== 'GIF87a') throw new Error(`bad GIF signature ${version}`);
  const width = u16(6);
  const height = u16(8);
  const packed = bytes[10] ?? 0;
  let at = 13;
  let palette = new Uint8Array(0);
  if (packed & 0x80) {
    const n = 3 * (1 << ((packed & 7) + 1));
    palette = bytes.slice(at, at + n);
    at += n;
  }
  const subBlocks = (): Uint8Array => {
    const parts: number[] = [];
    for (;;) {
      const n = bytes[at++];
      if (n === undefined) throw new Error('GIF ends inside a sub-block chain');
      if (n === 0) return Uint8Array.from(parts);
      parts.push(...bytes.subarray(at, at + n));
      at += n;
    }
  };
  const frames: GifFrame[] = [];
  let loops: number | undefined;
  let delayCs = 0;
  for (;;) {
    const block = bytes[at++];
    if (block === 0x3b) break;
    if (block === 0x21) {
      const label = bytes[at++];
      const data = subBlocks();
      if (label === 0xf9) delayCs = (data[1] ?? 0) | ((data[2] ?? 0) << 8);
      if (label === 0xff && String.fromCharCode(...data.subarray(0, 11)) === 'NETSCAPE2.0') {
        const sub = data.subarray(11);
        loops = (sub[1] ?? 0) | ((sub[2] ?? 0) << 8);
      }
    } else if (block === 0x2c) {
      const w = u16(at + 4);
      const h = u16(at + 6);
      const flags = bytes[at + 8] ?? 0;
      at += 9;
      if (flags & 0x80) at += 3 * (1 << ((flags & 7) + 1));
      const minCodeSize = bytes[at++] ?? 8;
      frames.push({ delayCs, width: w, height: h, indices: lzwDecode(subBlocks(), minCodeSize, w * h) });
    } else {
      throw new Error(`unexpected GIF block 0x${(block ?? 0).toString(16)} at ${at - 1}`);
    }
  }
  return { version, width, height, palette, loops, frames };
}

function lzwDecode(data: Uint8Array, minCodeSize: number, pixels: number): Uint8Array {
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  const out = new Uint8Array(pixels);
  let written = 0;
  let dict: number[][] = [];
  const reset = () => {
    dict = Array.from({ length: end + 1 }, (_, i) => [i]);
  };
  reset();
  let codeSize = minCodeSize + 1;
  let bitPos = 0;
  let prev: number[] | undefined;
  for (;;) {
    if (bitPos + codeSize > data.length * 8) throw new Error('LZW data ends without an end code');
    let code = 0;
    for (let i = 0; i < codeSize; i++, bitPos++)
      code |= (((data[bitPos >> 3] ?? 0) >> (bitPos & 7)) & 1) << i;
    if (code === clear) {
      reset();
      codeSize = minCodeSize + 1;
      prev = undefined;
      continue;
    }
    if (code === end) break;
    let entry: number[];
    if (code < dict.length) entry = dict[code]!;
    else if (code === dict.length && prev) entry = [...prev, prev[0]!];
    else throw new Error(`bad LZW code ${code} (table ${dict.length})`);
    if (prev && dict.length < 4096) dict.push([...prev, entry[0]!]);
    if (dict.length === 1 << codeSize && codeSize < 12) codeSize++;
    for (const v of entry) {
      if (written >= pixels) throw new Error('LZW data holds more pixels than the frame');
      out[written++] = v;
    }
    prev = entry;
  }
  if (written !== pixels) throw new Error(`LZW gave ${written} pixels, frame has ${pixels}`);
  return out;
}

export interface Box {
  type: string;
  start: number;
  size: number;
  /** Payload start (after the header, and after version/flags for full boxes we know). */
  body: number;
  children: Box[];
}

const CONTAINERS = new Set(['moov', 'trak', 'mdia', 'minf', 'dinf', 'stbl', 'edts', 'udta']);

export function parseBoxes(bytes: Uint8Array, start = 0, end = bytes.length): Box[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Box[] = [];
  let at = start;
  while (at < end) {
    if (at + 8 > end) throw new Error(`truncated box header at ${at}`);
    const size = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (size < 8 || at + size > end) throw new Error(`box ${type} at ${at} has bad size ${size}`);
    const box: Box = { type, start: at, size, body: at + 8, children: [] };
    if (CONTAINERS.has(type)) box.children = parseBoxes(bytes, at + 8, at + size);
    if (type === 'stsd') box.children = parseBoxes(bytes, at + 16, at + size);
    if (type === 'avc1') box.children = parseBoxes(bytes, at + 8 + 78, at + size);
    if (type === 'dref') box.children = parseBoxes(bytes, at + 16, at + size);
    out.push(box);
    at += size;
  }
  return out;
}

export function findBox(boxes: Box[], path: string): Box | undefined {
  const [head, ...rest] = path.split('/');
  const box = boxes.find((b) => b.type === head);
  return rest.length === 0 || !box ? box : findBox(box.children, rest.join('/'));
}

/** Removes emulation-prevention bytes (00 00 03 → 00 00). */
export function rbsp(nal: Uint8Array): Uint8Array {
  const out: number[] = [];
  let zeros = 0;
  for (const b of nal) {
    if (zeros >= 2 && b === 3) {
      zeros = 0;
      continue;
    }
    out.push(b);
    zeros = b === 0 ? zeros + 1 : 0;
  }
  return Uint8Array.from(out);
}

export class BitReader {
  private pos = 0;
  constructor(private readonly data: Uint8Array) {}
  u(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++, this.pos++) {
      if (this.pos >= this.data.length * 8) throw new Error('read past the end of the RBSP');
      v = v * 2 + (((this.data[this.pos >> 3] ?? 0) >> (7 - (this.pos & 7))) & 1);
    }
    return v;
  }
  ue(): number {
    let zeros = 0;
    while (this.u(1) === 0) zeros++;
    return 2 ** zeros - 1 + this.u(zeros);
  }
  se(): number {
    const k = this.ue();
    return k % 2 ? (k + 1) / 2 : -k / 2;
  }
  align(): void {
    while (this.pos % 8 !== 0) if (this.u(1) !== 0) throw new Error('non-zero alignment bit');
  }
  get bitsLeft(): number {
    return this.data.length * 8 - this.pos;
  }
}

export function parseSps(nal: Uint8Array): { profile: number; level: number; width: number; height: number } {
  const r = new BitReader(rbsp(nal.subarray(1)));
  const profile = r.u(8);
  r.u(8);
  const level = r.u(8);
  r.ue(); // sps id
  if ([100, 110, 122, 244, 44, 83, 86, 118, 128].includes(profile))
    throw new Error('high profiles not handled');
  r.ue(); // log2_max_frame_num_minus4
  const pocType = r.ue();
  if (pocType === 0) r.ue();
  if (pocType === 1) throw new Error('poc type 1 not handled');
  r.ue(); // max refs
  r.u(1);
  const w = r.ue() + 1;
  const h = r.ue() + 1;
  const frameMbsOnly = r.u(1);
  return { profile, level, width: w * 16, height: h * (2 - frameMbsOnly) * 16 };
}

/** Luma plane of an IDR slice made only of I_PCM macroblocks; throws on anything else. */
export function decodePcmSlice(nal: Uint8Array, width: number, height: number): Uint8Array {
  if ((nal[0]! & 0x1f) !== 5) throw new Error(`NAL type ${nal[0]! & 0x1f}, expected 5 (IDR)`);
  const data = rbsp(nal.subarray(1));
  const r = new BitReader(data);
  if (r.ue() !== 0) throw new Error('first_mb_in_slice is not 0');
  const sliceType = r.ue();
  if (sliceType % 5 !== 2) throw new Error(`slice type ${sliceType} is not I`);
  r.ue(); // pps id
  r.u(4); // frame_num
  r.ue(); // idr_pic_id
  r.u(1);
  r.u(1); // dec_ref_pic_marking
  r.se(); // slice_qp_delta
  if (r.ue() !== 1) throw new Error('expected deblocking disabled');
  const luma = new Uint8Array(width * height);
  for (let my = 0; my < height / 16; my++) {
    for (let mx = 0; mx < width / 16; mx++) {
      const type = r.ue();
      if (type !== 25) throw new Error(`mb_type ${type} at (${mx},${my}), expected I_PCM (25)`);
      r.align();
      for (let y = 0; y < 16; y++)
        for (let x = 0; x < 16; x++) luma[(my * 16 + y) * width + mx * 16 + x] = r.u(8);
      for (let i = 0; i < 128; i++) r.u(8);
    }
  }
  if (r.u(1) !== 1) throw new Error('missing rbsp_stop_one_bit');
  r.align();
  if (r.bitsLeft !== 0) throw new Error(`${r.bitsLeft} bits after the slice`);
  return luma;
}
