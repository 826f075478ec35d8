/** Shown for the few milliseconds before storage answers. */
export function Loading() {
  return <p class="muted">Loading…</p>;
}
