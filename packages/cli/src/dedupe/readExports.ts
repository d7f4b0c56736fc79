import type { DuplicateDoc, KnownDuplicate } from '@trailmap/core';
import { loadBacklog, readCsvFile } from '@trailmap/trackers';
import { inputValue } from '../errors';

/** One tracker issue as duplicate search sees it. */
export interface ExportedIssue extends DuplicateDoc {
  tracker: 'jira' | 'linear' | 'trailmap';
  file: string;
}

/**
 * The one adapter between `trailmap dedupe` and the importers: every export is read with the
 * importers' own format detection (Jira CSV, Linear CSV, Trailmap JSON), and the duplicates the
 * tracker already knows are read beside it: Jira's `Outward issue link (Duplicate)` ("this
 * duplicates X") and `Inward issue link (Duplicate)`, Linear's `Duplicate of`.
 *
 * @example
 * const { issues, known } = await readExports(['jira.csv', 'linear.csv']);
 */
export async function readExports(
  files: readonly string[],
): Promise<{ issues: ExportedIssue[]; known: KnownDuplicate[]; warnings: string[] }> {
  const issues: ExportedIssue[] = [];
  const known: KnownDuplicate[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const loaded = inputValue(await loadBacklog(file));
    const tracker = loaded.source ?? (loaded.format === 'linear-csv' ? 'linear' : 'jira');
    for (const item of loaded.backlog.items) {
      issues.push({
        id: item.key,
        title: item.title,
        body: item.description,
        tracker,
        file,
        ...(item.release ? { version: item.release } : {}),
        ...(item.team ? { component: item.team } : {}),
      });
    }
    if (loaded.format !== 'json') known.push(...(await knownDuplicates(file)));
    warnings.push(...loaded.warnings.map((w) => `${file}: ${w}`));
  }
  return { issues, known, warnings };
}

async function knownDuplicates(file: string): Promise<KnownDuplicate[]> {
  const table = inputValue(await readCsvFile(file));
  const header = table.header.map((h) => h.toLowerCase());
  const keyAt = header.findIndex((h) => h === 'issue key' || h === 'id');
  if (keyAt < 0) return [];
  const outward = header.flatMap((h, i) =>
    h === 'outward issue link (duplicate)' || h === 'duplicate of' ? [i] : [],
  );
  const inward = header.flatMap((h, i) => (h === 'inward issue link (duplicate)' ? [i] : []));
  const out: KnownDuplicate[] = [];
  for (const { cells } of table.rows) {
    const key = (cells[keyAt] ?? '').trim();
    if (!key) continue;
    for (const i of outward)
      for (const other of keys(cells[i])) out.push({ duplicate: key, original: other });
    for (const i of inward) for (const other of keys(cells[i])) out.push({ duplicate: other, original: key });
  }
  return out;
}

function keys(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(/\s*,\s*/)
    .map((k) => k.trim())
    .filter(Boolean);
}
