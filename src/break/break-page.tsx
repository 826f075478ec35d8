import type { BreakKind, Routine } from '../core';
import type { MessageKey } from '../locales/keys';
import { t } from '../platform/i18n';
import { FirstRunNotice } from '../ui/first-run-notice';
import { Loading } from '../ui/loading';
import type { StatusActions } from '../ui/status-actions';
import { snoozeOffer } from '../ui/status-actions';
import { useAction } from '../ui/use-action';
import type { EngineSnapshot } from '../ui/use-store';
import { IdleView, PromptView, type ViewActions } from './break-views';
import { Countdown } from './countdown';
import { type GuideActions, GuidedBreak } from './guided-break';

export interface BreakPageProps {
  /** The kind the window was opened for (?kind=). */
  requestedKind: BreakKind;
  /** Null until storage has answered. */
  engine: EngineSnapshot | null;
  /** The running break's routine; null while no break runs or storage has not answered. */
  routine: Routine | null;
  now: number;
  actions: StatusActions;
  guide: GuideActions;
  /** Null until storage answers; false shows the first-run notice. */
  disclaimerAcknowledged: boolean | null;
  acknowledgeDisclaimer(): Promise<void>;
  close(): void;
}

const TITLE: Record<BreakKind, MessageKey> = { stretch: 'break_kind_stretch', micro: 'break_kind_micro' };
const WINDOW_TITLE: Record<BreakKind, MessageKey> = {
  stretch: 'break_window_title_stretch',
  micro: 'break_window_title_micro',
};

/** The page's heading: "Stretch break", "Eye rest". */
export const breakTitle = (kind: BreakKind) => t(TITLE[kind]);

/** The window's title: "Stretch break — Sitwell". */
export const windowTitle = (kind: BreakKind) => t(WINDOW_TITLE[kind]);

/** A running or offered break's own kind wins over the one the window was opened for. */
export function shownKind(engine: EngineSnapshot | null, requested: BreakKind): BreakKind {
  const stage = engine?.state.stage;
  return stage?.name === 'prompted' || stage?.name === 'taking' ? stage.kind : requested;
}

/** The break's length: minutes for a stretch break, seconds for an eye rest. */
function lengthOf(kind: BreakKind, engine: EngineSnapshot): number {
  const { stretchBreak, microBreak } = engine.settings;
  return kind === 'stretch' ? stretchBreak.durationMinutes : microBreak.durationSeconds;
}

/** The break window: offer, guide and close. */
export function BreakPage(props: BreakPageProps) {
  const { requestedKind, engine, routine, now, actions, close } = props;
  const { run, error } = useAction();
  const stage = engine?.state.stage;
  const kind = shownKind(engine, requestedKind);
  const secondsLeft = stage?.name === 'taking' ? Math.ceil((stage.endsAt - now) / 1000) : 0;
  // Once the break is decided, the window has done its job.
  const thenClose = (task: () => Promise<void>) => () => void run(task).then((ok) => ok && close());
  const on: ViewActions = {
    start: () => void run(() => actions.startBreak(kind)),
    snooze: thenClose(() => actions.snooze()),
    skip: thenClose(() => actions.skip()),
    close,
  };
  return (
    <main class="break">
      <header class="break-header">
        <h1 data-testid="break-kind">{breakTitle(kind)}</h1>
        {stage?.name === 'taking' && <Countdown secondsLeft={secondsLeft} label={t('break_time_left')} />}
      </header>
      {props.disclaimerAcknowledged === false && <FirstRunNotice onAcknowledge={props.acknowledgeDisclaimer} />}
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
        routine ? (
          <GuidedBreak
            key={stage.startedAt}
            routine={routine}
            over={secondsLeft <= 0}
            now={now}
            guide={props.guide}
            finish={(ids) => thenClose(() => actions.finish(ids))()}
            skip={on.skip}
          />
        ) : (
          <Loading />
        )
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
