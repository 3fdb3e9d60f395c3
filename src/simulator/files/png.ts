import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import type { Mesh } from './mesh.ts';

/**
 * PNG output for the simulator's preview images: a minimal encoder plus a tiny software rasterizer,
 * so the preview URL a client receives shows the same shape as the GLB next to it.
 */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** CRC-32 (IEEE) table; zlib.crc32 only arrived in Node 22 and we support 20. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array, seed = 0): number {
  let c = (seed ^ 0xffffffff) >>> 0;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  // The CRC covers the type and the data, not the length.
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** 8-bit RGBA, non-interlaced, filter type 0 (None) on every row: simple, and small enough here. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`encodePng: width and height must be positive integers; got ${width}x${height}`);
  }
  const stride = width * 4;
  if (rgba.length !== stride * height) {
    throw new RangeError(
      `encodePng: expected ${stride * height} RGBA bytes for ${width}x${height}; got ${rgba.length}`,
    );
  }
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    // raw[y * (stride + 1)] stays 0: the filter-type byte.
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  // compression, filter method and interlace stay 0
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Light grey backdrop, sRGB. */
export const PREVIEW_BACKGROUND = [236, 238, 241] as const;

/** View: turned 35° about y, then tilted 25° so the top shows, like a product shot. */
const YAW = -0.61;
const PITCH = 0.44;
/** Light direction in view space (upper left, toward the viewer). */
const LIGHT = normalize3(-0.45, 0.65, 0.6);
const AMBIENT = 0.28;
/** Fraction of half the image the mesh's bounding sphere fills, leaving the corners empty. */
const FILL = 0.84;

function normalize3(x: number, y: number, z: number): [number, number, number] {
  const len = Math.hypot(x, y, z) || 1;
  return [x / len, y / len, z / len];
}

/** glTF colours are linear; PNG pixels are sRGB. */
function linearToSrgbByte(c: number): number {
  const v = Math.min(1, Math.max(0, c));
  const s = v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055;
  return Math.round(s * 255);
}

/**
 * Orthographic z-buffered render with Gouraud-interpolated Lambert shading. Back faces are culled,
 * which relies on the mesh's counter-clockwise winding.
 */
export function renderPreview(mesh: Mesh, size = 256): Buffer {
  if (!Number.isInteger(size) || size < 1 || size > 4096) {
    throw new RangeError(`renderPreview: size must be an integer in 1..4096; got ${size}`);
  }
  const pixels = new Uint8Array(size * size * 4);
  for (let i = 0; i < pixels.length; i += 4) pixels.set([...PREVIEW_BACKGROUND, 255], i);
  const depth = new Float32Array(size * size).fill(-Infinity);

  const { positions, normals, indices, color } = mesh;
  const vertexCount = Math.floor(positions.length / 3);
  const sx = new Float32Array(vertexCount);
  const sy = new Float32Array(vertexCount);
  const sz = new Float32Array(vertexCount);
  const shade = new Float32Array(vertexCount);

  const [cy, syaw, cp, sp] = [Math.cos(YAW), Math.sin(YAW), Math.cos(PITCH), Math.sin(PITCH)];
  const view = (x: number, y: number, z: number): [number, number, number] => {
    const x1 = x * cy + z * syaw;
    const z1 = -x * syaw + z * cy;
    return [x1, y * cp - z1 * sp, y * sp + z1 * cp];
  };

  // Frame the bounding sphere (about the box centre) so any shape fits whatever its extent.
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < vertexCount * 3; i++) {
    const v = positions[i] ?? 0;
    const axis = i % 3;
    lo[axis] = Math.min(lo[axis] ?? v, v);
    hi[axis] = Math.max(hi[axis] ?? v, v);
  }
  const centre = lo.map((l, axis) => (l + (hi[axis] ?? l)) / 2);
  const [ox, oy, oz] = [centre[0] ?? 0, centre[1] ?? 0, centre[2] ?? 0];
  let radius = 0;
  for (let v = 0; v < vertexCount; v++) {
    const d = Math.hypot(
      (positions[v * 3] ?? 0) - ox,
      (positions[v * 3 + 1] ?? 0) - oy,
      (positions[v * 3 + 2] ?? 0) - oz,
    );
    if (d > radius) radius = d;
  }
  const scale = radius > 0 ? (size / 2) * (FILL / radius) : 1;

  for (let v = 0; v < vertexCount; v++) {
    const [x, y, z] = view(
      (positions[v * 3] ?? 0) - ox,
      (positions[v * 3 + 1] ?? 0) - oy,
      (positions[v * 3 + 2] ?? 0) - oz,
    );
    sx[v] = size / 2 + x * scale;
    sy[v] = size / 2 - y * scale;
    sz[v] = z;
    const [nx, ny, nz] = view(normals[v * 3] ?? 0, normals[v * 3 + 1] ?? 0, normals[v * 3 + 2] ?? 0);
    shade[v] = AMBIENT + (1 - AMBIENT) * Math.max(0, nx * LIGHT[0] + ny * LIGHT[1] + nz * LIGHT[2]);
  }

  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = indices[t] ?? 0;
    const b = indices[t + 1] ?? 0;
    const c = indices[t + 2] ?? 0;
    if (a >= vertexCount || b >= vertexCount || c >= vertexCount) continue;
    const [x0, y0, x1, y1, x2, y2] = [sx[a] ?? 0, sy[a] ?? 0, sx[b] ?? 0, sy[b] ?? 0, sx[c] ?? 0, sy[c] ?? 0];
    // Screen y points down, so a counter-clockwise (front) face has negative area here.
    const area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
    if (area >= 0) continue;
    const minX = Math.max(0, Math.floor(Math.min(x0, x1, x2)));
    const maxX = Math.min(size - 1, Math.ceil(Math.max(x0, x1, x2)));
    const minY = Math.max(0, Math.floor(Math.min(y0, y1, y2)));
    const maxY = Math.min(size - 1, Math.ceil(Math.max(y0, y1, y2)));
    const [z0, z1, z2] = [sz[a] ?? 0, sz[b] ?? 0, sz[c] ?? 0];
    const [i0, i1, i2] = [shade[a] ?? 0, shade[b] ?? 0, shade[c] ?? 0];
    for (let py = minY; py <= maxY; py++) {
      const cyPix = py + 0.5;
      for (let px = minX; px <= maxX; px++) {
        const cxPix = px + 0.5;
        // Barycentric weights via edge functions; all non-negative means inside.
        const w0 = ((x2 - x1) * (cyPix - y1) - (y2 - y1) * (cxPix - x1)) / area;
        const w1 = ((x0 - x2) * (cyPix - y2) - (y0 - y2) * (cxPix - x2)) / area;
        const w2 = 1 - w0 - w1;
        if (w0 < 0 || w1 < 0 || w2 < 0) continue;
        const z = w0 * z0 + w1 * z1 + w2 * z2;
        const at = py * size + px;
        if (z <= (depth[at] ?? Infinity)) continue;
        depth[at] = z;
        const light = w0 * i0 + w1 * i1 + w2 * i2;
        pixels[at * 4] = linearToSrgbByte(color[0] * light);
        pixels[at * 4 + 1] = linearToSrgbByte(color[1] * light);
        pixels[at * 4 + 2] = linearToSrgbByte(color[2] * light);
      }
    }
  }
  return encodePng(size, size, pixels);
}
