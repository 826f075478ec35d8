import { t } from '../platform/i18n';
import { FirstRunNotice } from '../ui/first-run-notice';
import { lazy } from '../ui/lazy';
import { Loading } from '../ui/loading';
import { type StatusActions, snoozeOffer } from '../ui/status-actions';
import { StatusView } from '../ui/status-view';
import { Tabs } from '../ui/tabs';
import type { StatusSnapshot } from '../ui/use-store';
import { Shortcuts } from './shortcuts';

// Only the status is in the popup's first load. The other tabs fetch their code the first time
// they are opened, and the workstation line once the status is on screen.
const SettingsPanel = lazy(() => import('./settings-panel').then((m) => m.SettingsPanel));
const HistoryPanel = lazy(() => import('./history-panel').then((m) => m.HistoryPanel));
const WorkstationPanel = lazy(() => import('./workstation-panel').then((m) => m.WorkstationPanel), null);

export interface PopupProps {
  /** Null until storage has answered, which takes a few milliseconds. */
  engine: StatusSnapshot | null;
  /** Opens the options page on its History tab. */
  openHistory(): void;
  actions: StatusActions;
  openOptions(): void;
  /** Opens "When to see a clinician" in a tab. */
  openHelp(): void;
  /** Null until storage answers; false shows the first-run notice. */
  disclaimerAcknowledged: boolean | null;
  acknowledgeDisclaimer(): Promise<void>;
  /** Opens the options page on its checklist tab. */
  openChecklist(): void;
}

export function Popup(props: PopupProps) {
  const { engine } = props;
  const status = engine?.status;
  const snooze =
    engine && status?.stage === 'prompted' ? snoozeOffer(engine.state, engine.settings, status.kind) : undefined;
  return (
    <div class="popup">
      <header class="popup-header">
        <h1>{t('popup_title')}</h1>
      </header>
      <main>
        {props.disclaimerAcknowledged === false && (
          <FirstRunNotice onAcknowledge={props.acknowledgeDisclaimer} compact />
        )}
        <Tabs
          label={t('popup_title')}
          tabs={[
            {
              id: 'status',
              label: t('popup_tab_status'),
              panel: engine ? (
                <div class="status-panel">
                  <StatusView status={engine.status} now={engine.now} actions={props.actions} snooze={snooze} />
                  {/* Left out while the first-run notice is up: together they would not fit the popup. */}
                  {props.disclaimerAcknowledged === true && (
                    <WorkstationPanel
                      recheckDays={engine.settings.checklist.recheckDays}
                      now={engine.now}
                      openChecklist={props.openChecklist}
                    />
                  )}
                </div>
              ) : (
                <Loading />
              ),
            },
            {
              id: 'settings',
              label: t('popup_tab_settings'),
              whenOpened: true,
              panel: engine ? <SettingsPanel engine={engine} /> : <Loading />,
            },
            {
              id: 'history',
              label: t('popup_tab_history'),
              whenOpened: true,
              panel: <HistoryPanel openHistory={props.openHistory} openOptions={props.openOptions} />,
            },
          ]}
        />
      </main>
      <footer class="popup-footer small muted">
        <p>{t('popup_footer_not_medical')}</p>
        <button type="button" class="btn-inline" onClick={props.openHelp}>
          {t('popup_when_to_see_clinician')}
        </button>
        <Shortcuts />
      </footer>
    </div>
  );
}
