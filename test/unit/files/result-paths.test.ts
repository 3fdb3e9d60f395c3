import { describe, expect, it } from 'vitest';
import {
  contentTypeOf,
  parseResultFilePath,
  resultFilePath,
  upstreamUrlOf,
} from '../../../src/files/result-paths.ts';

const ID = 'job_AbCdEfGhIjKlMn0_';

describe('result file paths', () => {
  it('names files by role and by the extension of the upstream URL, OBJ as a zip', () => {
    const glb = {
      type: 'GLB',
      url: 'https://cos.example/x/abc.glb?sign=1',
      previewImageUrl: 'https://cos.example/x/p.png?s',
    };
    expect(resultFilePath(ID, 0, glb, 'model')).toBe(`/files/${ID}/0/model.glb`);
    expect(resultFilePath(ID, 0, glb, 'preview')).toBe(`/files/${ID}/0/preview.png`);
    const obj = { type: 'OBJ', url: 'https://cos.example/x/out', previewImageUrl: undefined };
    expect(resultFilePath(ID, 2, obj, 'model')).toBe(`/files/${ID}/2/model.zip`);
    expect(resultFilePath(ID, 2, obj, 'preview')).toBeUndefined();
    const odd = {
      type: 'U S D Z',
      url: 'https://cos.example/x/out',
      previewImageUrl: 'https://cos.example/p',
    };
    expect(resultFilePath(ID, 0, odd, 'model')).toBe(`/files/${ID}/0/model.bin`);
    expect(resultFilePath(ID, 0, odd, 'preview')).toBe(`/files/${ID}/0/preview.png`);
  });

  it('names every result type of the post-processing kinds, by URL extension first, else by type', () => {
    const bare = (type: string) => ({
      type,
      url: 'https://cos.example/x/out?sign=1',
      previewImageUrl: undefined,
    });
    const expected: Record<string, string> = {
      GLB: 'model.glb',
      OBJ: 'model.zip',
      POSTPROCESS_OBJ: 'model.obj',
      MTL: 'model.mtl',
      FBX: 'model.fbx',
      STL: 'model.stl',
      USDZ: 'model.usdz',
      GIF: 'model.gif',
      MP4: 'model.mp4',
      IMAGE: 'model.png',
      fbx: 'model.fbx',
    };
    for (const [type, name] of Object.entries(expected)) {
      expect(resultFilePath(ID, 1, bare(type), 'model'), type).toBe(`/files/${ID}/1/${name}`);
      expect(contentTypeOf(name), name).toBeDefined();
    }
    // UV, part and topology give a bare .obj: the URL's extension wins over the type's guess.
    const obj = { type: 'OBJ', url: 'https://cos.example/x/uv.obj?sign=1', previewImageUrl: undefined };
    expect(resultFilePath(ID, 0, obj, 'model')).toBe(`/files/${ID}/0/model.obj`);
    const texture = { type: 'IMAGE', url: 'https://cos.example/x/tex.jpg', previewImageUrl: undefined };
    expect(resultFilePath(ID, 2, texture, 'model')).toBe(`/files/${ID}/2/model.jpg`);
    expect(contentTypeOf('model.obj')).toBe('model/obj');
    expect(contentTypeOf('model.mtl')).toBe('model/mtl');
    expect(contentTypeOf('model.png')).toBe('image/png');
  });

  it('parses only its own shape and maps a path back to the job’s own URLs', () => {
    expect(parseResultFilePath(`/files/${ID}/0/model.glb`)).toEqual({
      jobId: ID,
      index: 0,
      name: 'model.glb',
    });
    for (const bad of [
      `/files/${ID}/0/../../x`,
      `/files/${ID}/0/model.glb/x`,
      `/files/${ID}/-1/model.glb`,
      `/files/${ID}/0/other.glb`,
      '/files/1234567890123456789/abc/model.glb',
      `/files/${ID}x/0/model.glb`,
    ]) {
      expect(parseResultFilePath(bad), bad).toBeUndefined();
    }
    // convertModel's results have a conversion id instead of a job id.
    expect(parseResultFilePath('/files/cnv_AbCdEfGhIjKlMn0_/0/model.stl')).toEqual({
      jobId: 'cnv_AbCdEfGhIjKlMn0_',
      index: 0,
      name: 'model.stl',
    });
    for (const bad of ['/files/cnv_short/0/model.stl', '/files/abc_AbCdEfGhIjKlMn0_/0/model.stl']) {
      expect(parseResultFilePath(bad), bad).toBeUndefined();
    }
    const files = [{ type: 'GLB', url: 'https://a/m.glb', previewImageUrl: 'https://a/p.png' }];
    expect(upstreamUrlOf(files, { jobId: ID, index: 0, name: 'model.glb' })).toBe('https://a/m.glb');
    expect(upstreamUrlOf(files, { jobId: ID, index: 0, name: 'preview.png' })).toBe('https://a/p.png');
    expect(upstreamUrlOf(files, { jobId: ID, index: 0, name: 'model.zip' })).toBeUndefined();
    expect(upstreamUrlOf(files, { jobId: ID, index: 1, name: 'model.glb' })).toBeUndefined();
  });

  it('types files by extension alone, and only known model, video and image types (audit F9)', () => {
    expect(contentTypeOf('model.glb')).toBe('model/gltf-binary');
    expect(contentTypeOf('model.zip')).toBe('application/zip');
    expect(contentTypeOf('model.fbx')).toBe('application/octet-stream');
    expect(contentTypeOf('model.stl')).toBe('model/stl');
    expect(contentTypeOf('model.usdz')).toBe('model/vnd.usdz+zip');
    expect(contentTypeOf('model.mp4')).toBe('video/mp4');
    expect(contentTypeOf('model.gif')).toBe('image/gif');
    expect(contentTypeOf('preview.png')).toBe('image/png');
    expect(contentTypeOf('preview.jpg')).toBe('image/jpeg');
    expect(contentTypeOf('preview.webp')).toBe('image/webp');
    // Whatever upstream said, nothing a browser would run on the gateway's origin, and no model
    // passed off as a preview.
    for (const name of [
      'preview.html',
      'preview.svg',
      'model.html',
      'model.svg',
      'model.xml',
      'model.bin',
      'preview.glb',
      'preview.mp4',
      'model.constructor',
      'x.png',
    ]) {
      expect(contentTypeOf(name), name).toBeUndefined();
    }
  });
});
