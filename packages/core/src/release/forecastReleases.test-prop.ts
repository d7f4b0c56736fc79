import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber';
import { seededRandom } from '../random/seededRandom';
import { forecastReleases } from './forecastReleases';

// The forecast as it was first written: every trial's finish day kept and sorted per release,
// percentiles read off the sorted array. forecastReleases counts trials per day instead; the
// dates must not move.
function sortedForecast(
  releases: readonly { id: string; work: number }[],
  throughput: readonly number[],
  today: string,
  trials: number,
  seed: number,
  horizon: number,
): (string | null)[][] {
  const random = seededRandom(seed);
  const cumulative: number[] = [];
  let total = 0;
  for (const release of releases) {
    total += release.work;
    cumulative.push(total);
  }
  const days = releases.map((): number[] => []);
  for (let t = 0; t < trials; t++) {
    let done = 0;
    let week = 0;
    for (let r = 0; r < releases.length; r++) {
      const target = cumulative[r]!;
      let finished = Number.POSITIVE_INFINITY;
      if (target <= done) finished = week * 7;
      while (done < target && week < horizon) {
        const got = throughput[Math.floor(random() * throughput.length)]!;
        if (done + got >= target) {
          finished = Math.ceil((week + (target - done) / got) * 7);
          done += got;
          week++;
          break;
        }
        done += got;
        week++;
      }
      days[r]!.push(finished);
    }
  }
  const start = toDayNumber(today);
  return days.map((trialDays) => {
    const sorted = [...trialDays].sort((a, b) => a - b);
    return [0.5, 0.85, 0.95].map((q) => {
      const d = sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
      return Number.isFinite(d) ? fromDayNumber(start + d) : null;
    });
  });
}

describe('forecastReleases (property)', () => {
  it('gives the same percentile dates as sorting every trial', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.string(), work: fc.integer({ min: -3, max: 80 }) }), { maxLength: 6 }),
        fc
          .array(fc.integer({ min: 0, max: 12 }), { minLength: 3, maxLength: 10 })
          .filter((h) => h.some((w) => w > 0)),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 30 }),
        (releases, throughput, trials, seed, horizonWeeks) => {
          const today = '2026-03-02';
          const f = forecastReleases(releases, { throughput, today, trials, seed, horizonWeeks });
          expect(f.ok ? f.value.releases.map((r) => [r.p50, r.p85, r.p95]) : f.problems).toEqual(
            sortedForecast(releases, throughput, today, trials, seed, horizonWeeks),
          );
        },
      ),
    );
  });
});
