import '../ui/theme.css';
import './popup.css';
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { acknowledgeDisclaimer } from '../platform/disclaimer-store';
import { openOptionsPage } from '../platform/messaging';
import { openHelpPage } from '../platform/open-tab';
import { saveSettings, statusActions } from '../ui/actions';
import { useDisclaimerAcknowledged } from '../ui/use-disclaimer';
import { useEngineStatus, useToday } from '../ui/use-store';
import { Popup } from './popup';

const actions = statusActions('popup');
const openOptions = () => {
  void openOptionsPage().then(() => window.close());
};
const openHelp = () => {
  void openHelpPage().then(() => window.close());
};
const acknowledge = () => acknowledgeDisclaimer();

function App() {
  const engine = useEngineStatus();
  const day = useToday();
  const acknowledged = useDisclaimerAcknowledged();
  const shown = engine !== null;
  useEffect(() => {
    // Read by the start-up benchmark: how soon the status line is on screen after opening.
    if (shown) document.documentElement.dataset.statusPaintedAt ??= String(performance.now());
  }, [shown]);
  return (
    <Popup
      engine={engine}
      day={day}
      actions={actions}
      saveSettings={saveSettings}
      openOptions={openOptions}
      openHelp={openHelp}
      disclaimerAcknowledged={acknowledged}
      acknowledgeDisclaimer={acknowledge}
    />
  );
}

render(<App />, document.getElementById('app')!);
