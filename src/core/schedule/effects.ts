import type { BreakKind, Effect, RecordKind } from './types';

/** Collects the effects of one transition, in order. */
export class EffectLog {
  readonly list: Effect[] = [];

  record(what: RecordKind, kind: BreakKind | null, at: number, exercises?: readonly string[]): void {
    const record = exercises?.length ? { what, kind, at, exercises: [...exercises] } : { what, kind, at };
    this.list.push({ type: 'record', record });
  }

  push(effect: Effect): void {
    this.list.push(effect);
  }
}
