import '../ui/theme.css';
import './popup.css';
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { acknowledgeDisclaimer } from '../platform/disclaimer-store';
import { openOptionsPage } from '../platform/messaging';
import { openHelpPage, openOptionsAt } from '../platform/open-tab';
import { saveSettings, statusActions } from '../ui/actions';
import { useChecklistState } from '../ui/use-checklist';
import { useChecklistItems } from '../ui/use-checklist-items';
import { useDisclaimerAcknowledged } from '../ui/use-disclaimer';
import { useHistory } from '../ui/use-history';
import { useEngineStatus, useToday } from '../ui/use-store';
import { summarizeWorkstation } from '../ui/workstation-summary';
import { Popup } from './popup';

const actions = statusActions('popup');
const openOptions = () => {
  void openOptionsPage().then(() => window.close());
};
const openHelp = () => {
  void openHelpPage().then(() => window.close());
};
const openChecklist = () => {
  void openOptionsAt('checklist').then(() => window.close());
};
const openHistory = () => {
  void openOptionsAt('history').then(() => window.close());
};
const acknowledge = () => acknowledgeDisclaimer();

function App() {
  const engine = useEngineStatus();
  const day = useToday();
  const history = useHistory();
  const acknowledged = useDisclaimerAcknowledged();
  const checklist = useChecklistState();
  const { items } = useChecklistItems();
  const workstation =
    engine && checklist
      ? summarizeWorkstation(checklist, items, engine.settings.checklist.recheckDays, engine.now)
      : null;
  const shown = engine !== null;
  useEffect(() => {
    // Read by the start-up benchmark: how soon the status line is on screen after opening.
    if (shown) document.documentElement.dataset.statusPaintedAt ??= String(performance.now());
  }, [shown]);
  return (
    <Popup
      engine={engine}
      day={day}
      history={history}
      openHistory={openHistory}
      actions={actions}
      saveSettings={saveSettings}
      openOptions={openOptions}
      openHelp={openHelp}
      disclaimerAcknowledged={acknowledged}
      acknowledgeDisclaimer={acknowledge}
      workstation={workstation}
      openChecklist={openChecklist}
      locked={engine?.locked}
      organization={engine?.organization}
    />
  );
}

render(<App />, document.getElementById('app')!);
