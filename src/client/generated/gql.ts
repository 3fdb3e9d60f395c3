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
    "mutation ClientCancelPipeline($id: ID!) {\n  cancelPipeline(id: $id) {\n    ...ClientPipeline\n  }\n}": typeof types.ClientCancelPipelineDocument,
    "mutation ClientCancel($id: ID!) {\n  cancelJob(id: $id) {\n    ...ClientJob\n  }\n}": typeof types.ClientCancelDocument,
    "query ClientGetPipeline($id: ID!) {\n  pipeline(id: $id) {\n    ...ClientPipeline\n  }\n}": typeof types.ClientGetPipelineDocument,
    "query ClientGet($id: ID!) {\n  job(id: $id) {\n    ...ClientJob\n  }\n}": typeof types.ClientGetDocument,
    "fragment ClientJob on Job {\n  id\n  kind\n  status\n  version\n  prompt\n  imageUrl\n  hasImageBase64\n  generateType\n  enablePBR\n  faceCount\n  faceLevel\n  motionType\n  submittedAt\n  startBy\n  startedAt\n  finishedAt\n  expiresAt\n  queuePosition\n  queueReason\n  estimatedCompletionAt\n  progress\n  progressIsEstimate\n  stalled\n  attempts\n  errorCode\n  errorMessage\n  upstreamJobId\n  pipelineId\n  pipelineStep\n  format\n  file {\n    fromJob\n    fromStep\n    type\n    url\n  }\n  retryOf {\n    id\n  }\n  resultFiles {\n    type\n    url\n    previewImageUrl\n  }\n}": typeof types.ClientJobFragmentDoc,
    "query ClientList($first: Int, $after: String, $status: JobStatus) {\n  jobs(first: $first, after: $after, status: $status) {\n    nodes {\n      ...ClientJob\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ClientListDocument,
    "fragment ClientPipeline on Pipeline {\n  id\n  status\n  steps {\n    ...ClientJob\n  }\n}": typeof types.ClientPipelineFragmentDoc,
    "mutation ClientRetry($id: ID!, $startBy: DateTime) {\n  retryJob(id: $id, startBy: $startBy) {\n    ...ClientJob\n  }\n}": typeof types.ClientRetryDocument,
    "mutation ClientSubmitPipeline($steps: [SubmitJobInput!]!, $idempotencyKey: String, $startBy: DateTime) {\n  submitPipeline(\n    steps: $steps\n    idempotencyKey: $idempotencyKey\n    startBy: $startBy\n  ) {\n    ...ClientPipeline\n  }\n}": typeof types.ClientSubmitPipelineDocument,
    "mutation ClientSubmit($input: SubmitJobInput!, $idempotencyKey: String, $startBy: DateTime) {\n  submitJob(input: $input, idempotencyKey: $idempotencyKey, startBy: $startBy) {\n    ...ClientJob\n  }\n}": typeof types.ClientSubmitDocument,
    "subscription ClientWatchPipeline($id: ID!) {\n  pipelineStatus(id: $id) {\n    ...ClientPipeline\n  }\n}": typeof types.ClientWatchPipelineDocument,
    "subscription ClientWatch($id: ID!) {\n  jobStatus(id: $id) {\n    ...ClientJob\n  }\n}": typeof types.ClientWatchDocument,
};
const documents: Documents = {
    "mutation ClientCancelPipeline($id: ID!) {\n  cancelPipeline(id: $id) {\n    ...ClientPipeline\n  }\n}": types.ClientCancelPipelineDocument,
    "mutation ClientCancel($id: ID!) {\n  cancelJob(id: $id) {\n    ...ClientJob\n  }\n}": types.ClientCancelDocument,
    "query ClientGetPipeline($id: ID!) {\n  pipeline(id: $id) {\n    ...ClientPipeline\n  }\n}": types.ClientGetPipelineDocument,
    "query ClientGet($id: ID!) {\n  job(id: $id) {\n    ...ClientJob\n  }\n}": types.ClientGetDocument,
    "fragment ClientJob on Job {\n  id\n  kind\n  status\n  version\n  prompt\n  imageUrl\n  hasImageBase64\n  generateType\n  enablePBR\n  faceCount\n  faceLevel\n  motionType\n  submittedAt\n  startBy\n  startedAt\n  finishedAt\n  expiresAt\n  queuePosition\n  queueReason\n  estimatedCompletionAt\n  progress\n  progressIsEstimate\n  stalled\n  attempts\n  errorCode\n  errorMessage\n  upstreamJobId\n  pipelineId\n  pipelineStep\n  format\n  file {\n    fromJob\n    fromStep\n    type\n    url\n  }\n  retryOf {\n    id\n  }\n  resultFiles {\n    type\n    url\n    previewImageUrl\n  }\n}": types.ClientJobFragmentDoc,
    "query ClientList($first: Int, $after: String, $status: JobStatus) {\n  jobs(first: $first, after: $after, status: $status) {\n    nodes {\n      ...ClientJob\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ClientListDocument,
    "fragment ClientPipeline on Pipeline {\n  id\n  status\n  steps {\n    ...ClientJob\n  }\n}": types.ClientPipelineFragmentDoc,
    "mutation ClientRetry($id: ID!, $startBy: DateTime) {\n  retryJob(id: $id, startBy: $startBy) {\n    ...ClientJob\n  }\n}": types.ClientRetryDocument,
    "mutation ClientSubmitPipeline($steps: [SubmitJobInput!]!, $idempotencyKey: String, $startBy: DateTime) {\n  submitPipeline(\n    steps: $steps\n    idempotencyKey: $idempotencyKey\n    startBy: $startBy\n  ) {\n    ...ClientPipeline\n  }\n}": types.ClientSubmitPipelineDocument,
    "mutation ClientSubmit($input: SubmitJobInput!, $idempotencyKey: String, $startBy: DateTime) {\n  submitJob(input: $input, idempotencyKey: $idempotencyKey, startBy: $startBy) {\n    ...ClientJob\n  }\n}": types.ClientSubmitDocument,
    "subscription ClientWatchPipeline($id: ID!) {\n  pipelineStatus(id: $id) {\n    ...ClientPipeline\n  }\n}": types.ClientWatchPipelineDocument,
    "subscription ClientWatch($id: ID!) {\n  jobStatus(id: $id) {\n    ...ClientJob\n  }\n}": types.ClientWatchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientCancelPipeline($id: ID!) {\n  cancelPipeline(id: $id) {\n    ...ClientPipeline\n  }\n}"): typeof import('./graphql.ts').ClientCancelPipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientCancel($id: ID!) {\n  cancelJob(id: $id) {\n    ...ClientJob\n  }\n}"): typeof import('./graphql.ts').ClientCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientGetPipeline($id: ID!) {\n  pipeline(id: $id) {\n    ...ClientPipeline\n  }\n}"): typeof import('./graphql.ts').ClientGetPipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientGet($id: ID!) {\n  job(id: $id) {\n    ...ClientJob\n  }\n}"): typeof import('./graphql.ts').ClientGetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ClientJob on Job {\n  id\n  kind\n  status\n  version\n  prompt\n  imageUrl\n  hasImageBase64\n  generateType\n  enablePBR\n  faceCount\n  faceLevel\n  motionType\n  submittedAt\n  startBy\n  startedAt\n  finishedAt\n  expiresAt\n  queuePosition\n  queueReason\n  estimatedCompletionAt\n  progress\n  progressIsEstimate\n  stalled\n  attempts\n  errorCode\n  errorMessage\n  upstreamJobId\n  pipelineId\n  pipelineStep\n  format\n  file {\n    fromJob\n    fromStep\n    type\n    url\n  }\n  retryOf {\n    id\n  }\n  resultFiles {\n    type\n    url\n    previewImageUrl\n  }\n}"): typeof import('./graphql.ts').ClientJobFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClientList($first: Int, $after: String, $status: JobStatus) {\n  jobs(first: $first, after: $after, status: $status) {\n    nodes {\n      ...ClientJob\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): typeof import('./graphql.ts').ClientListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ClientPipeline on Pipeline {\n  id\n  status\n  steps {\n    ...ClientJob\n  }\n}"): typeof import('./graphql.ts').ClientPipelineFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientRetry($id: ID!, $startBy: DateTime) {\n  retryJob(id: $id, startBy: $startBy) {\n    ...ClientJob\n  }\n}"): typeof import('./graphql.ts').ClientRetryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientSubmitPipeline($steps: [SubmitJobInput!]!, $idempotencyKey: String, $startBy: DateTime) {\n  submitPipeline(\n    steps: $steps\n    idempotencyKey: $idempotencyKey\n    startBy: $startBy\n  ) {\n    ...ClientPipeline\n  }\n}"): typeof import('./graphql.ts').ClientSubmitPipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClientSubmit($input: SubmitJobInput!, $idempotencyKey: String, $startBy: DateTime) {\n  submitJob(input: $input, idempotencyKey: $idempotencyKey, startBy: $startBy) {\n    ...ClientJob\n  }\n}"): typeof import('./graphql.ts').ClientSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ClientWatchPipeline($id: ID!) {\n  pipelineStatus(id: $id) {\n    ...ClientPipeline\n  }\n}"): typeof import('./graphql.ts').ClientWatchPipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ClientWatch($id: ID!) {\n  jobStatus(id: $id) {\n    ...ClientJob\n  }\n}"): typeof import('./graphql.ts').ClientWatchDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
