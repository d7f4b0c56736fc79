import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputFile } from './writeOutputFile';

const dir = mkdtempSync(join(tmpdir(), 'trailmap-write-'));
const role = { what: 'the page', remedy: 'choose another --out path' };

describe('writeOutputFile', () => {
  it('creates the missing folders and returns the absolute path', async () => {
    const target = join(dir, 'a', 'b', 'c', 'page.html');
    expect(await writeOutputFile(target, '<p>hi</p>', role)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('<p>hi</p>');
    expect(await writeOutputFile(target, 'again', role)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('again');
  });

  it('fails with one line naming the file and the errno when a parent is a file', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    await expect(writeOutputFile(join(file, 'deeper', 'page.html'), 'x', role)).rejects.toThrow(
      new RegExp(
        `^${join(file, 'deeper', 'page.html')}: cannot write the page \\((ENOTDIR|EEXIST)\\); choose another --out path$`,
      ),
    );
  });

  it('fails, rather than never returning, for a folder under /proc', async () => {
    await expect(writeOutputFile('/proc/trailmap-none/deeper/page.html', 'x', role)).rejects.toThrow(
      /^\/proc\/trailmap-none\/deeper\/page\.html: cannot write the page \(E[A-Z]+\); choose another --out path$/,
    );
  });
});
