import { WEBHOOK_EVENT_TYPES } from '../webhooks/events.ts';
import { DELIVERIES_PAGE, MAX_URL_LENGTH, type WebhookService } from '../webhooks/service.ts';
import type { Delivery, WebhookEndpoint } from '../webhooks/store.ts';
import type { Builder } from './builder.ts';
import type { GraphQLContext } from './context.ts';
import { MAX_LIST_SIZE } from './cost-limit.ts';

/** An endpoint as answered: `secret` only in the answers of createWebhook and rotateWebhookSecret. */
interface EndpointView {
  endpoint: WebhookEndpoint;
  revealSecret: boolean;
}

const opt = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

function service(ctx: GraphQLContext): WebhookService {
  if (!ctx.webhooks) throw new Error('webhooks are not configured in this app');
  return ctx.webhooks;
}

/** Signed webhooks (Standard Webhooks): endpoints per API key, their delivery log and replays. */
export function addWebhookFields(builder: Builder) {
  const WebhookDeliveryStatus = builder.enumType('WebhookDeliveryStatus', {
    description: 'Where a delivery is.',
    values: {
      PENDING: { description: 'Waiting for its next attempt (see nextAttemptAt), or being attempted.' },
      SUCCEEDED: { description: 'The URL answered 2xx.' },
      FAILED: {
        description: 'Every attempt of the retry schedule failed; replayWebhookDelivery queues it again.',
      },
      DISABLED: {
        description:
          'Not sent: its webhook was disabled (the URL answered 410 Gone). Stays so after enableWebhook; ' +
          'replayWebhookDelivery sends it then.',
      },
    } as const,
  });

  const WebhookEndpointRef = builder.objectRef<EndpointView>('WebhookEndpoint').implement({
    description:
      "A URL of yours that receives this API key's job events, signed per Standard Webhooks " +
      '(`webhook-id`, `webhook-timestamp`, `webhook-signature` headers; see the README).',
    fields: (t) => ({
      id: t.id({ description: 'wh_…', resolve: (v) => v.endpoint.id }),
      url: t.string({ resolve: (v) => v.endpoint.url }),
      events: t.stringList({ description: 'The events it receives.', resolve: (v) => v.endpoint.events }),
      secret: t.string({
        nullable: true,
        description:
          'The signing secret (`whsec_` + base64): only in the answer of createWebhook and rotateWebhookSecret, ' +
          'null everywhere else. Keep it.',
        resolve: (v) => (v.revealSecret ? v.endpoint.secret : null),
      }),
      previousSecretExpiresAt: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'After a rotation: until when deliveries are also signed with the secret before it.',
        resolve: (v) => opt(v.endpoint.previousSecretExpiresAt),
      }),
      createdAt: t.field({ type: 'DateTime', resolve: (v) => v.endpoint.createdAt }),
      disabled: t.boolean({
        description: 'Its URL answered 410 Gone: nothing more is sent until enableWebhook turns it back on.',
        resolve: (v) => v.endpoint.disabled,
      }),
      disabledReason: t.string({ nullable: true, resolve: (v) => opt(v.endpoint.disabledReason) }),
    }),
  });

  const WebhookDeliveryRef = builder.objectRef<Delivery>('WebhookDelivery').implement({
    description: 'One event sent (or to be sent) to one webhook, with its attempts.',
    fields: (t) => ({
      id: t.id({ description: 'whd_…', resolve: (d) => d.id }),
      webhookId: t.id({ resolve: (d) => d.endpointId }),
      eventId: t.id({
        description: 'The `webhook-id` header: the same on every attempt (dedupe on it).',
        resolve: (d) => d.eventId,
      }),
      type: t.string({ description: WEBHOOK_EVENT_TYPES.join(', '), resolve: (d) => d.type }),
      subjectId: t.id({
        description: 'The job (job_…) or pipeline (pl_…) the event is about.',
        resolve: (d) => d.subjectId,
      }),
      status: t.field({ type: WebhookDeliveryStatus, resolve: (d) => d.status }),
      attempts: t.int({ description: 'Attempts made so far, replays included.', resolve: (d) => d.attempts }),
      createdAt: t.field({ type: 'DateTime', resolve: (d) => d.createdAt }),
      lastAttemptAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => opt(d.lastAttemptAt) }),
      nextAttemptAt: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'PENDING: when the next attempt is due; null otherwise.',
        resolve: (d) => (d.status === 'PENDING' ? opt(d.nextAttemptAt) : null),
      }),
      responseStatus: t.int({
        nullable: true,
        description: 'HTTP status of the last attempt; null when it got no response.',
        resolve: (d) => opt(d.responseStatus),
      }),
      lastError: t.string({
        nullable: true,
        description:
          'Why the last attempt failed (status and the start of the body, or the connection error).',
        resolve: (d) => opt(d.lastError),
      }),
    }),
  });

  builder.queryFields((t) => ({
    webhooks: t.field({
      type: [WebhookEndpointRef],
      description: "This API key's webhooks, oldest first (without their secrets).",
      resolve: async (_root, _args, ctx) =>
        (await service(ctx).list(ctx.viewer.name)).map((endpoint) => ({ endpoint, revealSecret: false })),
    }),
    webhookDeliveries: t.field({
      type: [WebhookDeliveryRef],
      description: "The delivery log of one of this key's webhooks, newest first.",
      args: {
        endpointId: t.arg.id({ required: true }),
        first: t.arg.int({
          defaultValue: DELIVERIES_PAGE.default,
          description: `1–${DELIVERIES_PAGE.max}.`,
          extensions: { [MAX_LIST_SIZE]: DELIVERIES_PAGE.max },
        }),
      },
      resolve: (_root, args, ctx) =>
        service(ctx).deliveries(
          ctx.viewer.name,
          String(args.endpointId),
          args.first ?? DELIVERIES_PAGE.default,
        ),
    }),
  }));

  builder.mutationFields((t) => ({
    createWebhook: t.field({
      type: WebhookEndpointRef,
      description:
        `Registers a URL (http or https, at most ${MAX_URL_LENGTH} characters, a public address) for this key's ` +
        `events: ${WEBHOOK_EVENT_TYPES.join(', ')} (all when \`events\` is omitted). The answer is the only ` +
        'one with the signing secret (besides rotateWebhookSecret).',
      args: {
        url: t.arg.string({ required: true }),
        events: t.arg.stringList({ description: 'Event names; omitted: every event.' }),
      },
      resolve: async (_root, args, ctx) => {
        const endpoint = await service(ctx).create(ctx.viewer.name, {
          url: args.url,
          events: args.events ?? undefined,
          origin: ctx.origin,
        });
        return { endpoint, revealSecret: true };
      },
    }),
    deleteWebhook: t.boolean({
      description: 'Deletes one of your webhooks and its delivery log; false when there is no such webhook.',
      args: { id: t.arg.id({ required: true }) },
      resolve: (_root, args, ctx) => service(ctx).delete(ctx.viewer.name, String(args.id)),
    }),
    rotateWebhookSecret: t.field({
      type: WebhookEndpointRef,
      description:
        'A new signing secret, answered once. The previous one keeps signing too (both signatures, ' +
        'space-separated) until previousSecretExpiresAt, so receivers can switch without losing events.',
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const endpoint = await service(ctx).rotate(ctx.viewer.name, String(args.id));
        return { endpoint, revealSecret: true };
      },
    }),
    enableWebhook: t.field({
      type: WebhookEndpointRef,
      description:
        'Turns one of your webhooks back on after its URL answered 410 Gone (disabled becomes false), the URL ' +
        'checked again as createWebhook checks it. Events derived from then on are delivered; those derived while ' +
        'it was disabled were not queued for it, and its DISABLED deliveries stay so (replayWebhookDelivery sends ' +
        'one). A webhook that is not disabled is answered as it is. The secret is not in the answer.',
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const endpoint = await service(ctx).enable(ctx.viewer.name, String(args.id));
        return { endpoint, revealSecret: false };
      },
    }),
    replayWebhookDelivery: t.field({
      type: WebhookDeliveryRef,
      description:
        'Queues a delivery again (same webhook-id and body, the retry schedule from its start), e.g. one that FAILED.',
      args: { id: t.arg.id({ required: true }) },
      resolve: (_root, args, ctx) => service(ctx).replay(ctx.viewer.name, String(args.id)),
    }),
  }));
}
