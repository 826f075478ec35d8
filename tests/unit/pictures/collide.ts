import type { Box, Vec } from '../../../src/ui/pictures/geometry';

/** Points every unit along a polyline, for checking that a thick line keeps clear of a box. */
export function sample(points: readonly Vec[]): Vec[] {
  const out: Vec[] = [];
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1])));
    for (let s = 0; s <= steps; s++) out.push([a[0] + ((b[0] - a[0]) * s) / steps, a[1] + ((b[1] - a[1]) * s) / steps]);
  }
  return out;
}

/** Points along a quadratic Bézier from a through control c to b. */
export function sampleQuad(a: Vec, c: Vec, b: Vec, steps = 100): Vec[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const u = 1 - t;
    return [u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]] as Vec;
  });
}

/** Whether a line of the given width through these points touches the box. */
export function strokeHits(points: readonly Vec[], width: number, box: Box): boolean {
  const r = width / 2;
  return points.some(
    ([x, y]) => x >= box.x - r && x <= box.x + box.width + r && y >= box.y - r && y <= box.y + box.height + r,
  );
}
