import { dayOf } from '../core';
import { t } from '../platform/i18n';
import { HistoryGlance } from '../ui/history-glance';
import { Loading } from '../ui/loading';
import { TodayView } from '../ui/today-view';
import { useHistory } from '../ui/use-history';
import { useNow } from '../ui/use-now';

interface Props {
  /** Opens the options page on its History tab. */
  openHistory(): void;
  openOptions(): void;
}

/**
 * The popup's History tab: today at a glance, the week's bars and today's table. Loaded, with the
 * history's code, when the tab is first opened.
 */
export function HistoryPanel({ openHistory, openOptions }: Props) {
  const history = useHistory();
  // The minute tick moves the view to a fresh day at midnight.
  const now = useNow(60_000);
  return (
    <div class="stack">
      {history ? <HistoryGlance history={history} now={now} /> : null}
      {history ? <TodayView day={dayOf(history, now)} /> : <Loading />}
      <div class="button-row">
        <button type="button" class="btn" onClick={openHistory}>
          {t('popup_see_full_history')}
        </button>
        <button type="button" class="btn" onClick={openOptions}>
          {t('popup_open_full_settings')}
        </button>
      </div>
    </div>
  );
}
