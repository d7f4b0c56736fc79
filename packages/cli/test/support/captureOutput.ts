import { afterEach, beforeEach, vi } from 'vitest';

/** What a command printed during the current test. */
export interface CapturedOutput {
  out: string;
  err: string;
}

/**
 * Captures `process.stdout` / `process.stderr` writes for every test in the file, so command
 * tests can run the CLI in-process (`runCli`) and assert on exactly what a user would see.
 *
 * @example
 * const io = captureOutput();
 * it('prints JSON', async () => { await runCli(['score', file, '--format', 'json']); JSON.parse(io.out); });
 */
export function captureOutput(): CapturedOutput {
  const io: CapturedOutput = { out: '', err: '' };
  beforeEach(() => {
    io.out = '';
    io.err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      io.out += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      io.err += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return io;
}
