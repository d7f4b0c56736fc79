import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { okValue, problemText } from '../../test/support/results';
import { loadConfig, parseConfigText } from './loadConfig';

const fails = (text: string) => problemText(parseConfigText(text, 'trailmap.config.json'));

describe('parseConfigText', () => {
  it('accepts the documented sections and passes scorecards and reach through', () => {
    const config = okValue(
      parseConfigText(
        JSON.stringify({
          mapping: { reach: ['Custom field (Users affected)'] },
          scorecards: [{ anything: true }],
          reach: { tiers: { enterprise: 3 } },
          customers: [{ name: 'Acme', revenue: 10, tier: 'enterprise', size: 5 }],
          releases: [{ name: 'v1', start: '2026-01-05', end: '2026-01-19', capacity: 30 }],
          feedback: { issueTypes: ['Insight'] },
          dates: { order: 'mdy', utcOffset: '-05:00' },
        }),
        'c.json',
      ),
    );
    expect(config.scorecards).toEqual([{ anything: true }]);
    expect(config.reach).toEqual({ tiers: { enterprise: 3 } });
    expect(config.customers[0]).toEqual({
      name: 'Acme',
      revenue: 10,
      tier: 'enterprise',
      size: 5,
      aliases: [],
    });
  });

  it('names the file and the field of an invalid value', () => {
    expect(fails('{"releases":[{"name":"v1","capacity":-1}]}')).toMatch(
      /^trailmap\.config\.json: config error: field "releases\[0\]\.capacity": /,
    );
    expect(fails('{"customers":[{"name":"A","revenue":"lots"}]}')).toMatch(
      /^trailmap\.config\.json: config error: field "customers\[0\]\.revenue": /,
    );
    expect(fails('{"releases":[{"name":"v1","start":"next week"}]}')).toMatch(/field "releases\[0\]\.start"/);
    expect(fails('{"dates":{"utcOffset":"CET"}}')).toMatch(
      /field "dates\.utcOffset": expected Z or an offset/,
    );
  });

  it('names unknown keys so typos surface', () => {
    expect(fails('{"custmers":[]}')).toBe(
      'trailmap.config.json: config error: unknown field "custmers" (see docs/import.md#config)',
    );
    expect(fails('{"feedback":{"type":["x"]}}')).toBe(
      'trailmap.config.json: config error: unknown field "type" in "feedback" (see docs/import.md#config)',
    );
  });

  it('reports JSON syntax errors', () => {
    expect(fails('{"mapping": ')).toMatch(/^trailmap\.config\.json: config error: not valid JSON/);
  });

  it('gives each problem a literal code with what was expected and received', () => {
    const bad = parseConfigText('{"customers":[{"name":"A","revenue":"lots"}]}', 'c.json');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems[0]).toMatchObject({
      file: 'c.json',
      code: 'invalid',
      expected: 'number',
      received: 'string',
    });
    expect(parseConfigText('{', 'c.json')).toMatchObject({ ok: false, problems: [{ code: 'invalid_json' }] });
  });
});

describe('loadConfig', () => {
  it('prefers --config, then the input folder, then the working directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailmap-config-'));
    const inputDir = mkdtempSync(join(tmpdir(), 'trailmap-input-'));
    writeFileSync(join(dir, 'trailmap.config.json'), '{"releases":[{"name":"cwd"}]}');
    writeFileSync(join(dir, 'explicit.json'), '{"releases":[{"name":"explicit"}]}');
    const input = join(inputDir, 'export.csv');

    const fromCwd = okValue(await loadConfig({ inputFile: input, cwd: dir }));
    expect(fromCwd.config.releases[0]?.name).toBe('cwd');
    writeFileSync(join(inputDir, 'trailmap.config.json'), '{"releases":[{"name":"beside"}]}');
    expect(okValue(await loadConfig({ inputFile: input, cwd: dir })).config.releases[0]?.name).toBe('beside');
    const explicit = okValue(
      await loadConfig({ configFile: join(dir, 'explicit.json'), inputFile: input, cwd: dir }),
    );
    expect(explicit.config.releases[0]?.name).toBe('explicit');
  });

  it('uses the defaults when there is no config, and fails when --config is missing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'trailmap-none-'));
    expect(okValue(await loadConfig({ inputFile: join(empty, 'x.csv'), cwd: empty }))).toEqual({
      config: { mapping: {}, customers: [], releases: [] },
    });
    expect(problemText(await loadConfig({ configFile: join(empty, 'nope.json') }))).toBe(
      `${join(empty, 'nope.json')}: config error: the config file is not found or not readable`,
    );
  });
});
