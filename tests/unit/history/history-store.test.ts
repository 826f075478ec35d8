import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDay, emptyHistory, type History } from '../../../src/core/history/daily';
import { encodeHistory } from '../../../src/core/history/format';
import {
  appendRecords,
  clearHistory,
  importHistory,
  onHistoryChanged,
  readHistory,
  recordPostureCheck,
  replaceHistory,
} from '../../../src/platform/history-store';

// The unit project has no browser: the platform's one polyfill import becomes an in-memory fake.
vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  return { default: fakeBrowser };
});

const AT = new Date(2026, 10, 26, 10, 0).getTime();
const stored = async () => (await fakeBrowser.storage.local.get('history')).history;

describe('history store', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('writes every kind of input in the compact version-2 form under "history"', async () => {
    await appendRecords([
      { what: 'prompted', kind: 'stretch', at: AT },
      { what: 'taken', kind: 'stretch', at: AT, exercises: ['chin-tuck'] },
      { what: 'sitting', minutes: 50, at: AT },
      { what: 'areas', areaSeconds: { neck: 60 }, at: AT },
      { what: 'posture', answers: { lumbar: true }, at: AT },
      { what: 'checklist-score', percent: 75, at: AT },
    ]);
    expect(await stored()).toEqual({
      v: 2,
      d: { '2026-11-26': [1, 1, 0, 0, 0, 0, 0, 0, 0, 50, 50, [0, 0, 0, 0, 60], 1, 1, 0, 0, 0, 0, 0, 75] },
    });
    expect((await readHistory()).days['2026-11-26']?.stretch.taken).toBe(1);
  });

  it('counts quick posture checks on the local day they were answered, in the history only', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 26, 23, 30)); // 22:30 UTC
    await recordPostureCheck({ lumbar: true, feet: false, reach: true });
    vi.setSystemTime(new Date(2026, 10, 27, 0, 30)); // 23:30 UTC, still the 26th there
    await recordPostureCheck({ feet: true });
    await recordPostureCheck({}); // dismissed without an answer: not counted
    expect((await readHistory()).days).toEqual({
      '2026-11-26': {
        ...emptyDay(),
        posture: { answered: 1, yes: { lumbar: 1, feet: 0, reach: 1 }, no: { lumbar: 0, feet: 1, reach: 0 } },
      },
      '2026-11-27': {
        ...emptyDay(),
        posture: { answered: 1, yes: { lumbar: 0, feet: 1, reach: 0 }, no: { lumbar: 0, feet: 0, reach: 0 } },
      },
    });
    // Nothing else is written: the checklist state's old copy of the checks is not kept up any more.
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['history']);
  });

  it('rejects a posture check a full storage cannot take, so the check window does not say "Saved"', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(AT);
    // Full, with no older day to drop: every write is refused.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(recordPostureCheck({ lumbar: true })).rejects.toThrow(/quota/);
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    // Nothing was kept back in memory to reappear with a later write.
    await appendRecords([{ what: 'natural', kind: null, at: AT }]);
    expect((await readHistory()).days['2026-11-26']?.posture.answered).toBe(0);
  });

  it('reads a version-1 history and writes it back as version 2 with the next record', async () => {
    const v1 = { version: 1, days: { '2026-11-25': { stretch: { prompted: 3, taken: 2, snoozed: 1, skipped: 0 } } } };
    await fakeBrowser.storage.local.set({ history: v1 });
    expect((await readHistory()).days['2026-11-25']).toEqual({
      ...emptyDay(),
      stretch: { prompted: 3, taken: 2, snoozed: 1, skipped: 0 },
    });
    await appendRecords([{ what: 'natural', kind: null, at: AT }]);
    expect(await stored()).toEqual({ v: 2, d: { '2026-11-25': [3, 2, 1], '2026-11-26': [0, 0, 0, 0, 0, 0, 0, 0, 1] } });
  });

  it('keeps the earlier days whole when a write fails', async () => {
    await appendRecords([{ what: 'natural', kind: null, at: AT - 86_400_000 }]);
    const before = await stored();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error: disk read-only'));
    await expect(appendRecords([{ what: 'natural', kind: null, at: AT }])).rejects.toThrow(/IO error/);
    expect(await stored()).toEqual(before);
    // The queue carries on after a failure.
    await appendRecords([{ what: 'natural', kind: null, at: AT }]);
    expect(Object.keys((await readHistory()).days)).toEqual(['2026-11-25', '2026-11-26']);
  });

  it('runs writes one after another, so none is lost', async () => {
    await Promise.all(Array.from({ length: 10 }, () => appendRecords([{ what: 'natural', kind: null, at: AT }])));
    expect((await readHistory()).days['2026-11-26']?.natural).toBe(10);
  });

  it('imports by merging, replaces, and clears', async () => {
    await appendRecords([{ what: 'taken', kind: 'micro', at: AT }]);
    const incoming: History = {
      version: 2,
      days: { '2026-11-20': { ...emptyDay(), natural: 2 }, '2026-11-26': { ...emptyDay(), natural: 1 } },
    };
    const merged = await importHistory(incoming);
    expect(merged.days['2026-11-26']).toMatchObject({ natural: 1, micro: { taken: 1 } });
    expect(await importHistory(incoming)).toEqual(merged);
    expect(await stored()).toEqual(encodeHistory(merged));
    await replaceHistory(incoming);
    expect(await readHistory()).toEqual(incoming);
    await clearHistory();
    expect(await readHistory()).toEqual(emptyHistory());
    expect(await stored()).toEqual({ v: 2, d: {} });
  });

  it('tells listeners when the history changes', async () => {
    const listener = vi.fn();
    const stop = onHistoryChanged(listener);
    await appendRecords([{ what: 'natural', kind: null, at: AT }]);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    await appendRecords([{ what: 'natural', kind: null, at: AT }]);
    expect(listener).toHaveBeenCalledTimes(1);
    await appendRecords([]);
  });
});
