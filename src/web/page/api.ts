import { type Client, createClient } from '../../client/index.ts';

/**
 * The page's one client: the project's client library (src/client), pointed at the gateway that
 * served the page, with the API key the user entered. Everything is relative to the page, so a
 * gateway behind a path prefix still works.
 */

const KEY_STORAGE = 'hunyuan3d-gateway.apiKey';

export function apiKey(): string {
  return localStorage.getItem(KEY_STORAGE) ?? '';
}

let cached: Client | undefined;

export function setApiKey(key: string): void {
  if (key) localStorage.setItem(KEY_STORAGE, key);
  else localStorage.removeItem(KEY_STORAGE);
  // Calls from now on use the new key; streams already open keep the one they were opened with.
  cached = undefined;
}

export function client(): Client {
  cached ??= createClient({ url: new URL('graphql', document.baseURI).href, apiKey: apiKey() || undefined });
  return cached;
}

export interface Sink<T> {
  next(value: T): void;
  error(err: Error): void;
  complete(): void;
}

/**
 * Feeds `sink` from a live iterator (`client().watch(id, { signal })`…) until it ends; the returned
 * function stops it at once, closing its stream, and nothing reaches the sink after that.
 */
export function stream<T>(start: (signal: AbortSignal) => AsyncIterable<T>, sink: Sink<T>): () => void {
  const controller = new AbortController();
  void (async () => {
    try {
      for await (const value of start(controller.signal)) {
        if (controller.signal.aborted) return;
        sink.next(value);
      }
      if (!controller.signal.aborted) sink.complete();
    } catch (err) {
      if (!controller.signal.aborted) sink.error(err instanceof Error ? err : new Error(String(err)));
    }
  })();
  return () => controller.abort();
}
