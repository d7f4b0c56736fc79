import { kvs } from '@forge/kvs';
import type { FittedThresholds } from '@trailmap/core/dedupe';
import { z } from 'zod';

/**
 * How well duplicate detection works in one project: the thresholds in use, how they were
 * obtained, and the precision and recall measured on the project's own known duplicates
 * (absent with the defaults, which have nothing to be measured on).
 */
export const DuplicateReportSchema = z.object({
  projectKey: z.string(),
  source: z.enum(['learnt', 'default']),
  knownPairs: z.number(),
  indexed: z.number(),
  link: z.number(),
  suggest: z.number(),
  linkPrecision: z.number().optional(),
  linkRecall: z.number().optional(),
  suggestPrecision: z.number().optional(),
  suggestRecall: z.number().optional(),
  notes: z.array(z.string()),
  fittedAt: z.string(),
});
export type DuplicateReport = z.infer<typeof DuplicateReportSchema>;

const reportKey = (projectKey: string) => `duplicates:v1:${projectKey}`;

/**
 * Stores a project's duplicate report (one small KVS document per project).
 *
 * @example
 * await saveDuplicateReport('SUP', thresholds, 412, new Date());
 */
export async function saveDuplicateReport(
  projectKey: string,
  t: FittedThresholds,
  indexed: number,
  at: Date,
): Promise<DuplicateReport> {
  const report: DuplicateReport = {
    projectKey,
    source: t.source,
    knownPairs: t.knownPairs,
    indexed,
    link: t.link,
    suggest: t.suggest,
    ...(t.linkPrecision !== undefined
      ? { linkPrecision: t.linkPrecision, linkRecall: t.linkRecall ?? 0 }
      : {}),
    ...(t.suggestPrecision !== undefined
      ? { suggestPrecision: t.suggestPrecision, suggestRecall: t.suggestRecall ?? 0 }
      : {}),
    notes: t.notes,
    fittedAt: at.toISOString(),
  };
  await kvs.set(reportKey(projectKey), report);
  return report;
}

/**
 * The stored report of a project, or `undefined` before the first fit (or when the stored
 * document is unreadable: the next fit rewrites it).
 *
 * @example
 * (await loadDuplicateReport('SUP'))?.linkPrecision; // => 0.96
 */
export async function loadDuplicateReport(projectKey: string): Promise<DuplicateReport | undefined> {
  const parsed = DuplicateReportSchema.safeParse(await kvs.get<unknown>(reportKey(projectKey)));
  return parsed.success ? parsed.data : undefined;
}
