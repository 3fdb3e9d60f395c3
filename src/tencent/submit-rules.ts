import { decodeBase64Strict, readImageInfo } from './image-info.ts';
import {
  FACE_COUNT_MAX,
  FACE_COUNT_MIN,
  GENERATE_TYPES,
  IMAGE_SIDE_MAX,
  IMAGE_SIDE_MIN,
  type JobKind,
  MULTI_VIEW_MAX_BYTES,
  POLYGON_TYPES,
  PRO_MODELS,
  RAPID_RESULT_FORMATS,
  VIEW_TYPES_30,
  VIEW_TYPES_31,
} from './job-kinds.ts';

/**
 * Pure validation of a Tencent-shaped Submit body (intl hunyuan 2023-09-01, hunyuan-api.md §2.2, §2.4).
 * The simulator answers with the first violation; the gateway runs the same rules before it stores a
 * job, so a request the simulator would reject never takes a queue place or an upstream slot.
 */
export interface RuleViolation {
  /** Tencent's dotted parameter path, e.g. `FaceCount` or `MultiViewImages.1.ViewType`. */
  field: string;
  tencentCode: 'InvalidParameter' | 'InvalidParameterValue' | 'UnknownParameter' | 'MissingParameter';
  message: string;
}

type JsonType = 'string' | 'boolean' | 'integer' | 'array';

const FIELD_TYPES: Readonly<Record<string, JsonType>> = {
  Model: 'string',
  Prompt: 'string',
  ImageBase64: 'string',
  ImageUrl: 'string',
  MultiViewImages: 'array',
  EnablePBR: 'boolean',
  FaceCount: 'integer',
  GenerateType: 'string',
  PolygonType: 'string',
  ResultFormat: 'string',
  EnableGeometry: 'boolean',
};

const VIEW_FIELDS = ['ViewType', 'ViewImageUrl', 'ViewImageBase64'] as const;
/** Multi-view images must be JPG or PNG (Pro request doc); the main image may also be WebP. */
const VIEW_FORMATS: readonly string[] = ['png', 'jpeg'];

const list = (values: readonly string[]): string => values.map((v) => `\`${v}\``).join(', ');

function hasType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
  }
}

function typeName(type: JsonType): string {
  return type === 'array' ? 'an array' : type === 'integer' ? 'an integer' : `a ${type}`;
}

function rule(tencentCode: RuleViolation['tencentCode'], field: string, message: string): RuleViolation {
  return { field, tencentCode, message };
}

function invalid(field: string, message: string): RuleViolation {
  return rule('InvalidParameterValue', field, message);
}

function checkImageUrl(field: string, url: string): RuleViolation[] {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed?.protocol === 'http:' || parsed?.protocol === 'https:') return [];
  return [invalid(field, `The value of parameter \`${field}\` must be an http or https URL.`)];
}

function checkImageBase64(
  field: string,
  encoded: string,
  maxBytes: number,
  formats: readonly string[],
): RuleViolation[] {
  if (encoded.length > maxBytes) {
    return [
      invalid(field, `The value of parameter \`${field}\` must not exceed ${maxBytes} bytes (base64).`),
    ];
  }
  const bytes = decodeBase64Strict(encoded);
  if (bytes === undefined || bytes.length === 0) {
    return [invalid(field, `The value of parameter \`${field}\` is not valid base64.`)];
  }
  const info = readImageInfo(bytes);
  const names = formats.map((f) => (f === 'jpeg' ? 'JPEG' : f === 'png' ? 'PNG' : 'WebP')).join(', ');
  if (info === undefined || !formats.includes(info.format)) {
    return [invalid(field, `The value of parameter \`${field}\` must be an image in one of: ${names}.`)];
  }
  const sides = [info.width, info.height];
  if (sides.some((s) => s < IMAGE_SIDE_MIN || s > IMAGE_SIDE_MAX)) {
    const range = `each side must be between ${IMAGE_SIDE_MIN} and ${IMAGE_SIDE_MAX} px`;
    return [
      invalid(field, `The image in parameter \`${field}\` is ${info.width}x${info.height} px; ${range}.`),
    ];
  }
  return [];
}

/** Undeclared fields and wrong JSON types, checked before any value rule. */
function checkShape(kind: JobKind, body: Record<string, unknown>): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const [field, value] of Object.entries(body)) {
    // An explicit `undefined` (a caller's object, never parsed JSON) means the field was not sent.
    if (value === undefined) continue;
    const type = FIELD_TYPES[field];
    if (!kind.submitFields.includes(field) || type === undefined) {
      const accepted = `${kind.submitAction} accepts: ${list(kind.submitFields)}.`;
      out.push(rule('UnknownParameter', field, `The parameter \`${field}\` is not recognized. ${accepted}`));
    } else if (!hasType(value, type)) {
      out.push(rule('InvalidParameter', field, `The parameter \`${field}\` must be ${typeName(type)}.`));
    }
  }
  return out;
}

const ONE_INPUT = 'One of the parameters `Prompt`, `ImageBase64` or `ImageUrl` is required.';
const PROMPT_WITH_IMAGE =
  'The parameter `Prompt` cannot be used together with `ImageBase64` or `ImageUrl` (only with `GenerateType` `Sketch`).';
const SKETCH_NEEDS_IMAGE =
  'With `GenerateType` `Sketch` a sketch image in `ImageBase64` or `ImageUrl` is required.';
const VIEWS_NEED_IMAGE =
  'The parameter `MultiViewImages` is only accepted together with `ImageBase64` or `ImageUrl`.';

function checkPrompt(kind: JobKind, prompt: string): RuleViolation[] {
  const chars = [...prompt].length;
  if (prompt.trim() === '') return [invalid('Prompt', 'The value of parameter `Prompt` must not be empty.')];
  if (chars <= kind.promptMaxChars) return [];
  const limit = `must be at most ${kind.promptMaxChars} characters (received ${chars})`;
  return [invalid('Prompt', `The value of parameter \`Prompt\` ${limit}.`)];
}

/** Exactly one of Prompt / ImageBase64 / ImageUrl (Sketch may add a Prompt), and each input's own rules. */
function checkInputs(kind: JobKind, body: Record<string, unknown>): RuleViolation[] {
  const hasPrompt = body.Prompt !== undefined;
  const hasImage = body.ImageBase64 !== undefined || body.ImageUrl !== undefined;
  const sketch = body.GenerateType === 'Sketch';
  const out: RuleViolation[] = [];
  if (!hasPrompt && !hasImage) out.push(rule('MissingParameter', 'Prompt', ONE_INPUT));
  if (body.ImageBase64 !== undefined && body.ImageUrl !== undefined) {
    out.push(invalid('ImageUrl', 'The parameters `ImageBase64` and `ImageUrl` cannot be used together.'));
  }
  if (hasPrompt && hasImage && !sketch) out.push(invalid('Prompt', PROMPT_WITH_IMAGE));
  if (sketch && !hasImage) out.push(invalid('ImageBase64', SKETCH_NEEDS_IMAGE));
  if (body.MultiViewImages !== undefined && !hasImage) out.push(invalid('MultiViewImages', VIEWS_NEED_IMAGE));
  if (typeof body.Prompt === 'string') out.push(...checkPrompt(kind, body.Prompt));
  if (typeof body.ImageBase64 === 'string') {
    const formats = ['png', 'jpeg', 'webp'];
    out.push(...checkImageBase64('ImageBase64', body.ImageBase64, kind.imageBase64MaxBytes, formats));
  }
  if (typeof body.ImageUrl === 'string') out.push(...checkImageUrl('ImageUrl', body.ImageUrl));
  return out;
}

function checkEnum(field: string, value: unknown, allowed: readonly string[]): RuleViolation[] {
  if (typeof value !== 'string' || allowed.includes(value)) return [];
  return [
    invalid(
      field,
      `The value of parameter \`${field}\` must be one of ${list(allowed)} (received \`${value}\`).`,
    ),
  ];
}

function checkProOptions(body: Record<string, unknown>): RuleViolation[] {
  const out = [
    ...checkEnum('Model', body.Model, PRO_MODELS),
    ...checkEnum('GenerateType', body.GenerateType, GENERATE_TYPES),
    ...checkEnum('PolygonType', body.PolygonType, POLYGON_TYPES),
  ];
  if (body.Model === '3.1' && (body.GenerateType === 'LowPoly' || body.GenerateType === 'Sketch')) {
    out.push(
      invalid(
        'GenerateType',
        `The value \`${body.GenerateType}\` of parameter \`GenerateType\` is not available with \`Model\` \`3.1\`; use \`Model\` \`3.0\`.`,
      ),
    );
  }
  if (typeof body.PolygonType === 'string' && body.GenerateType !== 'LowPoly') {
    out.push(
      invalid('PolygonType', 'The parameter `PolygonType` is only accepted with `GenerateType` `LowPoly`.'),
    );
  }
  const faces = body.FaceCount;
  if (
    typeof faces === 'number' &&
    Number.isInteger(faces) &&
    (faces < FACE_COUNT_MIN || faces > FACE_COUNT_MAX)
  ) {
    out.push(
      invalid(
        'FaceCount',
        `The value of parameter \`FaceCount\` must be between ${FACE_COUNT_MIN} and ${FACE_COUNT_MAX}.`,
      ),
    );
  }
  if (Array.isArray(body.MultiViewImages))
    out.push(...checkViews(body.MultiViewImages, body.Model === '3.1'));
  return out;
}

/** One view's own rules; the rules across views (one per view, total size) are in checkViews. */
function checkView(view: unknown, at: string, allowed: readonly string[], out: RuleViolation[]): void {
  if (typeof view !== 'object' || view === null || Array.isArray(view)) {
    out.push(rule('InvalidParameter', at, `The parameter \`${at}\` must be an object.`));
    return;
  }
  for (const [key, value] of Object.entries(view)) {
    const field = `${at}.${key}`;
    if (!(VIEW_FIELDS as readonly string[]).includes(key)) {
      const accepted = `A view accepts: ${list(VIEW_FIELDS)}.`;
      out.push(rule('UnknownParameter', field, `The parameter \`${field}\` is not recognized. ${accepted}`));
    } else if (typeof value !== 'string') {
      out.push(rule('InvalidParameter', field, `The parameter \`${field}\` must be a string.`));
    }
  }
  const { ViewType: type, ViewImageUrl: url, ViewImageBase64: b64 } = view as Record<string, unknown>;
  if (type === undefined) {
    out.push(rule('MissingParameter', `${at}.ViewType`, `The parameter \`${at}.ViewType\` is required.`));
  }
  out.push(...checkEnum(`${at}.ViewType`, type, allowed));
  if (url === undefined && b64 === undefined) {
    const message = `One of the parameters \`${at}.ViewImageUrl\` or \`${at}.ViewImageBase64\` is required.`;
    out.push(rule('MissingParameter', `${at}.ViewImageUrl`, message));
  }
  if (typeof url === 'string') out.push(...checkImageUrl(`${at}.ViewImageUrl`, url));
  if (typeof b64 === 'string') {
    out.push(...checkImageBase64(`${at}.ViewImageBase64`, b64, MULTI_VIEW_MAX_BYTES, VIEW_FORMATS));
  }
}

function checkViews(views: unknown[], model31: boolean): RuleViolation[] {
  const allowed: readonly string[] = model31 ? VIEW_TYPES_31 : VIEW_TYPES_30;
  const seen = new Set<string>();
  const out: RuleViolation[] = [];
  let totalBytes = 0;
  views.forEach((view, i) => {
    const at = `MultiViewImages.${i}`;
    checkView(view, at, allowed, out);
    const { ViewType: type, ViewImageBase64: b64 } = (view ?? {}) as Record<string, unknown>;
    if (typeof b64 === 'string') totalBytes += b64.length;
    if (typeof type !== 'string') return;
    if (seen.has(type)) {
      out.push(invalid(`${at}.ViewType`, `Only one image per view is accepted; \`${type}\` appears twice.`));
    }
    seen.add(type);
  });
  if (totalBytes > MULTI_VIEW_MAX_BYTES) {
    const message = `The images in parameter \`MultiViewImages\` must not exceed ${MULTI_VIEW_MAX_BYTES} bytes in total (base64).`;
    out.push(invalid('MultiViewImages', message));
  }
  return out;
}

function checkRapidOptions(body: Record<string, unknown>): RuleViolation[] {
  const out = checkEnum('ResultFormat', body.ResultFormat, RAPID_RESULT_FORMATS);
  if (body.EnableGeometry === true && body.ResultFormat === 'OBJ') {
    out.push(
      invalid(
        'ResultFormat',
        'The value `OBJ` of parameter `ResultFormat` is not available with `EnableGeometry` `true`.',
      ),
    );
  }
  return out;
}

/** Every violation, shape problems first; value rules skip fields whose JSON type was already wrong. */
export function checkSubmitRequest(kind: JobKind, body: Record<string, unknown>): RuleViolation[] {
  const shape = checkShape(kind, body);
  const bad = new Set(shape.map((v) => v.field));
  const clean = Object.fromEntries(Object.entries(body).filter(([field]) => !bad.has(field)));
  const options = kind.name === 'RAPID' ? checkRapidOptions(clean) : checkProOptions(clean);
  return [...shape, ...checkInputs(kind, clean), ...options];
}
