// One way for tests to run the server (or any command) as a real child process: everything it
// prints is kept, its exit is a promise made at spawn (so an early exit is never missed), and
// "listening on http://localhost:<port>" is awaited the same way by every suite.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The linear-app package folder, where `src/main.ts` runs from. */
export const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** A spawned process and what it has said. */
export interface ChildRun {
  child: ChildProcess;
  /** Everything it printed (stdout and stderr) since it started. */
  output(): string;
  /** Resolves with the exit code (null after a signal) once the process has exited. */
  exited: Promise<number | null>;
}

/**
 * Spawns `command` with stdout and stderr captured into `output()`.
 *
 * @example
 * const run = spawnCapturing(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: PACKAGE_DIR, env });
 */
export function spawnCapturing(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: Record<string, string> },
): ChildRun {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (d: Buffer) => {
    out += d.toString();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(child.exitCode)
      : child.once('exit', (code) => resolve(code)),
  );
  return { child, output: () => out, exited };
}

/**
 * Resolves with the port the server printed in "listening on http://localhost:<port>"; rejects,
 * with everything it printed, if it exits first.
 */
export function listeningPort(run: ChildRun): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /listening on http:\/\/localhost:(\d+)/.exec(run.output());
      if (m) {
        clearInterval(timer);
        resolve(Number(m[1]));
      }
    }, 20);
    void run.exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`server exited with ${code} before listening: ${run.output()}`));
    });
  });
}
