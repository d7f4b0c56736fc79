import { createDuplicateIndex, type DuplicateIndex } from './duplicateIndex';
import type { DuplicateDoc } from './duplicateTerms';
import type { KnownDuplicate } from './evaluateDuplicates';
import {
  type FittedThresholds,
  fitDuplicateThresholds,
  type ThresholdTargets,
} from './fitDuplicateThresholds';

/** A document with the version it was indexed at (Jira `updated`, Linear `updatedAt`). */
export interface VersionedDoc {
  doc: DuplicateDoc;
  version: string;
}

/**
 * A duplicate index kept beside a tracker mirror across jobs: {@link DuplicateMirror.sync}
 * re-indexes only documents whose version changed and drops those gone, and the thresholds are
 * re-learnt only when the known duplicates change or the index has grown or shrunk by a tenth
 * since the last fit. Apps keep one per workspace (or one over a Jira site and a Linear workspace
 * together) in memory, so a job no longer rebuilds the index.
 */
export interface DuplicateMirror {
  readonly index: DuplicateIndex;
  /** Brings the index up to `docs` (the whole current set) and returns the thresholds to use. */
  sync(docs: readonly VersionedDoc[], known: readonly KnownDuplicate[]): FittedThresholds;
  /** What the last sync changed: for logs and tests. */
  readonly lastSync: { added: number; removed: number; refitted: boolean };
}

/**
 * Creates an empty {@link DuplicateMirror}.
 *
 * @example
 * const mirror = createDuplicateMirror();
 * const thresholds = mirror.sync([{ doc: { id: 'ENG-1', title: 'Crash on save' }, version: '2026-01-01' }], []);
 * mirror.index.query({ id: 'q', title: 'Saving crashes' });
 */
export function createDuplicateMirror(targets: ThresholdTargets = {}): DuplicateMirror {
  const index = createDuplicateIndex();
  const versions = new Map<string, string>();
  let fitted: { thresholds: FittedThresholds; known: string; size: number } | undefined;
  const lastSync = { added: 0, removed: 0, refitted: false };
  return {
    index,
    get lastSync() {
      return { ...lastSync };
    },
    sync(docs, known) {
      lastSync.added = 0;
      lastSync.removed = 0;
      lastSync.refitted = false;
      const present = new Set<string>();
      for (const { doc, version } of docs) {
        present.add(doc.id);
        if (versions.get(doc.id) === version) continue;
        index.add(doc);
        versions.set(doc.id, version);
        lastSync.added++;
      }
      for (const id of [...versions.keys()]) {
        if (present.has(id)) continue;
        index.remove(id);
        versions.delete(id);
        lastSync.removed++;
      }
      const signature = known
        .map((k) => `${k.duplicate}>${k.original}`)
        .sort()
        .join(',');
      const drift = fitted ? Math.abs(index.size - fitted.size) / Math.max(1, fitted.size) : 1;
      if (!fitted || fitted.known !== signature || drift > 0.1) {
        fitted = {
          thresholds: fitDuplicateThresholds(
            docs.map((d) => d.doc),
            known,
            targets,
            index,
          ),
          known: signature,
          size: index.size,
        };
        lastSync.refitted = true;
      }
      return fitted.thresholds;
    },
  };
}
