import type { DayRecord, History, Settings } from '../core';
import type { Shortcut } from '../platform/commands';
import { t } from '../platform/i18n';
import { DisclaimerNotice } from '../ui/disclaimer-notice';
import { HistoryGlance } from '../ui/history-glance';
import { Loading } from '../ui/loading';
import { SettingsForm } from '../ui/settings-form';
import { type StatusActions, snoozeOffer } from '../ui/status-actions';
import { StatusView } from '../ui/status-view';
import { Tabs } from '../ui/tabs';
import { TodayView } from '../ui/today-view';
import type { StatusSnapshot } from '../ui/use-store';
import type { WorkstationSummary } from '../ui/workstation-summary';
import { Shortcuts } from './shortcuts';
import { WorkstationCard } from './workstation-card';

export interface PopupProps {
  /** Null until storage has answered, which takes a few milliseconds. */
  engine: StatusSnapshot | null;
  day: DayRecord | null;
  /** The whole history for the week strip; null until storage has answered. */
  history: History | null;
  /** Opens the options page on its History tab. */
  openHistory(): void;
  actions: StatusActions;
  saveSettings(settings: Settings): Promise<void>;
  openOptions(): void;
  /** Opens "When to see a clinician" in a tab. */
  openHelp(): void;
  /** Null until storage answers; false shows the first-run notice. */
  disclaimerAcknowledged: boolean | null;
  acknowledgeDisclaimer(): Promise<void>;
  /** The current workstation's checklist; null until storage answers. */
  workstation: WorkstationSummary | null;
  /** Opens the options page on its checklist tab. */
  openChecklist(): void;
  /** Fields the administrator enforces, and who set them. */
  locked?: ReadonlySet<string> | undefined;
  organization?: string | null | undefined;
  /** The keyboard shortcuts as the browser has them; null until it answers. */
  shortcuts: readonly Shortcut[] | null;
  /** Opens the browser's page for changing the shortcuts. */
  changeShortcuts(): void;
}

export function Popup(props: PopupProps) {
  const { engine, day } = props;
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
          <DisclaimerNotice onAcknowledge={props.acknowledgeDisclaimer} compact />
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
                  {props.workstation && props.disclaimerAcknowledged === true && (
                    <WorkstationCard summary={props.workstation} openChecklist={props.openChecklist} />
                  )}
                </div>
              ) : (
                <Loading />
              ),
            },
            {
              id: 'settings',
              label: t('popup_tab_settings'),
              panel: engine ? (
                <SettingsForm
                  settings={engine.settings}
                  onSave={props.saveSettings}
                  compact
                  locked={props.locked}
                  organization={props.organization}
                />
              ) : (
                <Loading />
              ),
            },
            {
              id: 'history',
              label: t('popup_tab_history'),
              panel: (
                <div class="stack">
                  {props.history && engine ? <HistoryGlance history={props.history} now={engine.now} /> : null}
                  {day ? <TodayView day={day} /> : <Loading />}
                  <div class="button-row">
                    <button type="button" class="btn" onClick={props.openHistory}>
                      {t('popup_see_full_history')}
                    </button>
                    <button type="button" class="btn" onClick={props.openOptions}>
                      {t('popup_open_full_settings')}
                    </button>
                  </div>
                </div>
              ),
            },
          ]}
        />
      </main>
      <footer class="popup-footer small muted">
        <p>{t('popup_footer_not_medical')}</p>
        <button type="button" class="btn-inline" onClick={props.openHelp}>
          {t('popup_when_to_see_clinician')}
        </button>
        <Shortcuts shortcuts={props.shortcuts} onChange={props.changeShortcuts} />
      </footer>
    </div>
  );
}
