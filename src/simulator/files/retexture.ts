import { hashPrompt } from './mesh.ts';
import { bounds, type MeshData, seededRandom, srgbToLinear, type Vec3 } from './model.ts';
import { encodePng } from './png.ts';
import { bakeTexture, unwrapUvs } from './uv.ts';

/**
 * Re-texturing (TextureEdit / TextureTo3D): a new base-colour texture for the same geometry, chosen
 * by the prompt (or a reference image's bytes). The pattern is a solid 3D texture (stripes, checks,
 * spots or marble) in two or three colours from the prompt's hash and colour words, baked over the
 * model's UVs (unwrapped first when it has none, or when `keepUv` is false), so it wraps coherently
 * around the shape rather than per UV island.
 */
export interface RetextureOptions {
  /** Square texture size in pixels (China's TextureSize is 720..4096; we keep files small). @default 256 */
  size?: number;
  /** Keep the model's UVs when it has them (China's EnableKeepUV). @default true */
  keepUv?: boolean;
}

type Pattern = 'stripes' | 'checks' | 'spots' | 'marble';
const PATTERNS: readonly Pattern[] = ['stripes', 'checks', 'spots', 'marble'];

/** sRGB colour words, as in the generator's table, for "a red and white ..." prompts. */
const COLOR_WORDS: readonly [RegExp, Vec3][] = [
  [/\bred\b|红/i, [0.86, 0.2, 0.18]],
  [/\borange\b|橙/i, [0.95, 0.55, 0.15]],
  [/\b(?:yellow|gold(?:en)?)\b|黄|金/i, [0.95, 0.8, 0.2]],
  [/\bgreen\b|绿/i, [0.25, 0.65, 0.25]],
  [/\bblue\b|蓝/i, [0.2, 0.4, 0.85]],
  [/\b(?:purple|violet)\b|紫/i, [0.55, 0.3, 0.75]],
  [/\bpink\b|粉/i, [0.95, 0.6, 0.72]],
  [/\bbrown\b|wood|棕|褐|木/i, [0.55, 0.36, 0.2]],
  [/\b(?:white|snow)\b|白/i, [0.95, 0.95, 0.95]],
  [/\bblack\b|黑/i, [0.08, 0.08, 0.08]],
  [/\b(?:gr[ae]y|silver|metal)\b|灰|银/i, [0.6, 0.62, 0.65]],
];

export interface TextureStyle {
  pattern: Pattern;
  /** Linear RGB. */
  colors: [Vec3, Vec3, Vec3];
  /** Pattern frequency, in repeats across the model's largest extent. */
  frequency: number;
}

export function textureStyle(prompt: string): TextureStyle {
  const seed = hashPrompt(prompt.trim().toLowerCase());
  const random = seededRandom(seed);
  const named = COLOR_WORDS.map(([re, rgb]) => ({ at: prompt.search(re), rgb }))
    .filter((c) => c.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((c) => c.rgb);
  const hue = (): Vec3 => {
    const h = random();
    const k = (n: number) => (n + h * 12) % 12;
    const ch = (n: number) => 0.55 - 0.35 * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
    return [ch(0), ch(8), ch(4)];
  };
  const srgb = [named[0] ?? hue(), named[1] ?? hue(), named[2] ?? hue()];
  const colors = srgb.map((c) => c.map(srgbToLinear) as Vec3) as [Vec3, Vec3, Vec3];
  let pattern = PATTERNS[seed % PATTERNS.length] ?? 'stripes';
  if (/stripe|条纹/i.test(prompt)) pattern = 'stripes';
  else if (/check|plaid|tartan|格/i.test(prompt)) pattern = 'checks';
  else if (/spot|dot|polka|斑点|圆点/i.test(prompt)) pattern = 'spots';
  else if (/marble|stone|rock|大理石|石/i.test(prompt)) pattern = 'marble';
  return { pattern, colors, frequency: 4 + ((seed >>> 8) % 5) };
}

/** The re-textured mesh (UVs + PNG texture; vertex colours dropped in favour of the texture). */
export function retexture(mesh: MeshData, prompt: string, opts: RetextureOptions = {}): MeshData {
  const size = opts.size ?? 256;
  const base = mesh.uvs && (opts.keepUv ?? true) ? mesh : unwrapUvs(mesh);
  const style = textureStyle(prompt);
  const { min, max } = bounds(base.positions);
  const extent = Math.max(max[0] - min[0], max[1] - min[1], max[2] - min[2]) || 1;
  const f = (style.frequency * Math.PI * 2) / extent;
  const [a, b, c] = style.colors;
  const mix = (p: Vec3, q: Vec3, t: number): Vec3 => [
    p[0] + (q[0] - p[0]) * t,
    p[1] + (q[1] - p[1]) * t,
    p[2] + (q[2] - p[2]) * t,
  ];
  const rgba = bakeTexture(base, size, ([x, y, z]) => {
    switch (style.pattern) {
      case 'stripes':
        return Math.sin(y * f) > 0 ? a : b;
      case 'checks':
        return (Math.floor((x - min[0]) * (f / Math.PI)) +
          Math.floor((y - min[1]) * (f / Math.PI)) +
          Math.floor((z - min[2]) * (f / Math.PI))) %
          2 ===
          0
          ? a
          : b;
      case 'spots': {
        const cell = Math.PI / f;
        const d = Math.hypot(
          ((((x - min[0]) % cell) + cell) % cell) - cell / 2,
          ((((y - min[1]) % cell) + cell) % cell) - cell / 2,
          ((((z - min[2]) % cell) + cell) % cell) - cell / 2,
        );
        return d < cell * 0.3 ? b : a;
      }
      default: {
        const t = 0.5 + 0.5 * Math.sin(x * f + 3 * Math.sin(y * f * 0.7) + 2 * Math.sin(z * f * 1.3));
        return t > 0.85 ? c : mix(a, b, t);
      }
    }
  });
  const out: MeshData = { ...base, texture: encodePng(size, size, rgba) };
  delete out.colors;
  return out;
}
