import '../ui/theme.css';
import '../ui/forms.css';
import '../ui/choices.css';
import './options.css';
import './checklist.css';
import { render } from 'preact';
import { useMemo } from 'preact/hooks';
import type { FieldError } from '../core';
import { EXERCISES, exerciseById } from '../data/exercises';
import { t } from '../platform/i18n';
import { openHelpPage } from '../platform/open-tab';
import { unmuteExercise } from '../platform/routine-store';
import { saveSettings } from '../ui/actions';
import { checklistActions } from '../ui/checklist-actions';
import { exerciseName } from '../ui/exercise-text';
import { localizePage } from '../ui/localize-page';
import { useChecklistState } from '../ui/use-checklist';
import { useChecklistItems } from '../ui/use-checklist-items';
import { useToday } from '../ui/use-history';
import { useNow } from '../ui/use-now';
import { useRoutineState } from '../ui/use-routine-state';
import { useEffectiveSettings } from '../ui/use-store';
import type { MutedItem } from './muted-list';
import { OptionsPage } from './options-page';

localizePage('opt_title');

const initialTab = location.hash.slice(1) || undefined;
const unmute = async (id: string) => void (await unmuteExercise(id));
const openHelp = () => void openHelpPage();

const NO_PROBLEMS: FieldError[] = [];

function App() {
  // One read of the settings serves the form, the problems notice and the policy locks.
  const effective = useEffectiveSettings();
  const checklist = useChecklistItems();
  const actions = useMemo(() => checklistActions(checklist.items), [checklist.items]);
  const routineState = useRoutineState();
  const muted: MutedItem[] | null =
    routineState?.muted.map((id) => {
      const exercise = exerciseById(id);
      return { id, name: exercise ? exerciseName(exercise) : t('opt_exercise_gone', id) };
    }) ?? null;
  return (
    <OptionsPage
      settings={effective?.settings ?? null}
      problems={effective?.errors ?? NO_PROBLEMS}
      day={useToday()}
      saveSettings={saveSettings}
      library={EXERCISES}
      muted={muted}
      unmute={unmute}
      initialTab={initialTab}
      openHelp={openHelp}
      checklist={checklist}
      checklistState={useChecklistState()}
      checklistActions={actions}
      now={useNow(60_000)}
      effective={effective}
    />
  );
}

render(<App />, document.getElementById('app')!);
