import { describe, expect, it } from 'vitest';
import {
  angleOf,
  arcPath,
  boxesOverlap,
  boxInside,
  jointAngle,
  labelBox,
  pairs,
  polar,
  textWidth,
} from '../../../src/ui/pictures/geometry';

describe('picture geometry helpers', () => {
  it('estimates text no narrower than DejaVu Sans Bold, the widest system font we render with', () => {
    // Measured in Debian's Chromium at 100 px, bold system-ui: "Often" 394 wide is 0.63 em a glyph.
    expect(textWidth('Often', 12.5)).toBeGreaterThanOrEqual(0.63 * 5 * 12.5);
    expect(textWidth('Now and then', 12.5)).toBeGreaterThan(87);
    expect(textWidth('iii', 10)).toBeLessThan(textWidth('mmm', 10));
  });

  it('places a label box by its anchor', () => {
    const lines = ['abc'];
    const start = labelBox({ at: [100, 50], lines });
    const middle = labelBox({ at: [100, 50], lines, anchor: 'middle' });
    const end = labelBox({ at: [100, 50], lines, anchor: 'end' });
    expect(start.x).toBe(100);
    expect(middle.x + middle.width / 2).toBeCloseTo(100);
    expect(end.x + end.width).toBeCloseTo(100);
    expect(labelBox({ at: [0, 50], lines: ['a', 'b'] }).height).toBeGreaterThan(start.height);
  });

  it('tells boxes inside, outside and overlapping', () => {
    expect(boxInside({ x: 1, y: 1, width: 10, height: 10 }, 20, 20)).toBe(true);
    expect(boxInside({ x: 15, y: 1, width: 10, height: 10 }, 20, 20)).toBe(false);
    expect(boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
  });

  it('measures angles the way SVG draws them', () => {
    expect(angleOf([0, 0], [10, 0])).toBe(0);
    expect(angleOf([0, 0], [0, 10])).toBe(90);
    expect(jointAngle([0, -10], [0, 0], [10, 0])).toBeCloseTo(90);
    expect(polar([0, 0], 10, 90)).toEqual([0, 10]);
    expect(arcPath([0, 0], 10, 0, 90)).toBe('M10 0 A10 10 0 0 1 0 10');
    expect(pairs([1, 2, 3, 4])).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});
