import type { AppConfig } from '../config/env';
import type { DemoWorkspace } from '../demo/demoWorkspace';
import type { LinearAuthProvider } from '../oauth/linearAuth';
import type { PageSigner } from '../security/pageSigner';
import type { TokenCipher } from '../security/tokenCipher';
import type { Store } from '../storage/store';

/**
 * Everything the HTTP app needs; built once at boot by `main.ts` (the composition root), or by
 * tests with their own parts. Routes take what they need from here and never read the
 * environment themselves.
 */
export interface AppDeps {
  config: AppConfig;
  store: Store;
  /** Seals tokens at rest. */
  cipher: TokenCipher;
  /** Signs and checks page links. */
  pageSigner: PageSigner;
  /** Linear credentials per workspace. */
  linearAuth: LinearAuthProvider;
  /** The sample workspace, in demo mode only. */
  demo: DemoWorkspace | undefined;
  /** Clock, epoch ms. */
  now: () => number;
  /** Wakes the in-process worker after a job was enqueued (no-op when it runs elsewhere). */
  notifyWorker: () => void;
  /** Outbound fetch for Linear's OAuth endpoints and the health probe; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Error log; defaults to stderr. */
  log?: (line: string) => void;
}
