import { describe, expect, it } from 'vitest';
import { inputFieldOf, type JobInput, toTencentRequest } from '../../../src/jobs/domain/job.ts';
import { pickSourceFile } from '../../../src/jobs/domain/model-file.ts';
import { JOB_KIND_NAMES, JOB_KINDS } from '../../../src/tencent/job-kinds.ts';
import { storedJob } from '../../helpers/job-records.ts';

/**
 * The domain's side of the job-kind table: one mapping of a client's input onto every action's
 * request body, one way to name the client's field in a Tencent error, and one rule for which
 * result file of a finished job a post-processing kind is given.
 */

const FILE = { url: 'https://cos.example/m/model.fbx', type: 'FBX' };

describe('toTencentRequest', () => {
  it('puts the model file into the field the row names, as { Url, Type }', () => {
    for (const kind of JOB_KIND_NAMES) {
      const spec = JOB_KINDS[kind].file;
      const body = toTencentRequest(JOB_KINDS[kind], { file: FILE });
      // Kinds without a model file still send it, under `File`, so validation names it.
      expect(body, kind).toEqual({ [spec?.field ?? 'File']: { Type: 'FBX', Url: FILE.url } });
    }
  });

  it("maps each kind's options to Tencent's names and values", () => {
    expect(
      toTencentRequest(JOB_KINDS.SMART_TOPOLOGY, {
        file: { url: 'https://a/m.glb', type: 'GLB', fromJob: 'job_0000000000000001' },
        faceLevel: 'MEDIUM',
        polygonType: 'quadrilateral',
      }),
    ).toEqual({
      File3D: { Type: 'GLB', Url: 'https://a/m.glb' },
      FaceLevel: 'medium',
      PolygonType: 'quadrilateral',
    });
    expect(toTencentRequest(JOB_KINDS.CONVERT, { file: FILE, format: 'STL' })).toEqual({
      File: { Type: 'FBX', Url: FILE.url },
      Format: 'STL',
    });
    expect(toTencentRequest(JOB_KINDS.AUTO_RIGGING, { file: FILE, motionType: 3 })).toEqual({
      File3D: { Type: 'FBX', Url: FILE.url },
      MotionType: 3,
    });
    const part: JobInput = {
      file: FILE,
      partSegmentationInfo: '{"a":{"face_ids":[1],"color":"#FF805C"}}',
      enableStagedGeneration: true,
      enablePostProcess: false,
    };
    expect(toTencentRequest(JOB_KINDS.PART, part)).toEqual({
      File: { Type: 'FBX', Url: FILE.url },
      PartSegmentationInfo: part.partSegmentationInfo,
      EnableStagedGeneration: true,
      EnablePostProcess: false,
    });
  });

  it("gives texture edit its image as Tencent's Image { Url, Base64 }, others as ImageUrl/ImageBase64", () => {
    expect(toTencentRequest(JOB_KINDS.TEXTURE_EDIT, { file: FILE, imageUrl: 'https://a/i.png' })).toEqual({
      File3D: { Type: 'FBX', Url: FILE.url },
      Image: { Url: 'https://a/i.png' },
    });
    expect(toTencentRequest(JOB_KINDS.TEXTURE_EDIT, { file: FILE, imageBase64: 'AAAA' })).toEqual({
      File3D: { Type: 'FBX', Url: FILE.url },
      Image: { Base64: 'AAAA' },
    });
    expect(
      toTencentRequest(JOB_KINDS.TEXTURE_EDIT, { file: FILE, prompt: 'rusty', enablePBR: true }),
    ).toEqual({
      File3D: { Type: 'FBX', Url: FILE.url },
      Prompt: 'rusty',
      EnablePBR: true,
    });
    expect(toTencentRequest(JOB_KINDS.PRO, { imageUrl: 'https://a/i.png' })).toEqual({
      ImageUrl: 'https://a/i.png',
    });
  });

  it('sends what a kind does not declare, so the rules refuse it by name', () => {
    expect(toTencentRequest(JOB_KINDS.UV, { file: FILE, faceLevel: 'LOW', prompt: 'x' })).toEqual({
      File: { Type: 'FBX', Url: FILE.url },
      FaceLevel: 'low',
      Prompt: 'x',
    });
    expect(toTencentRequest(JOB_KINDS.PRO, { prompt: 'a chair', resultFormat: 'OBJ' })).toEqual({
      Prompt: 'a chair',
      ResultFormat: 'OBJ',
    });
  });

  it('keeps the Pro and Rapid bodies as before', () => {
    expect(
      toTencentRequest(JOB_KINDS.PRO, {
        imageUrl: 'https://a/i.png',
        multiViewImages: [{ viewType: 'left', imageUrl: 'https://a/l.png' }],
        faceCount: 40000,
        generateType: 'LowPoly',
        polygonType: 'triangle',
        model: '3.0',
        enablePBR: true,
      }),
    ).toEqual({
      EnablePBR: true,
      FaceCount: 40000,
      GenerateType: 'LowPoly',
      ImageUrl: 'https://a/i.png',
      Model: '3.0',
      MultiViewImages: [{ ViewImageUrl: 'https://a/l.png', ViewType: 'left' }],
      PolygonType: 'triangle',
    });
    expect(
      toTencentRequest(JOB_KINDS.RAPID, { prompt: 'p', resultFormat: 'STL', enableGeometry: true }),
    ).toEqual({
      EnableGeometry: true,
      Prompt: 'p',
      ResultFormat: 'STL',
    });
  });
});

describe('inputFieldOf', () => {
  it("names the client's field for Tencent's path, structures included", () => {
    expect(inputFieldOf('FaceCount')).toBe('input.faceCount');
    expect(inputFieldOf('File3D')).toBe('input.file');
    expect(inputFieldOf('File3D.Type')).toBe('input.file.type');
    expect(inputFieldOf('File.Url')).toBe('input.file.url');
    expect(inputFieldOf('Image.Base64')).toBe('input.imageBase64');
    expect(inputFieldOf('Image')).toBe('input.imageUrl');
    expect(inputFieldOf('FaceLevel')).toBe('input.faceLevel');
    expect(inputFieldOf('Format')).toBe('input.format');
    expect(inputFieldOf('MotionType')).toBe('input.motionType');
    expect(inputFieldOf('MultiViewImages.1.ViewType')).toBe('input.multiViewImages.1.ViewType');
    expect(inputFieldOf('Unheard')).toBe('input.Unheard');
    expect(inputFieldOf('constructor')).toBe('input.constructor');
  });
});

describe('pickSourceFile', () => {
  const NOW = Date.UTC(2026, 0, 1, 12);
  const done = (types: string[], over: Parameters<typeof storedJob>[0] = {}) =>
    storedJob({
      status: 'DONE',
      submittedAt: NOW - 60_000,
      expiresAt: NOW + 60_000,
      resultFiles: types.map((type) => ({
        type,
        url: `https://cos.example/r/${type.toLowerCase()}`,
        previewImageUrl: undefined,
      })),
      ...over,
    });

  it('prefers GLB, then FBX, then OBJ, among the types the kind accepts', () => {
    const pick = (kind: keyof typeof JOB_KINDS, types: string[]) => {
      const p = pickSourceFile(JOB_KINDS[kind], done(types), NOW);
      return p.ok ? p.file.type : p.message;
    };
    expect(pick('UV', ['OBJ', 'FBX', 'GLB', 'IMAGE'])).toBe('GLB');
    expect(pick('UV', ['IMAGE', 'OBJ', 'FBX'])).toBe('FBX');
    expect(pick('UV', ['IMAGE', 'OBJ'])).toBe('OBJ');
    expect(pick('SMART_TOPOLOGY', ['OBJ', 'GLB'])).toBe('GLB');
    expect(pick('AUTO_RIGGING', ['GLB', 'OBJ', 'FBX'])).toBe('FBX');
    expect(pick('TEXTURE_EDIT', ['GLB', 'fbx'])).toBe('FBX');
    expect(pick('CONVERT', ['GLB'])).toBe('GLB');
  });

  it('gives the upstream URL of the file, and takes a type the client names', () => {
    const source = done(['GLB', 'FBX']);
    expect(pickSourceFile(JOB_KINDS.UV, source, NOW)).toEqual({
      ok: true,
      file: { type: 'GLB', url: 'https://cos.example/r/glb', previewImageUrl: undefined },
    });
    const fbx = pickSourceFile(JOB_KINDS.UV, source, NOW, 'fbx');
    expect(fbx.ok && fbx.file.url).toBe('https://cos.example/r/fbx');
    expect(pickSourceFile(JOB_KINDS.UV, source, NOW, 'OBJ')).toEqual({
      ok: false,
      on: 'type',
      message: `job ${source.id} has no OBJ result (it has GLB, FBX)`,
    });
    expect(pickSourceFile(JOB_KINDS.UV, source, NOW, 'STL')).toEqual({
      ok: false,
      on: 'type',
      message: 'UV accepts FBX, OBJ, GLB, not STL',
    });
  });

  it('refuses a source that is not DONE, has expired or has no usable file, saying which', () => {
    const running = done(['GLB'], { status: 'RUN' });
    expect(pickSourceFile(JOB_KINDS.UV, running, NOW)).toMatchObject({
      ok: false,
      on: 'fromJob',
      message: expect.stringContaining('is RUN, not DONE yet'),
    });
    expect(pickSourceFile(JOB_KINDS.UV, done(['GLB'], { status: 'FAIL' }), NOW)).toMatchObject({
      message: expect.stringContaining('ended as FAIL'),
    });
    const old = done(['GLB'], { expiresAt: NOW });
    expect(pickSourceFile(JOB_KINDS.UV, old, NOW)).toMatchObject({
      ok: false,
      on: 'fromJob',
      message: `the result files of job ${old.id} expired at ${new Date(NOW).toISOString()} (Tencent keeps them 24 hours)`,
    });
    // Without expiresAt (older records): 24 h after submission.
    const legacy = done(['GLB'], { expiresAt: undefined, submittedAt: NOW - 24 * 3600_000 });
    expect(pickSourceFile(JOB_KINDS.UV, legacy, NOW)).toMatchObject({ ok: false, on: 'fromJob' });
    const glbOnly = done(['GLB']);
    expect(pickSourceFile(JOB_KINDS.TEXTURE_EDIT, glbOnly, NOW)).toEqual({
      ok: false,
      on: 'fromJob',
      message: `job ${glbOnly.id} has no result file TEXTURE_EDIT accepts (it has GLB; TEXTURE_EDIT takes FBX)`,
    });
    expect(pickSourceFile(JOB_KINDS.PRO, glbOnly, NOW)).toMatchObject({ ok: false });
  });
});
