import { describe, expect, it } from 'vitest';
import { fitsPlace, isAllowed, matchesFocus, routinePool } from '../../../src/core/routine/filters';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import { byId, LIBRARY, OPEN } from './library';

const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);
const allowedIds = (filters: typeof OPEN, muted: readonly string[] = []) =>
  ids(LIBRARY.filter((e) => isAllowed(e, filters, muted)));

describe('routine filters', () => {
  it('allow everything when every filter is open', () => {
    expect(allowedIds(OPEN)).toEqual(ids(LIBRARY));
  });

  it('at the office, rule out floor moves and band, dumbbell and mat exercises whatever the lists say', () => {
    const office = { ...OPEN, atOffice: true };
    const out = ['glute-bridge', 'band-hip', 'side-lunge', 'mat-kneel'];
    expect(allowedIds(office)).toEqual(ids(LIBRARY).filter((id) => !out.includes(id)));
    for (const id of out) expect(fitsPlace(byId(id), office), id).toBe(false);
  });

  it('at home, allow floor moves and home kit when the lists do', () => {
    expect(fitsPlace(byId('glute-bridge'), OPEN)).toBe(true);
    expect(fitsPlace(byId('band-hip'), OPEN)).toBe(true);
    expect(fitsPlace(byId('glute-bridge'), { ...OPEN, positions: ['seated', 'standing'] })).toBe(false);
  });

  it('with the default settings, give the desk-friendly pool', () => {
    expect(allowedIds(DEFAULT_SETTINGS.routine)).toEqual([
      'eye-rest',
      'chin-tuck',
      'shoulder-shrug',
      'seated-twist',
      'calf-stretch',
      'thigh-stretch',
    ]);
  });

  it('keep only positions the person chose', () => {
    expect(allowedIds({ ...OPEN, positions: ['standing'] })).toEqual([
      'shoulder-shrug',
      'calf-stretch',
      'thigh-stretch',
      'band-hip',
      'side-lunge',
    ]);
  });

  it('need every item of an exercise’s kit; no kit needs nothing', () => {
    expect(allowedIds({ ...OPEN, equipment: [] })).toEqual(['eye-rest', 'chin-tuck', 'shoulder-shrug', 'glute-bridge']);
    expect(allowedIds({ ...OPEN, equipment: ['wall'] })).toContain('calf-stretch');
    expect(allowedIds({ ...OPEN, equipment: ['wall'] })).not.toContain('thigh-stretch');
    const twoItems = { ...byId('calf-stretch'), equipment: ['wall', 'mat'] as const };
    expect(fitsPlace(twoItems, { ...OPEN, equipment: ['wall'] })).toBe(false);
    expect(fitsPlace(twoItems, { ...OPEN, equipment: ['wall', 'mat'] })).toBe(true);
  });

  it('keep exercises that share at least one area with the focus areas; none means every area', () => {
    expect(allowedIds({ ...OPEN, focusAreas: ['lower-back'] })).toEqual(['seated-twist', 'glute-bridge']);
    expect(allowedIds({ ...OPEN, focusAreas: ['neck', 'legs'] })).toEqual([
      'chin-tuck',
      'shoulder-shrug',
      'calf-stretch',
      'side-lunge',
    ]);
    expect(matchesFocus(byId('eye-rest'), { ...OPEN, focusAreas: [] })).toBe(true);
  });

  it('leave out muted exercises, and ignore muted ids the library does not know', () => {
    expect(allowedIds(OPEN, ['chin-tuck', 'glute-bridge', 'gone-from-library'])).toEqual(
      ids(LIBRARY).filter((id) => id !== 'chin-tuck' && id !== 'glute-bridge'),
    );
  });
});

describe('routinePool', () => {
  it('draws stretch breaks from stretch exercises, focus areas applied', () => {
    expect(ids(routinePool(LIBRARY, { ...OPEN, focusAreas: ['neck'] }, [], 'stretch'))).toEqual([
      'chin-tuck',
      'shoulder-shrug',
    ]);
  });

  it('draws micro-breaks from micro exercises, whatever the focus areas', () => {
    expect(ids(routinePool(LIBRARY, { ...OPEN, focusAreas: ['lower-back'] }, [], 'micro'))).toEqual([
      'eye-rest',
      'chin-tuck',
    ]);
  });

  it('still applies place, kit and mutes to micro-breaks', () => {
    expect(ids(routinePool(LIBRARY, OPEN, ['eye-rest'], 'micro'))).toEqual(['chin-tuck']);
    expect(ids(routinePool(LIBRARY, { ...OPEN, positions: ['standing'] }, [], 'micro'))).toEqual([]);
  });

  it('keeps one exercise per id should the library repeat one', () => {
    const doubled = [...LIBRARY, { ...byId('eye-rest'), figure: 'copy' }];
    const pool = routinePool(doubled, OPEN, [], 'micro');
    expect(ids(pool)).toEqual(['eye-rest', 'chin-tuck']);
    expect(pool[0]?.figure).toBe('generic');
  });
});
