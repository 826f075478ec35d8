import '../ui/theme.css';
import './options.css';
import { render } from 'preact';
import { saveSettings } from '../ui/actions';
import { useSettings, useSettingsProblems, useToday } from '../ui/use-store';
import { OptionsPage } from './options-page';

function App() {
  return (
    <OptionsPage
      settings={useSettings()}
      problems={useSettingsProblems()}
      day={useToday()}
      saveSettings={saveSettings}
    />
  );
}

render(<App />, document.getElementById('app')!);
