import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/simulator/files/png.ts';
import { JOB_KINDS } from '../../../src/tencent/job-kinds.ts';
import { checkSubmitRequest, type RuleViolation } from '../../../src/tencent/submit-rules.ts';

const PRO = JOB_KINDS.PRO;
const RAPID = JOB_KINDS.RAPID;

function png(width: number, height: number): string {
  return encodePng(width, height, new Uint8Array(width * height * 4)).toString('base64');
}

/** Header-only baseline JPEG: SOI + SOF0 with the given size (readImageInfo needs no more). */
function jpeg(width: number, height: number): string {
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03];
  return Buffer.from([0xff, 0xd8, ...sof, ...new Array(9).fill(0), 0xff, 0xd9]).toString('base64');
}

/** Header-only lossless WebP (VP8L) of the given size. */
function webp(width: number, height: number): string {
  const b = Buffer.alloc(30);
  b.write('RIFF', 0, 'ascii');
  b.writeUInt32LE(22, 4);
  b.write('WEBPVP8L', 8, 'ascii');
  b.writeUInt32LE(10, 16);
  b[20] = 0x2f;
  b.writeUInt32LE(((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14), 21);
  return b.toString('base64');
}

const IMG = png(256, 256);

function first(kind = PRO, body: Record<string, unknown> = {}): RuleViolation | undefined {
  return checkSubmitRequest(kind, body)[0];
}

describe('checkSubmitRequest: accepted bodies', () => {
  it.each<[string, Record<string, unknown>]>([
    ['prompt only', { Prompt: 'a cat' }],
    ['PNG image', { ImageBase64: IMG }],
    ['JPEG image', { ImageBase64: jpeg(300, 400) }],
    ['WebP image', { ImageBase64: webp(512, 512) }],
    ['data URL prefix', { ImageBase64: `data:image/png;base64,${IMG}` }],
    ['image URL', { ImageUrl: 'https://example.com/cat.png' }],
    [
      'all options',
      {
        Prompt: 'cat',
        Model: '3.0',
        EnablePBR: true,
        FaceCount: 3000,
        GenerateType: 'LowPoly',
        PolygonType: 'quadrilateral',
      },
    ],
    ['max face count', { Prompt: 'cat', FaceCount: 1_500_000 }],
    ['sketch with prompt and image', { Prompt: 'a chair', ImageBase64: IMG, GenerateType: 'Sketch' }],
    ['3.1 geometry', { Prompt: 'cat', Model: '3.1', GenerateType: 'Geometry' }],
    [
      'multi-view on 3.1',
      {
        ImageUrl: 'https://example.com/front.png',
        Model: '3.1',
        MultiViewImages: [
          { ViewType: 'top', ViewImageUrl: 'https://example.com/top.png' },
          { ViewType: 'left', ViewImageBase64: png(128, 128) },
        ],
      },
    ],
    ['1024 code points (CJK)', { Prompt: '猫'.repeat(1024) }],
  ])('Pro: %s', (_name, body) => {
    expect(checkSubmitRequest(PRO, body)).toEqual([]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['prompt', { Prompt: 'x'.repeat(200) }],
    ['GLB geometry', { Prompt: 'cat', ResultFormat: 'GLB', EnableGeometry: true }],
    ['geometry, default format', { Prompt: 'cat', EnableGeometry: true }],
    ['GIF', { ImageUrl: 'http://example.com/a.jpg', ResultFormat: 'GIF', EnablePBR: false }],
  ])('Rapid: %s', (_name, body) => {
    expect(checkSubmitRequest(RAPID, body)).toEqual([]);
  });
});

describe('checkSubmitRequest: violations', () => {
  it.each<[string, typeof PRO, Record<string, unknown>, Partial<RuleViolation>]>([
    ['undeclared field', PRO, { Prompt: 'cat', Num: 1 }, { field: 'Num', tencentCode: 'UnknownParameter' }],
    [
      'Rapid has no GenerateType',
      RAPID,
      { Prompt: 'cat', GenerateType: 'Normal' },
      { field: 'GenerateType', tencentCode: 'UnknownParameter' },
    ],
    [
      'Pro has no ResultFormat',
      PRO,
      { Prompt: 'cat', ResultFormat: 'GLB' },
      { field: 'ResultFormat', tencentCode: 'UnknownParameter' },
    ],
    ['Prompt not a string', PRO, { Prompt: 42 }, { field: 'Prompt', tencentCode: 'InvalidParameter' }],
    [
      'FaceCount as string',
      PRO,
      { Prompt: 'cat', FaceCount: '5000' },
      { field: 'FaceCount', tencentCode: 'InvalidParameter' },
    ],
    [
      'FaceCount fractional',
      PRO,
      { Prompt: 'cat', FaceCount: 5000.5 },
      { field: 'FaceCount', tencentCode: 'InvalidParameter' },
    ],
    [
      'EnablePBR as string',
      PRO,
      { Prompt: 'cat', EnablePBR: 'true' },
      { field: 'EnablePBR', tencentCode: 'InvalidParameter' },
    ],
    [
      'MultiViewImages not array',
      PRO,
      { ImageUrl: 'https://e.com/a.png', MultiViewImages: {} },
      { field: 'MultiViewImages', tencentCode: 'InvalidParameter' },
    ],
    ['null value', PRO, { Prompt: null }, { field: 'Prompt', tencentCode: 'InvalidParameter' }],
    ['no input', PRO, {}, { field: 'Prompt', tencentCode: 'MissingParameter' }],
    [
      'prompt + image',
      PRO,
      { Prompt: 'cat', ImageUrl: 'https://e.com/a.png' },
      { field: 'Prompt', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'prompt + image on Rapid',
      RAPID,
      { Prompt: 'cat', ImageBase64: IMG },
      { field: 'Prompt', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'both image fields',
      PRO,
      { ImageBase64: IMG, ImageUrl: 'https://e.com/a.png' },
      { field: 'ImageUrl', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'sketch without image',
      PRO,
      { Prompt: 'cat', GenerateType: 'Sketch' },
      { field: 'ImageBase64', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'views without main image',
      PRO,
      { Prompt: 'cat', MultiViewImages: [{ ViewType: 'left', ViewImageUrl: 'https://e.com/l.png' }] },
      { field: 'MultiViewImages', tencentCode: 'InvalidParameterValue' },
    ],
    ['empty prompt', PRO, { Prompt: '  ' }, { field: 'Prompt', tencentCode: 'InvalidParameterValue' }],
    [
      'Pro prompt too long',
      PRO,
      { Prompt: '猫'.repeat(1025) },
      { field: 'Prompt', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'Rapid prompt too long',
      RAPID,
      { Prompt: 'x'.repeat(201) },
      { field: 'Prompt', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'GenerateType enum',
      PRO,
      { Prompt: 'cat', GenerateType: 'normal' },
      { field: 'GenerateType', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'PolygonType enum',
      PRO,
      { Prompt: 'cat', GenerateType: 'LowPoly', PolygonType: 'hexagon' },
      { field: 'PolygonType', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'PolygonType without LowPoly',
      PRO,
      { Prompt: 'cat', PolygonType: 'triangle' },
      { field: 'PolygonType', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'Model enum',
      PRO,
      { Prompt: 'cat', Model: '3.5' },
      { field: 'Model', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'LowPoly on 3.1',
      PRO,
      { Prompt: 'cat', Model: '3.1', GenerateType: 'LowPoly' },
      { field: 'GenerateType', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'Sketch on 3.1',
      PRO,
      { Prompt: 'cat', ImageBase64: IMG, Model: '3.1', GenerateType: 'Sketch' },
      { field: 'GenerateType', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'FaceCount too low',
      PRO,
      { Prompt: 'cat', FaceCount: 2999 },
      { field: 'FaceCount', message: 'The value of parameter `FaceCount` must be between 3000 and 1500000.' },
    ],
    [
      'FaceCount too high',
      PRO,
      { Prompt: 'cat', FaceCount: 1_500_001 },
      { field: 'FaceCount', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'Rapid ResultFormat enum',
      RAPID,
      { Prompt: 'cat', ResultFormat: 'PLY' },
      { field: 'ResultFormat', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'Rapid geometry + OBJ',
      RAPID,
      { Prompt: 'cat', EnableGeometry: true, ResultFormat: 'OBJ' },
      { field: 'ResultFormat', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'bad base64',
      PRO,
      { ImageBase64: 'not base64!' },
      { field: 'ImageBase64', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'not an image',
      PRO,
      { ImageBase64: Buffer.from('hello world!').toString('base64') },
      { field: 'ImageBase64', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'image too small',
      PRO,
      { ImageBase64: png(127, 300) },
      { field: 'ImageBase64', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'image too large',
      PRO,
      { ImageBase64: jpeg(5001, 300) },
      { field: 'ImageBase64', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'image over 8 MB',
      PRO,
      { ImageBase64: 'A'.repeat(8 * 1024 * 1024 + 4) },
      { field: 'ImageBase64', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'ImageUrl not http',
      PRO,
      { ImageUrl: 'ftp://example.com/a.png' },
      { field: 'ImageUrl', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'ImageUrl not a URL',
      RAPID,
      { ImageUrl: 'cat.png' },
      { field: 'ImageUrl', tencentCode: 'InvalidParameterValue' },
    ],
  ])('%s', (_name, kind, body, expected) => {
    expect(first(kind, body)).toMatchObject(expected);
  });

  const withViews = (views: unknown[], model?: string) => ({
    ImageUrl: 'https://e.com/front.png',
    MultiViewImages: views,
    ...(model ? { Model: model } : {}),
  });

  it.each<[string, Record<string, unknown>, Partial<RuleViolation>]>([
    [
      '3.1-only view on 3.0',
      withViews([{ ViewType: 'top', ViewImageUrl: 'https://e.com/t.png' }]),
      { field: 'MultiViewImages.0.ViewType', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'duplicate view',
      withViews([
        { ViewType: 'left', ViewImageUrl: 'https://e.com/1.png' },
        { ViewType: 'left', ViewImageUrl: 'https://e.com/2.png' },
      ]),
      { field: 'MultiViewImages.1.ViewType' },
    ],
    [
      'view without type',
      withViews([{ ViewImageUrl: 'https://e.com/1.png' }]),
      { field: 'MultiViewImages.0.ViewType', tencentCode: 'MissingParameter' },
    ],
    [
      'view without image',
      withViews([{ ViewType: 'back' }]),
      { field: 'MultiViewImages.0.ViewImageUrl', tencentCode: 'MissingParameter' },
    ],
    [
      'view unknown key',
      withViews([{ ViewType: 'back', ViewImageUrl: 'https://e.com/1.png', Weight: 1 }]),
      { field: 'MultiViewImages.0.Weight', tencentCode: 'UnknownParameter' },
    ],
    [
      'view is not an object',
      withViews(['left']),
      { field: 'MultiViewImages.0', tencentCode: 'InvalidParameter' },
    ],
    [
      'view WebP refused',
      withViews([{ ViewType: 'back', ViewImageBase64: webp(256, 256) }]),
      { field: 'MultiViewImages.0.ViewImageBase64', tencentCode: 'InvalidParameterValue' },
    ],
    [
      'views over 8 MB in total',
      withViews([
        { ViewType: 'left', ViewImageBase64: 'A'.repeat(5 * 1024 * 1024) },
        { ViewType: 'right', ViewImageBase64: 'A'.repeat(5 * 1024 * 1024) },
      ]),
      { field: 'MultiViewImages', tencentCode: 'InvalidParameterValue' },
    ],
  ])('multi-view: %s', (_name, body, expected) => {
    expect(checkSubmitRequest(PRO, body)).toContainEqual(expect.objectContaining(expected));
  });

  it('reports every violation, shape problems first, and names accepted values', () => {
    const all = checkSubmitRequest(PRO, { Prompt: 'cat', Foo: 1, FaceCount: 'x', GenerateType: 'Fancy' });
    expect(all.map((v) => v.field)).toEqual(['Foo', 'FaceCount', 'GenerateType']);
    expect(all[2]?.message).toContain('`Normal`, `LowPoly`, `Geometry`, `Sketch`');
    expect(all[0]?.message).toContain('`Prompt`');
  });

  it('treats explicit undefined as absent', () => {
    expect(checkSubmitRequest(PRO, { Prompt: 'cat', ImageUrl: undefined })).toEqual([]);
  });
});
