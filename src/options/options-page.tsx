import type { Checklist, ChecklistState, DayRecord, Exercise, FieldError, Settings } from '../core';
import { say, t } from '../platform/i18n';
import type { SettingsInEffect } from '../platform/settings-store';
import type { ChecklistActions } from '../ui/checklist-actions';
import { lazy } from '../ui/lazy';
import { Loading } from '../ui/loading';
import { SettingsForm } from '../ui/settings-form';
import { Tabs } from '../ui/tabs';
import { ChecklistTab } from './checklist-tab';
import { HistoryTab } from './history-tab';
import { LibraryView } from './library-view';
import type { MutedItem } from './muted-list';
import { RoutinesTab } from './routines-tab';

// The Presets tab, with the preset parser and the whole admin policy, fetches its code the first
// time it is opened.
const PresetsPanel = lazy(() => import('./presets-panel').then((m) => m.PresetsPanel));

export interface OptionsPageProps {
  /** Null until storage has answered. */
  settings: Settings | null;
  /** Stored values that could not be used; the form shows the defaults in their place. */
  problems: readonly FieldError[];
  day: DayRecord | null;
  saveSettings(settings: Settings): Promise<void>;
  library: readonly Exercise[];
  /** Null until storage has answered. */
  muted: readonly MutedItem[] | null;
  unmute(id: string): Promise<void>;
  /** The tab to show first (from the address's #hash). */
  initialTab?: string | undefined;
  openHelp(): void;
  checklist: Checklist;
  /** Null until storage has answered. */
  checklistState: ChecklistState | null;
  checklistActions: ChecklistActions;
  now: number;
  /** The effective settings with policy locks and the organization; null until read. */
  effective?: SettingsInEffect | null;
}

/** The full settings page, opened in a tab. */
export function OptionsPage(props: OptionsPageProps) {
  const { settings, problems, day, saveSettings, muted, effective } = props;
  return (
    <div class="options">
      <header class="options-header">
        <h1>{t('opt_title')}</h1>
        <p class="muted">{t('opt_intro')}</p>
      </header>
      <main>
        {problems.length > 0 && (
          <section class="notice" aria-labelledby="problems-heading">
            <h2 id="problems-heading">{t('opt_problems_heading')}</h2>
            <p>{t('opt_problems_text')}</p>
            <ul>
              {problems.map((p) => {
                const text = say(p.message);
                return <li key={p.field + text}>{text}</li>;
              })}
            </ul>
          </section>
        )}
        <Tabs
          label={t('opt_tabs_label')}
          initial={props.initialTab}
          tabs={[
            {
              id: 'settings',
              label: t('opt_tab_settings'),
              panel: settings ? (
                <SettingsForm
                  settings={settings}
                  onSave={saveSettings}
                  locked={effective?.locked}
                  organization={effective?.organization}
                />
              ) : (
                <Loading />
              ),
            },
            {
              id: 'checklist',
              label: t('opt_tab_checklist'),
              panel: settings ? (
                <ChecklistTab
                  checklist={props.checklist}
                  state={props.checklistState}
                  recheckDays={settings.checklist.recheckDays}
                  now={props.now}
                  actions={props.checklistActions}
                />
              ) : (
                <Loading />
              ),
            },
            {
              id: 'routines',
              label: t('opt_tab_routines'),
              panel: settings ? (
                <RoutinesTab
                  settings={settings}
                  saveSettings={saveSettings}
                  muted={muted}
                  onUnmute={props.unmute}
                  locked={effective?.locked}
                  organization={effective?.organization}
                />
              ) : (
                <Loading />
              ),
            },
            {
              id: 'library',
              label: t('opt_library_title'),
              panel: <LibraryView exercises={props.library} muted={muted?.map((m) => m.id) ?? []} />,
            },
            {
              id: 'history',
              label: t('opt_tab_history'),
              panel: <HistoryTab day={day} />,
            },
            {
              id: 'presets',
              label: t('opt_tab_presets'),
              whenOpened: true,
              panel: effective ? <PresetsPanel loaded={effective} /> : <Loading />,
            },
          ]}
        />
      </main>
      <footer class="options-footer small muted">
        <p>{t('opt_disclaimer')}</p>
        <button type="button" class="btn-inline" onClick={props.openHelp}>
          {t('opt_see_clinician')}
        </button>
      </footer>
    </div>
  );
}
