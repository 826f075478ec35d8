import type { BreakKind } from '../core';
import { breakName } from '../shared/status-text';
import { Loading } from '../ui/loading';
import type { StatusActions } from '../ui/status-actions';
import { snoozeOffer } from '../ui/status-actions';
import { useAction } from '../ui/use-action';
import type { EngineSnapshot } from '../ui/use-store';
import { IdleView, PromptView, TakingView, type ViewActions } from './break-views';

export interface BreakPageProps {
  /** The kind the window was opened for (?kind=). */
  requestedKind: BreakKind;
  /** Null until storage has answered. */
  engine: EngineSnapshot | null;
  now: number;
  actions: StatusActions;
  close(): void;
}

export const breakTitle = (kind: BreakKind) => {
  const name = breakName(kind);
  return name.charAt(0).toUpperCase() + name.slice(1);
};

/** A running or offered break's own kind wins over the one the window was opened for. */
export function shownKind(engine: EngineSnapshot | null, requested: BreakKind): BreakKind {
  const stage = engine?.state.stage;
  return stage?.name === 'prompted' || stage?.name === 'taking' ? stage.kind : requested;
}

function lengthOf(kind: BreakKind, engine: EngineSnapshot): string {
  const { stretchBreak, microBreak } = engine.settings;
  return kind === 'stretch' ? `${stretchBreak.durationMinutes}-minute` : `${microBreak.durationSeconds}-second`;
}

/** The break window: offer, guide and close. */
export function BreakPage({ requestedKind, engine, now, actions, close }: BreakPageProps) {
  const { run, error } = useAction();
  const stage = engine?.state.stage;
  const kind = shownKind(engine, requestedKind);
  // Once the break is decided, the window has done its job.
  const thenClose = (task: () => Promise<void>) => () => void run(task).then((ok) => ok && close());
  const on: ViewActions = {
    start: () => void run(() => actions.startBreak(kind)),
    snooze: thenClose(() => actions.snooze()),
    skip: thenClose(() => actions.skip()),
    finish: thenClose(() => actions.finish()),
    close,
  };
  return (
    <main class="break">
      <h1 data-testid="break-kind">{breakTitle(kind)}</h1>
      {!engine || !stage ? (
        <Loading />
      ) : stage.name === 'prompted' ? (
        <PromptView
          kind={kind}
          length={lengthOf(kind, engine)}
          snooze={snoozeOffer(engine.state, engine.settings, kind)}
          on={on}
        />
      ) : stage.name === 'taking' ? (
        <TakingView kind={kind} secondsLeft={Math.ceil((stage.endsAt - now) / 1000)} on={on} />
      ) : (
        <IdleView on={on} />
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </main>
  );
}
