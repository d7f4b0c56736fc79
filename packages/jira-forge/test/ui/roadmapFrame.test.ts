import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { projectResolver } from '../../src/entry/project-page/resolver';
import { scoredIssues } from '../builders/scoredIssues';
import { JiraSim } from '../msw/jiraSim';
import { server } from '../msw/server';

const SCRIPT = readFileSync(join(import.meta.dirname, '../../static/roadmap-frame/roadmap.js'), 'utf8');

// Runs the Custom UI script in a bare context with a fake bridge and document, as the Frame would.
async function runFrame(bridge: unknown) {
  const written: string[] = [];
  const document = {
    body: { textContent: '' },
    open: () => undefined,
    write: (h: string) => written.push(h),
    close: () => undefined,
  };
  runInNewContext(SCRIPT, { globalThis: { __bridge: bridge }, document, Error });
  for (let i = 0; i < 50 && written.length === 0 && document.body.textContent === ''; i++)
    await new Promise((r) => setTimeout(r, 10));
  return { html: written.join(''), text: document.body.textContent };
}

describe('roadmap Custom UI frame', () => {
  beforeEach(() => {
    const sim = new JiraSim();
    server.use(...sim.handlers());
    sim.addIssue(...scoredIssues(4, { points: true }));
  });

  it("writes core's roadmap HTML for the context's project", async () => {
    const frame = await runFrame({
      callBridge: async (cmd: string, data: { functionKey: string; payload: unknown }) =>
        cmd === 'getContext'
          ? { extension: { project: { key: 'PM' } } }
          : projectResolver({
              call: { functionKey: data.functionKey, payload: data.payload },
              context: {},
            } as never),
    });
    expect(frame.html).toMatch(/<html/i);
    expect(frame.html).toContain('PM-30003');
    expect(frame.html).not.toMatch(/<script/i);
  });

  it('shows the resolver error text instead of a blank frame', async () => {
    const frame = await runFrame({
      callBridge: async (cmd: string, data: { functionKey: string; payload: unknown }) =>
        cmd === 'getContext'
          ? {}
          : projectResolver({
              call: { functionKey: data.functionKey, payload: data.payload },
              context: {},
            } as never),
    });
    expect(frame.html).toBe('');
    expect(frame.text).toMatch(/roadmap\/render was malformed: projectKey/);
  });
});
