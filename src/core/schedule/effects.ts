import type { BreakKind, BreakRecord, Effect, RecordKind } from './types';

/** Collects the effects of one transition, in order. */
export class EffectLog {
  readonly list: Effect[] = [];

  record(
    what: RecordKind,
    kind: BreakKind | null,
    at: number,
    done?: Pick<BreakRecord, 'exercises' | 'areaSeconds'>,
  ): void {
    const record: BreakRecord = { what, kind, at };
    if (done?.exercises?.length) record.exercises = [...done.exercises];
    if (done?.areaSeconds && Object.keys(done.areaSeconds).length > 0) record.areaSeconds = { ...done.areaSeconds };
    this.list.push({ type: 'record', record });
  }

  push(effect: Effect): void {
    this.list.push(effect);
  }
}
