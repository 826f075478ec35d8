import { useEffect, useRef, useState } from 'preact/hooks';
import type { Routine } from '../core';
import { t } from '../platform/i18n';
import { generalCaution } from '../ui/exercise-text';
import { useAction } from '../ui/use-action';
import { ExerciseStep } from './exercise-step';
import { MuteNotice } from './mute-notice';
import { EmptyRoutine, RoutineFinished } from './routine-end';
import { useWalk } from './use-walk';

/** What the guided break can do beyond ending the break; main.tsx wires these to the platform. */
export interface GuideActions {
  mute(id: string): Promise<void>;
  unmute(id: string): Promise<void>;
  openHelp(): void;
  openOptions(): void;
}

interface Props {
  routine: Routine;
  /** The break's own time is up. */
  over: boolean;
  now: number;
  guide: GuideActions;
  /** Ends the break; `exerciseIds` are the ones the person did. */
  finish(exerciseIds: string[]): void;
  skip(): void;
}

/** A running break: one exercise at a time. */
export function GuidedBreak({ routine, over, now, guide, finish, skip }: Props) {
  const walk = useWalk(routine.exercises);
  const { run, error } = useAction();
  const top = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // Focus goes to the heading when the whole view is replaced (first show, undo, the end), not on
  // Next, whose button stays where it is; a mute puts it on the Undo that appears.
  const [view, setView] = useState(0);
  const finished = walk.current === null;
  useEffect(() => heading.current?.focus(), [view, finished]);
  useEffect(() => undoButton.current?.focus(), [walk.lastMuted]);
  // A new exercise starts at its top, however far down the last one was read. Instant, never animated.
  const shownId = useRef(walk.current?.id);
  useEffect(() => {
    if (shownId.current === walk.current?.id) return;
    shownId.current = walk.current?.id;
    top.current?.scrollIntoView({ block: 'start' });
  }, [walk.current?.id]);

  const hurts = () => {
    const id = walk.current?.id;
    if (!id) return;
    walk.mute();
    void run(() => guide.mute(id));
  };
  const undo = () => {
    const id = walk.lastMuted?.id;
    if (!id) return;
    walk.undoMute();
    setView((v) => v + 1);
    void run(() => guide.unmute(id));
  };

  return (
    <>
      {over && <p class="well-done">{t('break_well_done')}</p>}
      <p class="caution">{generalCaution()}</p>
      <div class="walk" ref={top}>
        <MuteNotice muted={walk.lastMuted} onUndo={undo} undoRef={undoButton} />
        {routine.exercises.length === 0 ? (
          <EmptyRoutine openOptions={guide.openOptions} headingRef={heading} />
        ) : walk.current ? (
          <ExerciseStep walk={{ ...walk, current: walk.current }} now={now} onHurts={hurts} headingRef={heading} />
        ) : (
          <RoutineFinished
            done={walk.doneIds().length}
            total={walk.list.length}
            onBack={walk.previous}
            headingRef={heading}
          />
        )}
      </div>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="button-row finish-row">
        <button type="button" class={finished ? 'btn btn-primary' : 'btn'} onClick={() => finish(walk.doneIds())}>
          {t('break_done')}
        </button>
        <button type="button" class="btn" onClick={skip}>
          {t('break_skip')}
        </button>
      </div>
      <p class="small break-footer">
        <button type="button" class="btn-inline" onClick={guide.openHelp}>
          {t('break_clinician')}
        </button>
      </p>
    </>
  );
}
