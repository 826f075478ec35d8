import fc from 'fast-check';
import type { PostureCheckDay } from '../../../src/core/checklist/types';
import type { DayRecord, History, KindCounts } from '../../../src/core/history/daily';
import { KEEP_DAYS } from '../../../src/core/history/daily';
import { BODY_AREAS, type BodyArea } from '../../../src/core/routine/types';
import { dayKey } from '../../../src/core/time/local-time';

/** Small numbers most of the time, with the odd large one, all valid counts. */
const n = fc.oneof({ weight: 4, arbitrary: fc.nat(30) }, { weight: 1, arbitrary: fc.nat(1_000_000) });

const kindCounts: fc.Arbitrary<KindCounts> = fc.record({ prompted: n, taken: n, snoozed: n, skipped: n });

const topics = fc.record({ lumbar: n, feet: n, reach: n });
/** One day's quick posture checks (a history day's, or the checklist state's old record). */
export const posture: fc.Arbitrary<PostureCheckDay> = fc.record({ answered: n, yes: topics, no: topics });

const areaSeconds = fc
  .tuple(...BODY_AREAS.map(() => fc.oneof(fc.constant(0), n)))
  .map((values) => Object.fromEntries(BODY_AREAS.map((a, i) => [a, values[i]])) as Record<BodyArea, number>);

export const dayRecord: fc.Arbitrary<DayRecord> = fc.record({
  stretch: kindCounts,
  micro: kindCounts,
  natural: n,
  activeMinutes: n,
  longestSittingMinutes: n,
  areaSeconds,
  posture,
  checklistScore: fc.option(fc.integer({ min: 0, max: 100 })),
});

/** A local day key between 2024 and 2027. */
export const dayKeyArb = fc
  .integer({ min: 0, max: 4 * 366 })
  .map((i) => dayKey(new Date(2024, 0, 1 + i, 12).getTime()));

/** Any history the core can hold: valid days, at most KEEP_DAYS of them. */
export const history: fc.Arbitrary<History> = fc
  .dictionary(dayKeyArb, dayRecord, { maxKeys: 40 })
  .map((days) => ({ version: 2 as const, days }));

export const bigHistory: fc.Arbitrary<History> = fc
  .uniqueArray(dayKeyArb, { minLength: KEEP_DAYS - 5, maxLength: KEEP_DAYS + 20 })
  .chain((keys) => fc.tuple(...keys.map(() => dayRecord)).map((days) => ({ keys, days })))
  .map(({ keys, days }) => ({
    version: 2 as const,
    days: Object.fromEntries(keys.map((k, i) => [k, days[i] as DayRecord])),
  }));
