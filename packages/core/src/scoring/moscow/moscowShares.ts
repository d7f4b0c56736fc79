import type { WorkItem } from '../../model/workItem';
import { isBlank, toNumber } from '../fieldValue';
import { type MoscowBucket, parseMoscow } from './moscow';

/**
 * Thresholds for the DSDM effort checks.
 *
 * @example
 * checkMoscowShares(items, { mustMax: 0.5 });
 */
export interface MoscowShareOptions {
  /** Must effort above this share of the total is a risk (DSDM: about 60 %). Default 0.6. */
  mustMax?: number;
  /** Could effort below this share leaves too little contingency (DSDM: about 20 %). Default 0.15, "about 20 %" with 5 points of slack. */
  couldMin?: number;
}

/**
 * Effort shares of a release's MoSCoW buckets and what DSDM would flag.
 *
 * @example
 * checkMoscowShares(items).findings; // => [{ code: 'must_over_limit', … }]
 */
export interface MoscowShares {
  /** Effort per bucket (Won't excluded from the total: it is not in this timebox). */
  effort: Record<MoscowBucket, number>;
  /** Share of the total (Must + Should + Could) effort per bucket; 0 when the total is 0. */
  share: Record<Exclude<MoscowBucket, 'wont'>, number>;
  total: number;
  /** Threshold breaches. */
  findings: { code: 'must_over_limit' | 'could_under_contingency'; message: string }[];
  /** Items left out, with the reason (no bucket, or no effort). */
  skipped: { key: string; reason: string }[];
}

/**
 * DSDM's set-level MoSCoW checks, measured by effort (not item count): Must ≤ 60 % of the total,
 * Could about 20 % as contingency. Effort is the `effort` field, or else the item's estimate value.
 *
 * @example
 * const s = checkMoscowShares(items);
 * s.share.must; // => 0.7
 * s.findings[0]?.message; // => 'Must effort is 70 % of the total, above 60 %: …'
 */
export function checkMoscowShares(
  items: readonly WorkItem[],
  options: MoscowShareOptions = {},
): MoscowShares {
  const mustMax = options.mustMax ?? 0.6;
  const couldMin = options.couldMin ?? 0.15;
  const effort: Record<MoscowBucket, number> = { must: 0, should: 0, could: 0, wont: 0 };
  const skipped: MoscowShares['skipped'] = [];
  for (const item of items) {
    const bucket = parseMoscow(item.fields.moscow);
    if (!bucket) {
      skipped.push({
        key: item.key,
        reason: isBlank(item.fields.moscow) ? 'no moscow value' : 'moscow value not recognised',
      });
      continue;
    }
    const raw = item.fields.effort;
    const e = isBlank(raw) ? item.estimate?.value : toNumber(raw);
    if (e === undefined || !(e >= 0)) {
      skipped.push({ key: item.key, reason: 'no effort or estimate' });
      continue;
    }
    effort[bucket] += e;
  }
  const total = effort.must + effort.should + effort.could;
  const share = {
    must: total > 0 ? effort.must / total : 0,
    should: total > 0 ? effort.should / total : 0,
    could: total > 0 ? effort.could / total : 0,
  };
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  const findings: MoscowShares['findings'] = [];
  if (total > 0 && share.must > mustMax) {
    findings.push({
      code: 'must_over_limit',
      message: `Must effort is ${pct(share.must)} of the total, above ${pct(mustMax)}: the timebox has little room if estimates slip`,
    });
  }
  if (total > 0 && share.could < couldMin) {
    findings.push({
      code: 'could_under_contingency',
      message: `Could effort is ${pct(share.could)} of the total, below ${pct(couldMin)}: DSDM keeps about 20 % as contingency`,
    });
  }
  return { effort, share, total, findings, skipped };
}
