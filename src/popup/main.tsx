import '../ui/theme.css';
import './popup.css';
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { acknowledgeDisclaimer } from '../platform/disclaimer-store';
import { openOptionsPage } from '../platform/messaging';
import { openHelpPage, openOptionsAt } from '../platform/open-tab';
import { statusActions } from '../ui/actions';
import { localizePage } from '../ui/localize-page';
import { useDisclaimerAcknowledged } from '../ui/use-disclaimer';
import { useEngineStatus } from '../ui/use-store';
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
const acknowledge = () => acknowledgeDisclaimer();

function App() {
  const engine = useEngineStatus();
  const acknowledged = useDisclaimerAcknowledged();
  const shown = engine !== null;
  useEffect(() => {
    // Read by the start-up benchmark: how soon the status line is on screen after opening.
    if (shown) document.documentElement.dataset.statusPaintedAt ??= String(performance.now());
  }, [shown]);
  return (
    <Popup
      engine={engine}
      openHistory={openHistory}
      actions={actions}
      openOptions={openOptions}
      openHelp={openHelp}
      disclaimerAcknowledged={acknowledged}
      acknowledgeDisclaimer={acknowledge}
      openChecklist={openChecklist}
    />
  );
}

render(<App />, document.getElementById('app')!);
