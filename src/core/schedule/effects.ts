import type { BreakKind, Effect, RecordKind } from './types';

/** Collects the effects of one transition, in order. */
export class EffectLog {
  readonly list: Effect[] = [];

  record(what: RecordKind, kind: BreakKind | null, at: number): void {
    this.list.push({ type: 'record', record: { what, kind, at } });
  }

  push(effect: Effect): void {
    this.list.push(effect);
  }
}
