import { readFileSync } from 'node:fs';

/**
 * The bench's budget lines and the known misses they are judged against (bench/known-misses.json).
 * Kept apart from run.ts so the judging can be checked without a browser.
 */

/** The budgets' stable ids: the keys of bench/known-misses.json. */
export const BUDGET_IDS = [
  'popup-gzip',
  'worker-gzip',
  'popup-paint',
  'prompt-latency',
  'wakeups',
  'history-day-example',
  'history-day-simulated',
] as const;
export type BudgetId = (typeof BUDGET_IDS)[number];

/**
 * A budget still missed while the work on it goes on (a ratchet): the run passes while the figure
 * stays at or under `ceiling`, in the budget's own unit (bytes for sizes, ms for timings before
 * the BENCH_SLOW factor, wake-ups per active hour, bytes of history). Lower the ceiling as the
 * figure improves; remove the entry once the budget is met (the run says so).
 */
export interface KnownMiss {
  ceiling: number;
  why: string;
}
export type KnownMisses = Partial<Record<BudgetId, KnownMiss>>;

/** Reads bench/known-misses.json: budget id → KnownMiss; keys starting with `$` (the schema) are skipped. */
export function readKnownMisses(file: string): KnownMisses {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(`${file}: expected an object of budget id → { ceiling, why }`);
  }
  const known: KnownMisses = {};
  for (const [id, entry] of Object.entries(raw)) {
    if (id.startsWith('$')) continue;
    if (!(BUDGET_IDS as readonly string[]).includes(id)) {
      throw new Error(`${file}: "${id}" is no budget id (${BUDGET_IDS.join(', ')})`);
    }
    const { ceiling, why } = (entry ?? {}) as Partial<KnownMiss>;
    if (typeof ceiling !== 'number' || !Number.isFinite(ceiling) || typeof why !== 'string' || why.trim() === '') {
      throw new Error(`${file}: "${id}" needs a numeric ceiling and a why`);
    }
    known[id as BudgetId] = { ceiling, why };
  }
  return known;
}

/**
 * met; missed but listed in bench/known-misses.json at or under its ceiling (does not fail the
 * run); missed (fails it).
 */
export type BudgetState = 'met' | 'missed-known' | 'missed';

export interface Line {
  /** Set on budget lines: the key for bench/known-misses.json. */
  id?: BudgetId;
  metric: string;
  value: string;
  budget?: string;
  /** Undefined for a line reported without a budget. */
  ok?: boolean;
  /** The figure and the limit it was held to, in the budget's unit (timings after the factor). */
  measured?: number;
  limit?: number;
  state?: BudgetState;
  /** The known-miss entry for this budget, with its ceiling as applied (after the factor). */
  known?: KnownMiss & { applied: number };
  /** Listed in bench/known-misses.json and met (at full strength): the entry can go. */
  knownMissNowMet?: boolean;
  /** What the status column says. */
  status?: string;
}

export interface Budget {
  id: BudgetId;
  show: (n: number) => string;
  /** How a known miss's ceiling is shown, when not by `show` (sizes: exact bytes). */
  showCeiling?: (n: number) => string;
  /** Timings: the BENCH_SLOW factor applies to the limit and to a known miss's ceiling. */
  timing?: boolean;
}

/** A budget line: `value` held to `limit` (timings: × `timingFactor`). */
export function budgetLine(
  budget: Budget,
  timingFactor: number,
  metric: string,
  value: number,
  limit: number,
  detail = '',
): Line {
  const applied = limit * (budget.timing ? timingFactor : 1);
  return {
    id: budget.id,
    metric,
    value: `${budget.show(value)}${detail}`,
    budget: `≤ ${budget.show(applied)}`,
    ok: value <= applied,
    measured: value,
    limit: applied,
  };
}

/**
 * Sets each budget line's state and status against the known misses. Returns notes to print: a
 * known miss now met (to remove from the file), a known miss above its ceiling (a regression).
 */
export function judge(lines: Line[], budgets: readonly Budget[], known: KnownMisses, timingFactor: number): string[] {
  const notes: string[] = [];
  for (const line of lines) {
    if (!line.id) continue;
    const budget = budgets.find((b) => b.id === line.id);
    if (!budget) throw new Error(`no budget ${line.id}`);
    const entry = known[line.id];
    if (entry) line.known = { ...entry, applied: entry.ceiling * (budget.timing ? timingFactor : 1) };
    const ceiling = line.known ? (budget.showCeiling ?? budget.show)(line.known.applied) : '';
    if (line.ok) {
      line.state = 'met';
      // Under BENCH_SLOW a timing can be met only thanks to the relaxation: the entry still holds
      // for runs at full strength.
      const metOnlyRelaxed =
        budget.timing && timingFactor !== 1 && (line.measured as number) > (line.limit as number) / timingFactor;
      if (entry && metOnlyRelaxed) {
        line.status = `met ×${timingFactor} only (known miss at full strength)`;
      } else if (entry) {
        line.status = 'met (listed as a known miss)';
        line.knownMissNowMet = true;
        notes.push(`${line.id}: known miss now met: remove it from bench/known-misses.json`);
      }
    } else if (line.known && (line.measured as number) <= line.known.applied) {
      line.state = 'missed-known';
      line.status = `MISSED (known, ceiling ${ceiling})`;
    } else {
      line.state = 'missed';
      line.status = line.known ? `MISSED (above known ceiling ${ceiling})` : 'MISSED';
      if (line.known) notes.push(`${line.id}: above its known-miss ceiling of ${ceiling}: a regression`);
    }
  }
  return notes;
}
