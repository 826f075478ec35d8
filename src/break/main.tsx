import '../ui/theme.css';
import '../ui/forms.css';
import '../ui/choices.css';
import './break.css';
import './check.css';
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { areaSecondsOf, type BreakKind } from '../core';
import { EXERCISES, exerciseById } from '../data/exercises';
import { acknowledgeDisclaimer } from '../platform/disclaimer-store';
import { recordPostureCheck } from '../platform/history-store';
import { pageParam } from '../platform/messaging';
import { openHelpPage, openOptionsAt } from '../platform/open-tab';
import { muteExercise, recordRoutineDone, unmuteExercise } from '../platform/routine-store';
import { statusActions } from '../ui/actions';
import { localizePage } from '../ui/localize-page';
import type { StatusActions } from '../ui/status-actions';
import { useDisclaimerAcknowledged } from '../ui/use-disclaimer';
import { useNow } from '../ui/use-now';
import { useRoutineState } from '../ui/use-routine-state';
import { useEngine } from '../ui/use-store';
import { BreakPage, shownKind, windowTitle } from './break-page';
import { postureCheckQuestions } from './check-question';
import type { GuideActions } from './guided-break';
import { PostureCheckView } from './posture-check-view';
import { useRoutine } from './use-routine';

const checkOnly = pageParam('check') === '1';
// The page's language and title before anything renders; the break's kind refines the title below.
localizePage(checkOnly ? 'break_check_title' : 'break_title');

const requestedKind: BreakKind = pageParam('kind') === 'micro' ? 'micro' : 'stretch';
const engineActions = statusActions('break-page');
const close = () => window.close();

const guide: GuideActions = {
  mute: async (id) => void (await muteExercise(id)),
  unmute: async (id) => void (await unmuteExercise(id)),
  openHelp: () => void openHelpPage(),
  openOptions: () => void openOptionsAt('routines'),
};
const openChecklist = () => void openOptionsAt('checklist');

/** Ticks four times a second so the mm:ss display never skips or repeats a second. */
const COUNTDOWN_TICK_MS = 250;

function App() {
  const engine = useEngine();
  const routineState = useRoutineState();
  const routine = useRoutine(engine, routineState, EXERCISES);
  const acknowledged = useDisclaimerAcknowledged();
  const now = useNow(COUNTDOWN_TICK_MS);
  const kind = shownKind(engine, requestedKind);
  useEffect(() => {
    document.title = windowTitle(kind);
  }, [kind]);
  const shown = (routine?.exercises.length ?? 0) > 0;
  useEffect(() => {
    // Read by the start-up benchmark: how soon the first exercise is on screen after opening.
    if (shown) document.documentElement.dataset.exercisePaintedAt ??= String(performance.now());
  }, [shown]);

  // Finishing moves this kind's rotation on (the worker records the break and its exercises).
  const actions: StatusActions = {
    ...engineActions,
    finish: async (exercises = []) => {
      const done = exercises.map(exerciseById).filter((e) => e !== undefined);
      await engineActions.finish(exercises, areaSecondsOf(done));
      if (routine) await recordRoutineDone(kind, exercises, routine.poolIds);
    },
  };
  return (
    <BreakPage
      requestedKind={requestedKind}
      engine={engine}
      routine={routine}
      now={now}
      actions={actions}
      guide={guide}
      disclaimerAcknowledged={acknowledged}
      acknowledgeDisclaimer={acknowledgeDisclaimer}
      close={close}
    />
  );
}

/** The quick posture check (?check=1): its questions, each with the tip of its checklist item. */
const CHECK_QUESTIONS = postureCheckQuestions();

function CheckApp() {
  return (
    <PostureCheckView
      questions={CHECK_QUESTIONS}
      save={recordPostureCheck}
      close={close}
      openChecklist={openChecklist}
    />
  );
}

render(checkOnly ? <CheckApp /> : <App />, document.getElementById('app')!);
