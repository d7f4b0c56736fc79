import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, isCalendarDate, toDayNumber } from './dayNumber';
import { dayOfInstant, today } from './today';

const DAY_MS = 86_400_000;
// Year 1 to 9999: every date the `YYYY-MM-DD` form can write.
const dayNumber = fc.integer({ min: toDayNumber('0001-01-01'), max: toDayNumber('9999-12-31') });
const instant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) });
// Zones with DST in both hemispheres, half- and quarter-hour offsets, and the date line.
const ZONES = [
  'UTC',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Europe/London',
];

/** Runs `f` with the process's TZ set to `zone` (Node re-reads TZ when it changes). */
function inZone<T>(zone: string, f: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return f();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

describe('calendar (properties)', () => {
  const startTz = process.env.TZ;
  afterEach(() => {
    expect(process.env.TZ).toBe(startTz);
  });

  it('day numbers and dates round-trip, and every date written is a real one', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        const date = fromDayNumber(n);
        expect(isCalendarDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(n);
      }),
    );
  });

  it('agrees with Date.UTC, the zone-free reference, for every date', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        const date = fromDayNumber(n);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const utc = new Date(0);
        utc.setUTCFullYear(y, m - 1, d);
        expect(utc.getTime() / DAY_MS).toBe(n);
      }),
    );
  });

  it('addDays and daysBetween are inverse, whole-day steps across DST changes and leap days', () => {
    fc.assert(
      fc.property(dayNumber, fc.integer({ min: -100_000, max: 100_000 }), (n, k) => {
        const from = fromDayNumber(n);
        fc.pre(n + k >= toDayNumber('0001-01-01') && n + k <= toDayNumber('9999-12-31'));
        const to = addDays(from, k);
        expect(daysBetween(from, to)).toBe(k);
        expect(addDays(to, -k)).toBe(from);
      }),
    );
  });

  it('today names the same day for the same instant under every TZ', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (ms, zone) => {
        const reference = today(() => ms);
        expect(inZone(zone, () => today(() => ms))).toBe(reference);
        expect(inZone(zone, () => addDays(reference, 1))).toBe(addDays(reference, 1));
        expect(reference).toBe(new Date(ms).toISOString().slice(0, 10));
      }),
    );
  });

  it('an instant with an offset lands on its UTC day under every TZ; one without an offset is refused', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (ms, zone) => {
        const iso = new Date(ms).toISOString();
        expect(inZone(zone, () => dayOfInstant(iso))).toBe(Math.floor(ms / DAY_MS));
        expect(inZone(zone, () => dayOfInstant(iso.replace(/Z$/, '')))).toBeUndefined();
      }),
    );
  });

  it('the zone switch takes effect, so the properties above could fail', () => {
    expect(inZone('Asia/Kolkata', () => new Date(0).getTimezoneOffset())).toBe(-330);
    expect(inZone('America/New_York', () => new Date(0).getTimezoneOffset())).toBe(300);
  });

  it('reads the clock exactly once', () => {
    let reads = 0;
    today(() => {
      reads++;
      return 0;
    });
    expect(reads).toBe(1);
  });
});
