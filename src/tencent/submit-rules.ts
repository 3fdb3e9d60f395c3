import { decodeBase64Strict, readImageInfo } from './image-info.ts';
import {
  CONVERT_FORMATS,
  CONVERT_SYNC_ACTION,
  CONVERT_SYNC_FIELDS,
  FACE_COUNT_MAX,
  FACE_COUNT_MIN,
  FACE_LEVELS,
  GENERATE_TYPES,
  IMAGE_SIDE_MAX,
  IMAGE_SIDE_MIN,
  type JobKind,
  type JobKindName,
  MOTION_DURATION_MAX,
  MOTION_DURATION_MIN,
  MOTION_MODELS,
  MOTION_TYPE_MAX,
  MOTION_TYPE_MIN,
  type ModelFileSpec,
  MULTI_VIEW_MAX_BYTES,
  PART_MODELS,
  POLYGON_TYPES,
  PRO_MODELS,
  PROFILE_TEMPLATES,
  RAPID_RESULT_FORMATS,
  TEXTURE_MODELS,
  TEXTURE_SIZE_MAX,
  TEXTURE_SIZE_MIN,
  VIEW_TYPES_30,
  VIEW_TYPES_31,
} from './job-kinds.ts';

/**
 * Pure validation of a Tencent-shaped Submit body (intl hunyuan 2023-09-01 and China ai3d 2025-05-13,
 * docs/hunyuan-api.md §2.2–§2.10): the kind's row, from its product's table, says which fields exist.
 * The simulator answers with the first violation; the gateway runs the same rules before it stores a
 * job, so a request the simulator would reject never takes a queue place or an upstream slot.
 *
 * Only what Tencent can tell from the request itself is checked here (fields, types, enums, sizes,
 * URL schemes). Whether a model file can be downloaded and read is found out by the job: Tencent
 * answers the Submit with a JobId and the job ends in FAIL (the simulator does the same).
 */
export interface RuleViolation {
  /** Tencent's dotted parameter path, e.g. `FaceCount` or `MultiViewImages.1.ViewType`. */
  field: string;
  tencentCode: 'InvalidParameter' | 'InvalidParameterValue' | 'UnknownParameter' | 'MissingParameter';
  message: string;
}

type JsonType = 'string' | 'boolean' | 'integer' | 'array' | 'object';

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
  // Post-processing kinds.
  File: 'object',
  File3D: 'object',
  Image: 'object',
  PartSegmentationInfo: 'string',
  EnableStagedGeneration: 'boolean',
  EnablePostProcess: 'boolean',
  FaceLevel: 'string',
  Format: 'string',
  MotionType: 'integer',
  // China ai3d kinds.
  EnableKeepUV: 'boolean',
  TextureSize: 'integer',
  Profile: 'object',
  Template: 'string',
  RetargetFile: 'object',
  Duration: 'integer',
  EnableMesh: 'boolean',
  EnableRewrite: 'boolean',
  EnableDurationEst: 'boolean',
};

/** Enumerated fields of the post-processing kinds; values are case-sensitive, as in Tencent's docs. */
const FIELD_ENUMS: Readonly<Record<string, readonly string[]>> = {
  FaceLevel: FACE_LEVELS,
  PolygonType: POLYGON_TYPES,
  Format: CONVERT_FORMATS,
  Template: PROFILE_TEMPLATES,
};

/** `Model` means a different thing on each kind that takes it. */
const MODEL_VALUES: Readonly<Partial<Record<JobKindName, readonly string[]>>> = {
  PRO: PRO_MODELS,
  PART: PART_MODELS,
  TEXTURE_TO_3D: TEXTURE_MODELS,
  MOTION: MOTION_MODELS,
};

/** Integer fields with a range: [min, max, what it is]. */
const FIELD_RANGES: Readonly<Record<string, readonly [number, number, string]>> = {
  MotionType: [MOTION_TYPE_MIN, MOTION_TYPE_MAX, " (one of Tencent's preset motions)"],
  TextureSize: [TEXTURE_SIZE_MIN, TEXTURE_SIZE_MAX, ' (pixels of the square texture)'],
  Duration: [MOTION_DURATION_MIN, MOTION_DURATION_MAX, ' (seconds)'],
};

const MODEL_FILE_FIELDS = ['Url', 'Type'] as const;
/** The output File3D used as an input (China ReduceFace, TextureTo3D): its PreviewImageUrl is ignored. */
const FILE3D_FIELDS = ['Url', 'Type', 'PreviewImageUrl'] as const;
const IMAGE_INFO_FIELDS = ['Base64', 'Url'] as const;

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
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
}

function typeName(type: JsonType): string {
  return type === 'array' ? 'an array' : type === 'integer' || type === 'object' ? `an ${type}` : `a ${type}`;
}

function rule(tencentCode: RuleViolation['tencentCode'], field: string, message: string): RuleViolation {
  return { field, tencentCode, message };
}

function invalid(field: string, message: string): RuleViolation {
  return rule('InvalidParameterValue', field, message);
}

function missing(field: string, message = `The request is missing a required parameter \`${field}\`.`) {
  return rule('MissingParameter', field, message);
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

interface SideLimits {
  min: number;
  max: number;
}

function checkImageBase64(
  field: string,
  encoded: string,
  maxBytes: number,
  formats: readonly string[],
  sides: SideLimits = { min: IMAGE_SIDE_MIN, max: IMAGE_SIDE_MAX },
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
  if ([info.width, info.height].some((s) => s < sides.min || s > sides.max)) {
    const range = `each side must be between ${sides.min} and ${sides.max} px`;
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

function checkProOptions(kind: JobKind, body: Record<string, unknown>): RuleViolation[] {
  const out = [
    ...checkEnum('Model', body.Model, PRO_MODELS),
    ...checkEnum('GenerateType', body.GenerateType, GENERATE_TYPES),
    ...checkEnum('PolygonType', body.PolygonType, POLYGON_TYPES),
    // China Pro only (the other products refuse the field as unknown before this).
    ...checkEnum('ResultFormat', body.ResultFormat, kind.resultFormats ?? []),
  ];
  const excluded = kind.model31Excludes ?? ['LowPoly', 'Sketch'];
  if (body.Model === '3.1' && typeof body.GenerateType === 'string' && excluded.includes(body.GenerateType)) {
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
  const min = kind.faceCountMin ?? FACE_COUNT_MIN;
  if (typeof faces === 'number' && Number.isInteger(faces) && (faces < min || faces > FACE_COUNT_MAX)) {
    out.push(
      invalid(
        'FaceCount',
        `The value of parameter \`FaceCount\` must be between ${min} and ${FACE_COUNT_MAX}.`,
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

function checkViews(views: unknown[], model31: boolean, allowedTypes?: readonly string[]): RuleViolation[] {
  const allowed: readonly string[] = allowedTypes ?? (model31 ? VIEW_TYPES_31 : VIEW_TYPES_30);
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
      const message = `The value \`${type}\` of parameter \`${at}.ViewType\` appears twice; only one image per view is accepted.`;
      out.push(invalid(`${at}.ViewType`, message));
    }
    seen.add(type);
  });
  if (totalBytes > MULTI_VIEW_MAX_BYTES) {
    const message = `The images in parameter \`MultiViewImages\` must not exceed ${MULTI_VIEW_MAX_BYTES} bytes in total (base64).`;
    out.push(invalid('MultiViewImages', message));
  }
  return out;
}

function checkRapidOptions(kind: JobKind, body: Record<string, unknown>): RuleViolation[] {
  const out = checkEnum('ResultFormat', body.ResultFormat, kind.resultFormats ?? RAPID_RESULT_FORMATS);
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

/**
 * An object field's members: undeclared ones are `UnknownParameter`, non-strings `InvalidParameter`
 * (every member of InputFile3D and ImageInfo is a string).
 */
function checkMembers(at: string, value: object, members: readonly string[], out: RuleViolation[]): void {
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined) continue;
    const field = `${at}.${key}`;
    if (!members.includes(key)) {
      const accepted = `\`${at}\` accepts: ${list(members)}.`;
      out.push(rule('UnknownParameter', field, `The parameter \`${field}\` is not recognized. ${accepted}`));
    } else if (typeof member !== 'string') {
      out.push(rule('InvalidParameter', field, `The parameter \`${field}\` must be a string.`));
    }
  }
}

/** The InputFile3D `{ Url, Type }` of a post-processing kind; Type is matched case-insensitively. */
function checkModelFile(spec: ModelFileSpec, value: unknown): RuleViolation[] {
  const at = spec.field;
  if (value === undefined) return spec.required ? [missing(at)] : [];
  const out: RuleViolation[] = [];
  checkMembers(at, value as object, spec.struct === 'File3D' ? FILE3D_FIELDS : MODEL_FILE_FIELDS, out);
  const { Url: url, Type: type } = value as Record<string, unknown>;
  if (url === undefined) out.push(missing(`${at}.Url`));
  if (type === undefined) out.push(missing(`${at}.Type`));
  if (typeof type === 'string' && !spec.types.includes(type.toUpperCase())) {
    out.push(
      invalid(
        `${at}.Type`,
        `The value of parameter \`${at}.Type\` must be one of ${list(spec.types)} (received \`${type}\`).`,
      ),
    );
  }
  if (typeof url === 'string') out.push(...checkImageUrl(`${at}.Url`, url));
  return out;
}

const ONE_TEXTURE_INPUT = 'One of the parameters `Image` or `Prompt` is required.';
const TEXTURE_BOTH = 'The parameters `Image` and `Prompt` cannot be used together.';
const PBR_NEEDS_PROMPT = 'The parameter `EnablePBR` is only accepted together with `Prompt`.';
const VIEWS_NEED_31 = 'The parameter `MultiViewImages` is only accepted with `Model` `3.1`.';
const VIEWS_WITH_PROMPT = 'The parameters `MultiViewImages` and `Prompt` cannot be used together.';

/** An ImageInfo `{ Url, Base64 }` (TextureEdit's and TextureTo3D's `Image`, Profile's `Profile`). */
function checkImageInfo(kind: JobKind, at: string, image: object, out: RuleViolation[]): void {
  checkMembers(at, image, IMAGE_INFO_FIELDS, out);
  const { Base64: b64, Url: url } = image as Record<string, unknown>;
  if (b64 === undefined && url === undefined) {
    out.push(missing(`${at}.Url`, `One of the parameters \`${at}.Url\` or \`${at}.Base64\` is required.`));
  }
  if (typeof url === 'string') out.push(...checkImageUrl(`${at}.Url`, url));
  if (typeof b64 === 'string') {
    const sides = kind.imageInfoSides ?? { min: IMAGE_SIDE_MIN, max: IMAGE_SIDE_MAX };
    out.push(...checkImageBase64(`${at}.Base64`, b64, kind.imageBase64MaxBytes, ['png', 'jpeg'], sides));
  }
}

/**
 * A re-texturing reference: exactly one of Image / Prompt. TextureEdit: EnablePBR only with Prompt.
 * TextureTo3D: multi-view images (Model 3.1 only) add views to the Image, never with a Prompt
 * ("image、image_url和prompt必填其一": views alone are no reference).
 */
function checkTextureInputs(kind: JobKind, body: Record<string, unknown>): RuleViolation[] {
  const out: RuleViolation[] = [];
  const hasPrompt = body.Prompt !== undefined;
  const image = body.Image;
  const views = body.MultiViewImages;
  if (!hasPrompt && image === undefined) out.push(missing('Prompt', ONE_TEXTURE_INPUT));
  if (hasPrompt && image !== undefined) out.push(invalid('Prompt', TEXTURE_BOTH));
  if (kind.name === 'TEXTURE_EDIT' && body.EnablePBR === true && !hasPrompt)
    out.push(invalid('EnablePBR', PBR_NEEDS_PROMPT));
  if (typeof body.Prompt === 'string') out.push(...checkPrompt(kind, body.Prompt));
  if (typeof image === 'object' && image !== null) checkImageInfo(kind, 'Image', image, out);
  if (Array.isArray(views)) {
    if (body.Model !== '3.1') out.push(invalid('MultiViewImages', VIEWS_NEED_31));
    if (hasPrompt) out.push(invalid('MultiViewImages', VIEWS_WITH_PROMPT));
    out.push(...checkViews(views, true));
  }
  return out;
}

/** `{"<mesh>_part_1": {"face_ids": [1, 2, 3], "color": "#FF805C"}, …}` as JSON text. */
export function parsePartSegmentation(
  text: string,
): Record<string, { face_ids: number[]; color?: string }> | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'is not valid JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be a JSON object';
  if (Object.keys(value).length === 0) return 'must name at least one part';
  for (const [name, part] of Object.entries(value)) {
    if (typeof part !== 'object' || part === null || Array.isArray(part)) {
      return `has a part \`${name}\` that is not an object`;
    }
    const { face_ids: ids, color } = part as Record<string, unknown>;
    if (!Array.isArray(ids) || !ids.every((id) => Number.isInteger(id) && (id as number) >= 0)) {
      return `has a part \`${name}\` whose \`face_ids\` is not an array of face indices`;
    }
    if (color !== undefined && (typeof color !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(color))) {
      return `has a part \`${name}\` whose \`color\` is not \`#RRGGBB\``;
    }
  }
  return value as Record<string, { face_ids: number[]; color?: string }>;
}

/**
 * Every kind that works on a model or a reference (not PRO/RAPID): the model file, required fields,
 * enums, ranges, segmentation, and the kind's reference image or prompt.
 */
function checkPostProcess(kind: JobKind, body: Record<string, unknown>): RuleViolation[] {
  const out = kind.file ? checkModelFile(kind.file, body[kind.file.field]) : [];
  for (const field of kind.requiredFields ?? []) if (body[field] === undefined) out.push(missing(field));
  for (const [field, allowed] of Object.entries(FIELD_ENUMS))
    out.push(...checkEnum(field, body[field], allowed));
  out.push(...checkEnum('Model', body.Model, MODEL_VALUES[kind.name] ?? []));
  for (const [field, [min, max, what]] of Object.entries(FIELD_RANGES)) {
    const value = body[field];
    if (typeof value === 'number' && (value < min || value > max)) {
      out.push(
        invalid(field, `The value of parameter \`${field}\` must be between ${min} and ${max}${what}.`),
      );
    }
  }
  if (typeof body.PartSegmentationInfo === 'string') {
    const parsed = parsePartSegmentation(body.PartSegmentationInfo);
    if (typeof parsed === 'string') {
      out.push(invalid('PartSegmentationInfo', `The value of parameter \`PartSegmentationInfo\` ${parsed}.`));
    }
  }
  if (kind.imageInfoField === 'Image') out.push(...checkTextureInputs(kind, body));
  if (kind.imageInfoField === 'Profile' && typeof body.Profile === 'object' && body.Profile !== null)
    checkImageInfo(kind, 'Profile', body.Profile, out);
  // Motion: the prompt is the input.
  if (kind.imageInfoField === undefined && typeof body.Prompt === 'string')
    out.push(...checkPrompt(kind, body.Prompt));
  return out;
}

/** Every violation, shape problems first; value rules skip fields whose JSON type was already wrong. */
export function checkSubmitRequest(kind: JobKind, body: Record<string, unknown>): RuleViolation[] {
  const shape = checkShape(kind, body);
  const bad = new Set(shape.map((v) => v.field));
  const clean = Object.fromEntries(Object.entries(body).filter(([field]) => !bad.has(field)));
  if (!kind.generates) return [...shape, ...checkPostProcess(kind, clean)];
  const options = kind.name === 'RAPID' ? checkRapidOptions(kind, clean) : checkProOptions(kind, clean);
  return [...shape, ...checkInputs(kind, clean), ...options];
}

/**
 * The synchronous `Convert3DFormat`: `File3D` is a URL string here (not an InputFile3D) and `Format`
 * one of STL, USDZ, FBX, MP4, GIF; both required.
 */
export function checkConvertRequest(body: Record<string, unknown>): RuleViolation[] {
  const out: RuleViolation[] = [];
  const fields: readonly string[] = CONVERT_SYNC_FIELDS;
  for (const [field, value] of Object.entries(body)) {
    if (value === undefined) continue;
    if (!fields.includes(field)) {
      const accepted = `${CONVERT_SYNC_ACTION} accepts: ${list(fields)}.`;
      out.push(rule('UnknownParameter', field, `The parameter \`${field}\` is not recognized. ${accepted}`));
    } else if (typeof value !== 'string') {
      out.push(rule('InvalidParameter', field, `The parameter \`${field}\` must be a string.`));
    }
  }
  for (const field of fields) if (body[field] === undefined) out.push(missing(field));
  if (typeof body.File3D === 'string') out.push(...checkImageUrl('File3D', body.File3D));
  out.push(...checkEnum('Format', body.Format, CONVERT_FORMATS));
  return out;
}
