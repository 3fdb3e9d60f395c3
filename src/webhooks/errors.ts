/** Typed errors of the webhooks layer; src/graphql/errors.ts maps each to one `extensions.code`. */

/** An invalid argument (a URL, an event name, a page size): BAD_USER_INPUT naming the field. */
export class InvalidWebhookInputError extends Error {
  override readonly name = 'InvalidWebhookInputError';
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** An unknown endpoint or delivery id, or another key's: NOT_FOUND, the same answer either way. */
export class WebhookNotFoundError extends Error {
  override readonly name = 'WebhookNotFoundError';
  readonly code = 'NOT_FOUND' as const;
  constructor(what: 'webhook' | 'delivery', id: string) {
    super(
      what === 'webhook'
        ? `No webhook with id "${id.slice(0, 80)}" (ids look like wh_…)`
        : `No webhook delivery with id "${id.slice(0, 80)}" (ids look like whd_…)`,
    );
  }
}

/** The key already has the most endpoints it may have. */
export class TooManyWebhooksError extends Error {
  override readonly name = 'TooManyWebhooksError';
  readonly code = 'TOO_MANY_WEBHOOKS' as const;
  constructor(readonly limit: number) {
    super(`This API key already has ${limit} webhooks, the most it may have; delete one first`);
  }
}

/**
 * A target that resolves to a private, loopback, link-local, unique-local, CGNAT or unspecified
 * address (SSRF guard), refused unless WEBHOOK_ALLOW_PRIVATE_TARGETS=true.
 */
export class WebhookTargetNotAllowedError extends Error {
  override readonly name = 'WebhookTargetNotAllowedError';
  readonly code = 'WEBHOOK_TARGET_NOT_ALLOWED' as const;
  constructor(
    readonly host: string,
    readonly address: string | undefined,
  ) {
    super(
      address === undefined || address === host
        ? `Webhook target ${host} is a private, loopback or otherwise internal address; only public addresses are allowed`
        : `Webhook target ${host} resolves to ${address}, a private, loopback or otherwise internal address; only public addresses are allowed`,
    );
  }
}

/** A replay of a delivery whose endpoint was disabled (it answered 410 Gone). */
export class WebhookDisabledError extends Error {
  override readonly name = 'WebhookDisabledError';
  readonly code = 'WEBHOOK_DISABLED' as const;
  constructor(readonly endpointId: string) {
    super(
      `Webhook ${endpointId} is disabled (its URL answered 410 Gone); enableWebhook turns it back on (then replay this delivery)`,
    );
  }
}
