import { CONVERT_FORMATS, CONVERT_SYNC_ACTION, JOB_KINDS } from '../tencent/job-kinds.ts';
import type { Builder } from './builder.ts';
import { addJobTypes } from './job-types.ts';

/** `convertModel`: Tencent's synchronous Convert3DFormat (src/convert/convert-model.ts). */
export function addConvertFields(builder: Builder) {
  const { ResultFile, ModelFileInput } = addJobTypes(builder);

  builder.mutationFields((t) => ({
    convertModel: t.field({
      type: ResultFile,
      description:
        `Converts a model now (${CONVERT_SYNC_ACTION}; no job, no slot, the action's rate budget): ` +
        `file is \`{ url }\` of a ${JOB_KINDS.CONVERT.file?.types.join(', ')} model of at most 60 MB, or ` +
        '`{ fromJob }`, a DONE job of yours (its GLB first, then FBX, OBJ; `type` picks one). The answer is ' +
        'served through `/files/…` for 24 hours. Checked like Tencent before anything is sent; a file ' +
        'Tencent cannot download or read is an UPSTREAM_ERROR with its upstreamCode.',
      args: {
        file: t.arg({ type: ModelFileInput, required: true }),
        format: t.arg.string({ required: true, description: `${CONVERT_FORMATS.join(', ')}.` }),
      },
      resolve: async (_root, { file, format }, ctx) => {
        const conversion = await ctx.convert.convert(
          {
            file: {
              url: file.url ?? undefined,
              type: file.type ?? undefined,
              fromJob: file.fromJob == null ? undefined : String(file.fromJob),
              fromStep: file.fromStep ?? undefined,
            },
            format,
          },
          { owner: ctx.viewer.name, admin: ctx.viewer.admin, signal: ctx.signal },
        );
        return { jobId: conversion.id, index: 0, file: conversion.file };
      },
    }),
  }));
}
