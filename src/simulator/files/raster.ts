import { linearToSrgbByte, type MeshData, srgbToLinear, vertexCount } from './model.ts';
import { type DecodedImage, decodePng } from './png-decode.ts';

/**
 * A software renderer for frames (GIF/MP4 turntables): orthographic, z-buffered, Lambert-shaded,
 * like `png.ts`'s preview but over several meshes, with vertex colours and textures, at any yaw.
 * Framing uses the bounding sphere around the models' box centre, which does not change as the
 * model turns, so a turntable does not wobble.
 */
export interface RenderOptions {
  /** Square image side in pixels. @default 128 */
  size?: number;
  /** Turn about the vertical axis, radians. @default -0.61 (the preview's angle) */
  yaw?: number;
  /** Tilt toward the viewer, radians. @default 0.44 */
  pitch?: number;
  /** sRGB background. @default [236, 238, 241] */
  background?: readonly [number, number, number];
}

const LIGHT = (() => {
  const l = [-0.45, 0.65, 0.6];
  const n = Math.hypot(l[0]!, l[1]!, l[2]!);
  return l.map((v) => v / n) as [number, number, number];
})();
const AMBIENT = 0.3;
const FILL = 0.84;

/** RGBA pixels, rows top to bottom. */
export function renderRgba(meshes: readonly MeshData[], opts: RenderOptions = {}): Uint8Array {
  const size = opts.size ?? 128;
  const [cy, sy] = [Math.cos(opts.yaw ?? -0.61), Math.sin(opts.yaw ?? -0.61)];
  const [cp, sp] = [Math.cos(opts.pitch ?? 0.44), Math.sin(opts.pitch ?? 0.44)];
  const background = opts.background ?? [236, 238, 241];
  const pixels = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) pixels.set([...background, 255], i * 4);
  const depth = new Float32Array(size * size).fill(-Infinity);

  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (const m of meshes) {
    for (let i = 0; i < vertexCount(m) * 3; i++) {
      lo[i % 3] = Math.min(lo[i % 3]!, m.positions[i]!);
      hi[i % 3] = Math.max(hi[i % 3]!, m.positions[i]!);
    }
  }
  const centre = lo.map((l, a) => (Number.isFinite(l) ? (l + hi[a]!) / 2 : 0));
  let radius = 0;
  for (const m of meshes) {
    for (let v = 0; v < vertexCount(m); v++) {
      const d = Math.hypot(
        m.positions[v * 3]! - centre[0]!,
        m.positions[v * 3 + 1]! - centre[1]!,
        m.positions[v * 3 + 2]! - centre[2]!,
      );
      radius = Math.max(radius, d);
    }
  }
  const scale = radius > 0 ? (size / 2) * (FILL / radius) : 1;
  const view = (x: number, y: number, z: number): [number, number, number] => {
    const x1 = x * cy + z * sy;
    const z1 = -x * sy + z * cy;
    return [x1, y * cp - z1 * sp, y * sp + z1 * cp];
  };

  for (const mesh of meshes) {
    const n = vertexCount(mesh);
    const sx = new Float32Array(n);
    const syy = new Float32Array(n);
    const sz = new Float32Array(n);
    const light = new Float32Array(n);
    for (let v = 0; v < n; v++) {
      const [x, y, z] = view(
        mesh.positions[v * 3]! - centre[0]!,
        mesh.positions[v * 3 + 1]! - centre[1]!,
        mesh.positions[v * 3 + 2]! - centre[2]!,
      );
      sx[v] = size / 2 + x * scale;
      syy[v] = size / 2 - y * scale;
      sz[v] = z;
      const [nx, ny, nz] = view(mesh.normals[v * 3]!, mesh.normals[v * 3 + 1]!, mesh.normals[v * 3 + 2]!);
      light[v] = AMBIENT + (1 - AMBIENT) * Math.max(0, nx * LIGHT[0] + ny * LIGHT[1] + nz * LIGHT[2]);
    }
    let texture: DecodedImage | undefined;
    if (mesh.texture && mesh.uvs) {
      try {
        texture = decodePng(mesh.texture);
      } catch {
        texture = undefined;
      }
    }
    const colorAt = (v: number, c: number): number =>
      mesh.colors ? mesh.colors[v * 3 + c]! : mesh.color[c]!;
    for (let t = 0; t + 2 < mesh.indices.length; t += 3) {
      const a = mesh.indices[t]!;
      const b = mesh.indices[t + 1]!;
      const c = mesh.indices[t + 2]!;
      const [x0, y0, x1, y1, x2, y2] = [sx[a]!, syy[a]!, sx[b]!, syy[b]!, sx[c]!, syy[c]!];
      const area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
      if (area >= 0) continue; // back face (screen y points down)
      const minX = Math.max(0, Math.floor(Math.min(x0, x1, x2)));
      const maxX = Math.min(size - 1, Math.ceil(Math.max(x0, x1, x2)));
      const minY = Math.max(0, Math.floor(Math.min(y0, y1, y2)));
      const maxY = Math.min(size - 1, Math.ceil(Math.max(y0, y1, y2)));
      for (let py = minY; py <= maxY; py++) {
        for (let px = minX; px <= maxX; px++) {
          const cx = px + 0.5;
          const cyp = py + 0.5;
          const w0 = ((x2 - x1) * (cyp - y1) - (y2 - y1) * (cx - x1)) / area;
          const w1 = ((x0 - x2) * (cyp - y2) - (y0 - y2) * (cx - x2)) / area;
          const w2 = 1 - w0 - w1;
          if (w0 < 0 || w1 < 0 || w2 < 0) continue;
          const z = w0 * sz[a]! + w1 * sz[b]! + w2 * sz[c]!;
          const at = py * size + px;
          if (z <= depth[at]!) continue;
          depth[at] = z;
          const shade = w0 * light[a]! + w1 * light[b]! + w2 * light[c]!;
          let rgb = [0, 1, 2].map((k) => w0 * colorAt(a, k) + w1 * colorAt(b, k) + w2 * colorAt(c, k));
          if (texture && mesh.uvs) {
            const u = w0 * mesh.uvs[a * 2]! + w1 * mesh.uvs[b * 2]! + w2 * mesh.uvs[c * 2]!;
            const v = w0 * mesh.uvs[a * 2 + 1]! + w1 * mesh.uvs[b * 2 + 1]! + w2 * mesh.uvs[c * 2 + 1]!;
            const tx = Math.min(
              texture.width - 1,
              Math.max(0, Math.floor((u - Math.floor(u)) * texture.width)),
            );
            const ty = Math.min(
              texture.height - 1,
              Math.max(0, Math.floor((1 - (v - Math.floor(v))) * texture.height)),
            );
            const ti = (ty * texture.width + tx) * 4;
            rgb = [0, 1, 2].map((k) => srgbToLinear(texture.rgba[ti + k]! / 255));
          }
          pixels.set(
            [
              linearToSrgbByte(rgb[0]! * shade),
              linearToSrgbByte(rgb[1]! * shade),
              linearToSrgbByte(rgb[2]! * shade),
            ],
            at * 4,
          );
        }
      }
    }
  }
  return pixels;
}

/** `frames` renders turning once around the vertical axis, starting at the preview's angle. */
export function turntableFrames(
  meshes: readonly MeshData[],
  frames: number,
  opts: RenderOptions = {},
): Uint8Array[] {
  const start = opts.yaw ?? -0.61;
  return Array.from({ length: frames }, (_, k) =>
    renderRgba(meshes, { ...opts, yaw: start + (k * 2 * Math.PI) / frames }),
  );
}
