import type { AppEvent, Channel, RequestOf, ResponseOf } from './contract';
import type { GrantedFile } from './contracts/files';
import type { Result } from './result';

/** What the preload exposes as `window.api` and what the browser-mode bridge implements. */
export interface WorkbenchApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  /**
   * Desktop app only: grants files dropped onto the window (DOM `File` objects) for reading by path.
   * Files that are not on disk are left out.
   */
  grantDroppedFiles?(files: readonly unknown[]): Promise<Result<GrantedFile[]>>;
}
