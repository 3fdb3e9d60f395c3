import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeModel } from '../../../src/simulator/files/convert.ts';
import { encodeGif, turntableGif } from '../../../src/simulator/files/gif.ts';
import { meshForPrompt } from '../../../src/simulator/files/mesh.ts';
import { seededRandom, withName } from '../../../src/simulator/files/model.ts';
import { encodeMp4, turntableMp4 } from '../../../src/simulator/files/mp4.ts';
import { crc32, encodePng } from '../../../src/simulator/files/png.ts';
import { decodePng } from '../../../src/simulator/files/png-decode.ts';
import { renderRgba } from '../../../src/simulator/files/raster.ts';
import { readImageInfo } from '../../../src/tencent/image-info.ts';
import { decodeGif, decodePcmSlice, findBox, parseBoxes, parseSps } from './files-media-parsers.ts';

const cat = withName(meshForPrompt('a cat'), 'cat');

function solid(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const out = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) out.set([...rgb, 255], i * 4);
  return out;
}

function gradient(width: number, height: number, shift = 0): Uint8Array {
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      out.set([(x * 8 + shift) & 0xff, (y * 8) & 0xff, ((x + y) * 4) & 0xff, 255], (y * width + x) * 4);
    }
  }
  return out;
}

/** ffmpeg is not part of the project; when a machine has it, it is one more real decoder. */
function ffmpegDecodes(bytes: Uint8Array, ext: string): number | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'sim-media-'));
  try {
    const file = join(dir, `clip.${ext}`);
    writeFileSync(file, bytes);
    const out = execFileSync(
      'ffprobe',
      [
        '-v',
        'error',
        '-count_frames',
        '-select_streams',
        'v:0',
        '-show_entries',
        'stream=nb_read_frames',
        '-of',
        'csv=p=0',
        file,
      ],
      {
        encoding: 'utf8',
      },
    );
    execFileSync('ffmpeg', ['-v', 'error', '-xerror', '-i', file, '-f', 'null', '-']);
    return Number(out.trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const hasFfmpeg = (() => {
  try {
    execFileSync('ffprobe', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('GIF', () => {
  it('writes GIF89a with a loop extension, per-frame delays and frames that decode to their colours', () => {
    const frames = [solid(20, 10, [255, 0, 0]), solid(20, 10, [0, 128, 255]), gradient(20, 10)];
    const gif = decodeGif(encodeGif(frames, 20, 10, { delayCs: 12 }));
    expect(gif.version).toBe('GIF89a');
    expect([gif.width, gif.height, gif.loops]).toEqual([20, 10, 0]);
    expect(gif.frames).toHaveLength(3);
    gif.frames.forEach((frame, f) => {
      expect([frame.width, frame.height, frame.delayCs]).toEqual([20, 10, 12]);
      for (let i = 0; i < frame.indices.length; i++) {
        const p = frame.indices[i]! * 3;
        for (let c = 0; c < 3; c++)
          expect(Math.abs(gif.palette[p + c]! - frames[f]![i * 4 + c]!)).toBeLessThanOrEqual(4);
      }
    });
  });

  it('survives LZW table resets on a noisy frame', () => {
    const random = seededRandom(7);
    const colors = Array.from({ length: 200 }, () => [0, 1, 2].map(() => Math.floor(random() * 32) * 8 + 4));
    const frame = new Uint8Array(128 * 128 * 4);
    for (let i = 0; i < 128 * 128; i++)
      frame.set([...(colors[Math.floor(random() * colors.length)] ?? [0, 0, 0]), 255], i * 4);
    const gif = decodeGif(encodeGif([frame], 128, 128));
    const [decoded] = gif.frames;
    for (let i = 0; i < 128 * 128; i++) {
      const p = decoded!.indices[i]! * 3;
      expect([gif.palette[p], gif.palette[p + 1], gif.palette[p + 2]]).toEqual(
        Array.from(frame.subarray(i * 4, i * 4 + 3)),
      );
    }
  });

  it('renders a turntable: 16 different 128 px frames, small and deterministic', () => {
    const bytes = turntableGif([cat]);
    expect(bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    const gif = decodeGif(bytes);
    expect(gif.frames).toHaveLength(16);
    expect(gif.frames.every((f) => f.width === 128 && f.height === 128)).toBe(true);
    const key = (i: number) => Buffer.from(gif.frames[i]!.indices).toString('base64');
    expect(new Set(gif.frames.map((_, i) => key(i))).size).toBe(16);
    expect(bytes.length).toBeLessThan(200_000);
    expect(turntableGif([cat]).equals(bytes)).toBe(true);
  });

  it.skipIf(!hasFfmpeg)('decodes in ffmpeg (when installed)', () => {
    expect(ffmpegDecodes(turntableGif([cat]), 'gif')).toBe(16);
  });
});

describe('MP4', () => {
  it('is ftyp, moov, mdat with a consistent sample table', () => {
    const mp4 = turntableMp4([cat]);
    const boxes = parseBoxes(mp4);
    expect(boxes.map((b) => b.type)).toEqual(['ftyp', 'moov', 'mdat']);
    expect(mp4.subarray(8, 12).toString('latin1')).toBe('isom');
    const stbl = findBox(boxes, 'moov/trak/mdia/minf/stbl');
    expect(stbl?.children.map((b) => b.type)).toEqual(['stsd', 'stts', 'stsc', 'stsz', 'stco']);
    const hdlr = findBox(boxes, 'moov/trak/mdia/hdlr');
    expect(mp4.subarray(hdlr!.body + 8, hdlr!.body + 12).toString('latin1')).toBe('vide');
    const mvhd = findBox(boxes, 'moov/mvhd')!;
    expect([mp4.readUInt32BE(mvhd.body + 12), mp4.readUInt32BE(mvhd.body + 16)]).toEqual([1000, 2000]);
    const stsz = findBox(boxes, 'moov/trak/mdia/minf/stbl/stsz')!;
    const count = mp4.readUInt32BE(stsz.body + 8);
    const sizes = Array.from({ length: count }, (_, i) => mp4.readUInt32BE(stsz.body + 12 + i * 4));
    const mdat = boxes[2]!;
    expect(count).toBe(16);
    expect(sizes.reduce((a, b) => a + b)).toBe(mdat.size - 8);
    const stco = findBox(boxes, 'moov/trak/mdia/minf/stbl/stco')!;
    expect(mp4.readUInt32BE(stco.body + 8)).toBe(mdat.body);
    expect(mp4.length).toBeLessThan(300_000);
  });

  it('carries Constrained Baseline H.264 whose SPS gives the frame size', () => {
    const mp4 = turntableMp4([cat], { size: 64, frames: 4 });
    const avc1 = findBox(parseBoxes(mp4), 'moov/trak/mdia/minf/stbl/stsd/avc1')!;
    expect([mp4.readUInt16BE(avc1.body + 24), mp4.readUInt16BE(avc1.body + 26)]).toEqual([64, 64]);
    const avcC = avc1.children.find((b) => b.type === 'avcC')!;
    const spsLength = mp4.readUInt16BE(avcC.body + 6);
    const sps = parseSps(mp4.subarray(avcC.body + 8, avcC.body + 8 + spsLength));
    expect(sps).toEqual({ profile: 66, level: 30, width: 64, height: 64 });
  });

  it('stores every frame as an IDR picture of I_PCM macroblocks holding the BT.601 luma', () => {
    const frames = [gradient(32, 16), gradient(32, 16, 100), solid(32, 16, [0, 0, 0])];
    const mp4 = encodeMp4(frames, 32, 16, { fps: 4 });
    const boxes = parseBoxes(mp4);
    const stsz = findBox(boxes, 'moov/trak/mdia/minf/stbl/stsz')!;
    let at = boxes[2]!.body;
    frames.forEach((frame, f) => {
      const size = mp4.readUInt32BE(stsz.body + 12 + f * 4);
      const nalLength = mp4.readUInt32BE(at);
      expect(nalLength).toBe(size - 4);
      const luma = decodePcmSlice(mp4.subarray(at + 4, at + size), 32, 16);
      for (let i = 0; i < 32 * 16; i++) {
        const [r, g, b] = [frame[i * 4]! / 255, frame[i * 4 + 1]! / 255, frame[i * 4 + 2]! / 255];
        const y = Math.min(255, Math.max(1, Math.round(16 + 65.481 * r + 128.553 * g + 24.966 * b)));
        expect(luma[i]).toBe(y);
      }
      at += size;
    });
  });

  it('refuses sizes that are not whole macroblocks', () => {
    expect(() => encodeMp4([solid(20, 16, [0, 0, 0])], 20, 16)).toThrow(/multiples of 16/);
  });

  it.skipIf(!hasFfmpeg)('decodes in ffmpeg (when installed)', () => {
    expect(ffmpegDecodes(turntableMp4([cat]), 'mp4')).toBe(16);
  });
});

describe('PNG', () => {
  it('renders the preview frame the type table promises, and decodePng reads it back exactly', () => {
    const png = encodeModel('PNG', [cat], { size: 64 }).bytes;
    expect(readImageInfo(png)).toEqual({ format: 'png', width: 64, height: 64 });
    expect(Buffer.from(decodePng(png).rgba).equals(Buffer.from(renderRgba([cat], { size: 64 })))).toBe(true);
  });

  it('decodes every PNG filter type and RGB without alpha', () => {
    const width = 3;
    const rows = [
      [10, 20, 30, 40, 50, 60, 70, 80, 90],
      [15, 25, 35, 45, 55, 65, 75, 85, 95],
      [200, 100, 0, 210, 110, 5, 220, 120, 10],
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
      [9, 8, 7, 6, 5, 4, 3, 2, 1],
    ];
    const paeth = (a: number, b: number, c: number) => {
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    };
    const raw: number[] = [];
    rows.forEach((row, y) => {
      const filter = y; // 0 None, 1 Sub, 2 Up, 3 Average, 4 Paeth
      raw.push(filter);
      row.forEach((v, x) => {
        const left = x >= 3 ? row[x - 3]! : 0;
        const up = y > 0 ? rows[y - 1]![x]! : 0;
        const upLeft = y > 0 && x >= 3 ? rows[y - 1]![x - 3]! : 0;
        const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter]!;
        raw.push((v - predictor) & 0xff);
      });
    });
    const chunk = (type: string, data: Uint8Array) => {
      const b = Buffer.alloc(12 + data.length);
      b.writeUInt32BE(data.length, 0);
      b.write(type, 4, 'latin1');
      b.set(data, 8);
      b.writeUInt32BE(crc32(b.subarray(4, 8 + data.length)), 8 + data.length);
      return b;
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(rows.length, 4);
    ihdr.set([8, 2, 0, 0, 0], 8);
    const png = Buffer.concat([
      encodePng(1, 1, new Uint8Array(4)).subarray(0, 8),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.from(raw))),
      chunk('IEND', new Uint8Array(0)),
    ]);
    const { rgba } = decodePng(png);
    rows.forEach((row, y) => {
      for (let x = 0; x < width; x++) {
        expect(Array.from(rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4))).toEqual([
          ...row.slice(x * 3, x * 3 + 3),
          255,
        ]);
      }
    });
  });
});
