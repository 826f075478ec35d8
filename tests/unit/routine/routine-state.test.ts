import { describe, expect, it } from 'vitest';
import { emptyRoutineState } from '../../../src/core/routine/parse-routine-state';
import { withMuted, withoutMuted, withRoutineDone } from '../../../src/core/routine/routine-state';

describe('routine state updates', () => {
  it('mute an exercise once, however often it is muted', () => {
    const once = withMuted(emptyRoutineState(), 'chin-tuck');
    expect(once.muted).toEqual(['chin-tuck']);
    expect(withMuted(once, 'chin-tuck')).toBe(once);
    expect(withMuted(once, '')).toBe(once);
  });

  it('undo a mute, leaving the others', () => {
    const state = withMuted(withMuted(emptyRoutineState(), 'a'), 'b');
    expect(withoutMuted(state, 'a').muted).toEqual(['b']);
    expect(withoutMuted(state, 'z').muted).toEqual(['a', 'b']);
  });

  it('move on only the rotation of the kind of break that was taken', () => {
    let state = withRoutineDone(emptyRoutineState(), 'stretch', ['a', 'b'], ['a', 'b', 'c']);
    state = withRoutineDone(state, 'micro', ['eye-rest'], ['eye-rest', 'blink']);
    expect(state.used).toEqual({ stretch: ['a', 'b'], micro: ['eye-rest'] });
    // A micro-break's pool knows nothing of stretch ids, and must not wipe their rotation.
    state = withRoutineDone(state, 'micro', ['blink'], ['eye-rest', 'blink']);
    expect(state.used).toEqual({ stretch: ['a', 'b'], micro: [] });
  });

  it('leave the state it is given alone', () => {
    const state = emptyRoutineState();
    withMuted(state, 'a');
    withRoutineDone(state, 'stretch', ['a'], ['a', 'b']);
    expect(state).toEqual(emptyRoutineState());
  });
});
