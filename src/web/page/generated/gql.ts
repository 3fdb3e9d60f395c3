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
    "mutation DemoCancelPipeline($id: ID!) {\n  cancelPipeline(id: $id) {\n    ...DemoPipeline\n  }\n}": typeof types.DemoCancelPipelineDocument,
    "query DemoGetJob($id: ID!) {\n  job(id: $id) {\n    ...DemoJob\n  }\n}": typeof types.DemoGetJobDocument,
    "query DemoGetPipeline($id: ID!) {\n  pipeline(id: $id) {\n    ...DemoPipeline\n  }\n}": typeof types.DemoGetPipelineDocument,
    "subscription DemoJobStatus($id: ID!) {\n  jobStatus(id: $id) {\n    ...DemoJob\n  }\n}": typeof types.DemoJobStatusDocument,
    "fragment DemoJob on Job {\n  id\n  kind\n  status\n  queuePosition\n  queueReason\n  estimatedCompletionAt\n  prompt\n  imageUrl\n  hasImageBase64\n  generateType\n  enablePBR\n  faceCount\n  faceLevel\n  format\n  motionType\n  file {\n    fromJob\n    fromStep\n    type\n  }\n  pipelineId\n  pipelineStep\n  submittedAt\n  finishedAt\n  expiresAt\n  errorCode\n  errorMessage\n  resultFiles {\n    type\n    url\n    previewImageUrl\n  }\n}": typeof types.DemoJobFragmentDoc,
    "subscription DemoPipelineStatus($id: ID!) {\n  pipelineStatus(id: $id) {\n    ...DemoPipeline\n  }\n}": typeof types.DemoPipelineStatusDocument,
    "fragment DemoPipeline on Pipeline {\n  id\n  status\n  steps {\n    ...DemoJob\n  }\n}": typeof types.DemoPipelineFragmentDoc,
    "query DemoRecentJobs($first: Int!) {\n  jobs(first: $first) {\n    nodes {\n      ...DemoJob\n    }\n  }\n}": typeof types.DemoRecentJobsDocument,
    "mutation DemoSubmitPipeline($steps: [SubmitJobInput!]!) {\n  submitPipeline(steps: $steps) {\n    ...DemoPipeline\n  }\n}": typeof types.DemoSubmitPipelineDocument,
    "mutation DemoSubmit($input: SubmitJobInput!) {\n  submitJob(input: $input) {\n    ...DemoJob\n  }\n}": typeof types.DemoSubmitDocument,
};
const documents: Documents = {
    "mutation DemoCancelPipeline($id: ID!) {\n  cancelPipeline(id: $id) {\n    ...DemoPipeline\n  }\n}": types.DemoCancelPipelineDocument,
    "query DemoGetJob($id: ID!) {\n  job(id: $id) {\n    ...DemoJob\n  }\n}": types.DemoGetJobDocument,
    "query DemoGetPipeline($id: ID!) {\n  pipeline(id: $id) {\n    ...DemoPipeline\n  }\n}": types.DemoGetPipelineDocument,
    "subscription DemoJobStatus($id: ID!) {\n  jobStatus(id: $id) {\n    ...DemoJob\n  }\n}": types.DemoJobStatusDocument,
    "fragment DemoJob on Job {\n  id\n  kind\n  status\n  queuePosition\n  queueReason\n  estimatedCompletionAt\n  prompt\n  imageUrl\n  hasImageBase64\n  generateType\n  enablePBR\n  faceCount\n  faceLevel\n  format\n  motionType\n  file {\n    fromJob\n    fromStep\n    type\n  }\n  pipelineId\n  pipelineStep\n  submittedAt\n  finishedAt\n  expiresAt\n  errorCode\n  errorMessage\n  resultFiles {\n    type\n    url\n    previewImageUrl\n  }\n}": types.DemoJobFragmentDoc,
    "subscription DemoPipelineStatus($id: ID!) {\n  pipelineStatus(id: $id) {\n    ...DemoPipeline\n  }\n}": types.DemoPipelineStatusDocument,
    "fragment DemoPipeline on Pipeline {\n  id\n  status\n  steps {\n    ...DemoJob\n  }\n}": types.DemoPipelineFragmentDoc,
    "query DemoRecentJobs($first: Int!) {\n  jobs(first: $first) {\n    nodes {\n      ...DemoJob\n    }\n  }\n}": types.DemoRecentJobsDocument,
    "mutation DemoSubmitPipeline($steps: [SubmitJobInput!]!) {\n  submitPipeline(steps: $steps) {\n    ...DemoPipeline\n  }\n}": types.DemoSubmitPipelineDocument,
    "mutation DemoSubmit($input: SubmitJobInput!) {\n  submitJob(input: $input) {\n    ...DemoJob\n  }\n}": types.DemoSubmitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemoCancelPipeline($id: ID!) {\n  cancelPipeline(id: $id) {\n    ...DemoPipeline\n  }\n}"): typeof import('./graphql.ts').DemoCancelPipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoGetJob($id: ID!) {\n  job(id: $id) {\n    ...DemoJob\n  }\n}"): typeof import('./graphql.ts').DemoGetJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoGetPipeline($id: ID!) {\n  pipeline(id: $id) {\n    ...DemoPipeline\n  }\n}"): typeof import('./graphql.ts').DemoGetPipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DemoJobStatus($id: ID!) {\n  jobStatus(id: $id) {\n    ...DemoJob\n  }\n}"): typeof import('./graphql.ts').DemoJobStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DemoJob on Job {\n  id\n  kind\n  status\n  queuePosition\n  queueReason\n  estimatedCompletionAt\n  prompt\n  imageUrl\n  hasImageBase64\n  generateType\n  enablePBR\n  faceCount\n  faceLevel\n  format\n  motionType\n  file {\n    fromJob\n    fromStep\n    type\n  }\n  pipelineId\n  pipelineStep\n  submittedAt\n  finishedAt\n  expiresAt\n  errorCode\n  errorMessage\n  resultFiles {\n    type\n    url\n    previewImageUrl\n  }\n}"): typeof import('./graphql.ts').DemoJobFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DemoPipelineStatus($id: ID!) {\n  pipelineStatus(id: $id) {\n    ...DemoPipeline\n  }\n}"): typeof import('./graphql.ts').DemoPipelineStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DemoPipeline on Pipeline {\n  id\n  status\n  steps {\n    ...DemoJob\n  }\n}"): typeof import('./graphql.ts').DemoPipelineFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoRecentJobs($first: Int!) {\n  jobs(first: $first) {\n    nodes {\n      ...DemoJob\n    }\n  }\n}"): typeof import('./graphql.ts').DemoRecentJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemoSubmitPipeline($steps: [SubmitJobInput!]!) {\n  submitPipeline(steps: $steps) {\n    ...DemoPipeline\n  }\n}"): typeof import('./graphql.ts').DemoSubmitPipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DemoSubmit($input: SubmitJobInput!) {\n  submitJob(input: $input) {\n    ...DemoJob\n  }\n}"): typeof import('./graphql.ts').DemoSubmitDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
