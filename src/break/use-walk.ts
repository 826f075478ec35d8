import { useState } from 'preact/hooks';
import type { Exercise } from '../core';

interface WalkState {
  /** The exercise on screen; null once the person has gone past the last one. */
  currentId: string | null;
  /** Exercises whose timer ran out or that the person moved past with Next. */
  reached: readonly string[];
  /** Muted during this break with "this hurts"; hidden from the walk. */
  muted: readonly string[];
  /** The last one muted, while its undo is on offer. */
  lastMuted: string | null;
}

export interface Walk {
  /** The routine without the exercises muted here. */
  list: readonly Exercise[];
  /** Position of the current exercise in `list`; `list.length` once past the end. */
  index: number;
  current: Exercise | null;
  lastMuted: Exercise | null;
  next(): void;
  previous(): void;
  isReached(id: string): boolean;
  /** The exercise's own timer ran out. */
  complete(id: string): void;
  /** Mutes the current exercise and moves on. */
  mute(): void;
  undoMute(): void;
  /** What the person did, in routine order: reached and not muted. */
  doneIds(): string[];
}

const add = (ids: readonly string[], id: string) => (ids.includes(id) ? ids : [...ids, id]);

/** Walking through a routine one exercise at a time. */
export function useWalk(routine: readonly Exercise[]): Walk {
  const [s, setS] = useState<WalkState>(() => ({
    currentId: routine[0]?.id ?? null,
    reached: [],
    muted: [],
    lastMuted: null,
  }));
  const list = routine.filter((e) => !s.muted.includes(e.id));
  const found = list.findIndex((e) => e.id === s.currentId);
  const index = found === -1 ? list.length : found;
  const current = list[index] ?? null;
  const idAt = (i: number) => list[i]?.id ?? null;
  return {
    list,
    index,
    current,
    lastMuted: routine.find((e) => e.id === s.lastMuted) ?? null,
    isReached: (id) => s.reached.includes(id),
    next: () =>
      setS((w) => ({ ...w, currentId: idAt(index + 1), reached: current ? add(w.reached, current.id) : w.reached })),
    previous: () => setS((w) => ({ ...w, currentId: idAt(Math.max(0, index - 1)) })),
    complete: (id) => setS((w) => ({ ...w, reached: add(w.reached, id) })),
    mute: () => {
      if (!current) return;
      setS((w) => ({ ...w, currentId: idAt(index + 1), muted: add(w.muted, current.id), lastMuted: current.id }));
    },
    undoMute: () =>
      setS((w) =>
        w.lastMuted
          ? { ...w, currentId: w.lastMuted, muted: w.muted.filter((id) => id !== w.lastMuted), lastMuted: null }
          : w,
      ),
    doneIds: () => routine.filter((e) => s.reached.includes(e.id) && !s.muted.includes(e.id)).map((e) => e.id),
  };
}
