import type { AppEvent, Channel, RequestOf, ResponseOf } from './contract';
import type { Result } from './result';

/** What the preload exposes as `window.api` and what the browser-mode bridge implements. */
export interface WorkbenchApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}
