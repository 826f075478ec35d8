import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRoutineState, parseRoutineState } from '../../../src/core/routine/parse-routine-state';

describe('parseRoutineState', () => {
  it('reads a stored state as it is', () => {
    const stored = { version: 1, used: { stretch: ['a', 'b'], micro: ['eye-rest'] }, muted: ['c'] };
    expect(parseRoutineState(stored)).toEqual(stored);
  });

  it.each([undefined, null, 42, 'routine', [], {}, { version: 1 }])('gives empty lists for %j', (raw) => {
    expect(parseRoutineState(raw)).toEqual(emptyRoutineState());
  });

  it('keeps ids the library does not know, so no mute is lost', () => {
    expect(parseRoutineState({ muted: ['retired-stretch'] }).muted).toEqual(['retired-stretch']);
  });

  it('keeps the readable parts of a garbled state', () => {
    const state = parseRoutineState({
      version: 'x',
      used: { stretch: ['a', 7, 'a', null, ''], micro: 'eye-rest', other: ['z'] },
      muted: ['c', { id: 'd' }, 'c'],
    });
    expect(state).toEqual({ version: 1, used: { stretch: ['a'], micro: [] }, muted: ['c'] });
  });

  it('never throws, and its result reads back unchanged', () => {
    const arbRaw = fc.oneof(
      fc.anything(),
      fc.record({
        version: fc.anything(),
        used: fc.oneof(fc.anything(), fc.record({ stretch: fc.anything(), micro: fc.anything() })),
        muted: fc.oneof(fc.anything(), fc.array(fc.oneof(fc.string(), fc.anything()))),
      }),
    );
    fc.assert(
      fc.property(arbRaw, (raw) => {
        const state = parseRoutineState(raw);
        expect(parseRoutineState(structuredClone(state))).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
