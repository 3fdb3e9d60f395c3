/* eslint-disable */
import * as types from './graphql.ts';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation CancelJob($id: ID!) {\n  cancelJob(id: $id) {\n    ...JobFields\n  }\n}": typeof types.CancelJobDocument,
    "mutation ConvertModel($file: ModelFileInput!, $format: String!) {\n  convertModel(file: $file, format: $format) {\n    type\n    url\n    previewImageUrl\n  }\n}": typeof types.ConvertModelDocument,
    "query GetJob($id: ID!) {\n  job(id: $id) {\n    ...JobFields\n  }\n}": typeof types.GetJobDocument,
    "fragment JobFields on Job {\n  id\n  kind\n  status\n  external\n  upstreamJobId\n  queuePosition\n  prompt\n  imageUrl\n  hasImageBase64\n  faceCount\n  generateType\n  polygonType\n  enablePBR\n  submittedAt\n  startedAt\n  finishedAt\n  expiresAt\n  estimatedCompletionAt\n  refreshedAt\n  snapshotAgeMs\n  errorCode\n  errorMessage\n  lastRequestId\n  resultFiles {\n    type\n    url\n    previewImageUrl\n  }\n}": typeof types.JobFieldsFragmentDoc,
    "subscription JobStatus($id: ID!) {\n  jobStatus(id: $id) {\n    ...JobFields\n  }\n}": typeof types.JobStatusDocument,
    "query ListJobs($first: Int, $after: String, $status: JobStatus) {\n  jobs(first: $first, after: $after, status: $status) {\n    edges {\n      cursor\n      node {\n        ...JobFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ListJobsDocument,
    "fragment PipelineStepFields on Job {\n  id\n  kind\n  status\n  pipelineId\n  pipelineStep\n  queuePosition\n  queueReason\n  upstreamJobId\n  errorCode\n  errorMessage\n  file {\n    url\n    type\n    fromJob\n    fromStep\n  }\n  resultFiles {\n    type\n    url\n  }\n}\n\nfragment PipelineFields on Pipeline {\n  id\n  status\n  steps {\n    ...PipelineStepFields\n  }\n}\n\nmutation SubmitPipeline($steps: [SubmitJobInput!]!, $idempotencyKey: String) {\n  submitPipeline(steps: $steps, idempotencyKey: $idempotencyKey) {\n    ...PipelineFields\n  }\n}\n\nquery GetPipeline($id: ID!) {\n  pipeline(id: $id) {\n    ...PipelineFields\n  }\n}\n\nmutation CancelPipeline($id: ID!) {\n  cancelPipeline(id: $id) {\n    ...PipelineFields\n  }\n}\n\nsubscription PipelineStatus($id: ID!) {\n  pipelineStatus(id: $id) {\n    ...PipelineFields\n  }\n}": typeof types.PipelineStepFieldsFragmentDoc,
    "fragment PostProcessFields on Job {\n  ...JobFields\n  file {\n    url\n    type\n    fromJob\n  }\n  faceLevel\n  format\n  motionType\n  enableStagedGeneration\n  enablePostProcess\n  partSegmentationInfo\n}\n\nmutation SubmitPostProcessJob($input: SubmitJobInput!, $idempotencyKey: String) {\n  submitJob(input: $input, idempotencyKey: $idempotencyKey) {\n    ...PostProcessFields\n  }\n}\n\nquery GetPostProcessJob($id: ID!) {\n  job(id: $id) {\n    ...PostProcessFields\n  }\n}": typeof types.PostProcessFieldsFragmentDoc,
    "mutation SubmitJob($input: SubmitJobInput!, $idempotencyKey: String) {\n  submitJob(input: $input, idempotencyKey: $idempotencyKey) {\n    ...JobFields\n  }\n}": typeof types.SubmitJobDocument,
};
const documents: Documents = {
    "mutation CancelJob($id: ID!) {\n  cancelJob(id: $id) {\n    ...JobFields\n  }\n}": types.CancelJobDocument,
    "mutation ConvertModel($file: ModelFileInput!, $format: String!) {\n  convertModel(file: $file, format: $format) {\n    type\n    url\n    previewImageUrl\n  }\n}": types.ConvertModelDocument,
    "query GetJob($id: ID!) {\n  job(id: $id) {\n    ...JobFields\n  }\n}": types.GetJobDocument,
    "fragment JobFields on Job {\n  id\n  kind\n  status\n  external\n  upstreamJobId\n  queuePosition\n  prompt\n  imageUrl\n  hasImageBase64\n  faceCount\n  generateType\n  polygonType\n  enablePBR\n  submittedAt\n  startedAt\n  finishedAt\n  expiresAt\n  estimatedCompletionAt\n  refreshedAt\n  snapshotAgeMs\n  errorCode\n  errorMessage\n  lastRequestId\n  resultFiles {\n    type\n    url\n    previewImageUrl\n  }\n}": types.JobFieldsFragmentDoc,
    "subscription JobStatus($id: ID!) {\n  jobStatus(id: $id) {\n    ...JobFields\n  }\n}": types.JobStatusDocument,
    "query ListJobs($first: Int, $after: String, $status: JobStatus) {\n  jobs(first: $first, after: $after, status: $status) {\n    edges {\n      cursor\n      node {\n        ...JobFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ListJobsDocument,
    "fragment PipelineStepFields on Job {\n  id\n  kind\n  status\n  pipelineId\n  pipelineStep\n  queuePosition\n  queueReason\n  upstreamJobId\n  errorCode\n  errorMessage\n  file {\n    url\n    type\n    fromJob\n    fromStep\n  }\n  resultFiles {\n    type\n    url\n  }\n}\n\nfragment PipelineFields on Pipeline {\n  id\n  status\n  steps {\n    ...PipelineStepFields\n  }\n}\n\nmutation SubmitPipeline($steps: [SubmitJobInput!]!, $idempotencyKey: String) {\n  submitPipeline(steps: $steps, idempotencyKey: $idempotencyKey) {\n    ...PipelineFields\n  }\n}\n\nquery GetPipeline($id: ID!) {\n  pipeline(id: $id) {\n    ...PipelineFields\n  }\n}\n\nmutation CancelPipeline($id: ID!) {\n  cancelPipeline(id: $id) {\n    ...PipelineFields\n  }\n}\n\nsubscription PipelineStatus($id: ID!) {\n  pipelineStatus(id: $id) {\n    ...PipelineFields\n  }\n}": types.PipelineStepFieldsFragmentDoc,
    "fragment PostProcessFields on Job {\n  ...JobFields\n  file {\n    url\n    type\n    fromJob\n  }\n  faceLevel\n  format\n  motionType\n  enableStagedGeneration\n  enablePostProcess\n  partSegmentationInfo\n}\n\nmutation SubmitPostProcessJob($input: SubmitJobInput!, $idempotencyKey: String) {\n  submitJob(input: $input, idempotencyKey: $idempotencyKey) {\n    ...PostProcessFields\n  }\n}\n\nquery GetPostProcessJob($id: ID!) {\n  job(id: $id) {\n    ...PostProcessFields\n  }\n}": types.PostProcessFieldsFragmentDoc,
    "mutation SubmitJob($input: SubmitJobInput!, $idempotencyKey: String) {\n  submitJob(input: $input, idempotencyKey: $idempotencyKey) {\n    ...JobFields\n  }\n}": types.SubmitJobDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelJob($id: ID!) {\n  cancelJob(id: $id) {\n    ...JobFields\n  }\n}"): typeof import('./graphql.ts').CancelJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConvertModel($file: ModelFileInput!, $format: String!) {\n  convertModel(file: $file, format: $format) {\n    type\n    url\n    previewImageUrl\n  }\n}"): typeof import('./graphql.ts').ConvertModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetJob($id: ID!) {\n  job(id: $id) {\n    ...JobFields\n  }\n}"): typeof import('./graphql.ts').GetJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment JobFields on Job {\n  id\n  kind\n  status\n  external\n  upstreamJobId\n  queuePosition\n  prompt\n  imageUrl\n  hasImageBase64\n  faceCount\n  generateType\n  polygonType\n  enablePBR\n  submittedAt\n  startedAt\n  finishedAt\n  expiresAt\n  estimatedCompletionAt\n  refreshedAt\n  snapshotAgeMs\n  errorCode\n  errorMessage\n  lastRequestId\n  resultFiles {\n    type\n    url\n    previewImageUrl\n  }\n}"): typeof import('./graphql.ts').JobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription JobStatus($id: ID!) {\n  jobStatus(id: $id) {\n    ...JobFields\n  }\n}"): typeof import('./graphql.ts').JobStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListJobs($first: Int, $after: String, $status: JobStatus) {\n  jobs(first: $first, after: $after, status: $status) {\n    edges {\n      cursor\n      node {\n        ...JobFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): typeof import('./graphql.ts').ListJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PipelineStepFields on Job {\n  id\n  kind\n  status\n  pipelineId\n  pipelineStep\n  queuePosition\n  queueReason\n  upstreamJobId\n  errorCode\n  errorMessage\n  file {\n    url\n    type\n    fromJob\n    fromStep\n  }\n  resultFiles {\n    type\n    url\n  }\n}\n\nfragment PipelineFields on Pipeline {\n  id\n  status\n  steps {\n    ...PipelineStepFields\n  }\n}\n\nmutation SubmitPipeline($steps: [SubmitJobInput!]!, $idempotencyKey: String) {\n  submitPipeline(steps: $steps, idempotencyKey: $idempotencyKey) {\n    ...PipelineFields\n  }\n}\n\nquery GetPipeline($id: ID!) {\n  pipeline(id: $id) {\n    ...PipelineFields\n  }\n}\n\nmutation CancelPipeline($id: ID!) {\n  cancelPipeline(id: $id) {\n    ...PipelineFields\n  }\n}\n\nsubscription PipelineStatus($id: ID!) {\n  pipelineStatus(id: $id) {\n    ...PipelineFields\n  }\n}"): typeof import('./graphql.ts').PipelineStepFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PostProcessFields on Job {\n  ...JobFields\n  file {\n    url\n    type\n    fromJob\n  }\n  faceLevel\n  format\n  motionType\n  enableStagedGeneration\n  enablePostProcess\n  partSegmentationInfo\n}\n\nmutation SubmitPostProcessJob($input: SubmitJobInput!, $idempotencyKey: String) {\n  submitJob(input: $input, idempotencyKey: $idempotencyKey) {\n    ...PostProcessFields\n  }\n}\n\nquery GetPostProcessJob($id: ID!) {\n  job(id: $id) {\n    ...PostProcessFields\n  }\n}"): typeof import('./graphql.ts').PostProcessFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitJob($input: SubmitJobInput!, $idempotencyKey: String) {\n  submitJob(input: $input, idempotencyKey: $idempotencyKey) {\n    ...JobFields\n  }\n}"): typeof import('./graphql.ts').SubmitJobDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
