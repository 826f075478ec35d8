import '../ui/theme.css';
import './popup.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { openShortcutSettings, readShortcuts, type Shortcut } from '../platform/commands';
import { acknowledgeDisclaimer } from '../platform/disclaimer-store';
import { openOptionsPage } from '../platform/messaging';
import { openHelpPage, openOptionsAt } from '../platform/open-tab';
import { saveSettings, statusActions } from '../ui/actions';
import { localizePage } from '../ui/localize-page';
import { useChecklistState } from '../ui/use-checklist';
import { useChecklistItems } from '../ui/use-checklist-items';
import { useDisclaimerAcknowledged } from '../ui/use-disclaimer';
import { useHistory } from '../ui/use-history';
import { useEngineStatus, useToday } from '../ui/use-store';
import { summarizeWorkstation } from '../ui/workstation-summary';
import { Popup } from './popup';

localizePage('popup_title');

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
const changeShortcuts = () => {
  void openShortcutSettings().then(() => window.close());
};
const acknowledge = () => acknowledgeDisclaimer();

/** The shortcuts as the browser has them; read once, since changing them means leaving the popup. */
function useShortcuts(): readonly Shortcut[] | null {
  const [shortcuts, setShortcuts] = useState<readonly Shortcut[] | null>(null);
  useEffect(() => {
    void readShortcuts().then(setShortcuts);
  }, []);
  return shortcuts;
}

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
  const shortcuts = useShortcuts();
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
      shortcuts={shortcuts}
      changeShortcuts={changeShortcuts}
    />
  );
}

render(<App />, document.getElementById('app')!);
