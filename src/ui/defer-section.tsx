import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { hasMeetingAccess, meetingHosts, requestMeetingAccess } from '../platform/meeting-permission';
import { formatList } from '../shared/format';
import { CheckField, fieldId, InputField, LockedNote, lockOf, type SectionProps, SettingCheck } from './form-fields';

/**
 * Meetings and presentations: a due break waits while a window is in full screen or (opt-in) a
 * video meeting tab plays sound. Turning meetings on asks the browser for the meeting sites'
 * permission there and then; refused, the switch stays off and says why.
 */
export function DeferSection(props: SectionProps) {
  const meetings = props.draft['defer.meetings'];
  const lock = lockOf(props, 'defer.meetings');
  /** Whether the meeting sites' permission is granted; null until the browser has said. */
  const [access, setAccess] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  /** While the browser asks: the switch stays off (and still) until the answer is yes. */
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    void hasMeetingAccess().then(setAccess);
  }, []);

  // Browsers grant a permission only during the click itself, so the request comes first of all.
  const ask = () => {
    const answer = requestMeetingAccess();
    setAsking(true);
    return answer.then((granted) => {
      setAsking(false);
      setAccess(granted);
      setRefused(!granted);
      return granted;
    });
  };
  const toggle = (on: boolean) => {
    if (!on) {
      setRefused(false);
      props.set('defer.meetings', false);
      return;
    }
    void ask().then((granted) => {
      if (granted) props.set('defer.meetings', true);
    });
  };

  const id = fieldId('defer.meetings');
  const missing = meetings && access === false && !refused;
  const describedBy =
    [lock.noteId, !props.compact && `${id}-hint`, (refused || missing) && `${id}-permission`]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <fieldset class="fieldset">
      <legend>{t('defer_legend')}</legend>
      <SettingCheck field="defer.fullscreen" props={props}>
        {t('defer_fullscreen')}
      </SettingCheck>
      <CheckField
        id={id}
        checked={meetings}
        onChange={toggle}
        disabled={lock.disabled || asking}
        describedBy={describedBy}
      >
        {t('defer_meetings')}
      </CheckField>
      <LockedNote id={lock.noteId} text={props.lockedNote} />
      {!props.compact && (
        <p id={`${id}-hint`} class="hint">
          {t('defer_meetings_hint', formatList(meetingHosts()))}
        </p>
      )}
      {refused && (
        <p id={`${id}-permission`} class="field-error" role="alert">
          {t('defer_permission_refused')}
        </p>
      )}
      {missing && (
        <>
          <p id={`${id}-permission`} class="field-error">
            {t('defer_permission_missing')}
          </p>
          <div class="button-row">
            <button type="button" class="btn" disabled={asking} onClick={() => void ask()}>
              {t('defer_permission_grant')}
            </button>
          </div>
        </>
      )}
      <InputField field="defer.maxMinutes" label={t('defer_max_minutes')} hint={t('defer_max_hint')} props={props} />
      {!props.compact && <p class="hint">{t('defer_hint')}</p>}
    </fieldset>
  );
}
