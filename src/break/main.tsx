import '../ui/theme.css';
import './break.css';
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import type { BreakKind } from '../core';
import { pageParam } from '../platform/messaging';
import { statusActions } from '../ui/actions';
import { useNow } from '../ui/use-now';
import { useEngine } from '../ui/use-store';
import { BreakPage, breakTitle, shownKind } from './break-page';

const requestedKind: BreakKind = pageParam('kind') === 'micro' ? 'micro' : 'stretch';
const actions = statusActions('break-page');
const close = () => window.close();

/** Ticks four times a second so the mm:ss display never skips or repeats a second. */
const COUNTDOWN_TICK_MS = 250;

function App() {
  const engine = useEngine();
  const now = useNow(COUNTDOWN_TICK_MS);
  const kind = shownKind(engine, requestedKind);
  useEffect(() => {
    document.title = `${breakTitle(kind)} — Sitwell`;
  }, [kind]);
  return <BreakPage requestedKind={requestedKind} engine={engine} now={now} actions={actions} close={close} />;
}

render(<App />, document.getElementById('app')!);
