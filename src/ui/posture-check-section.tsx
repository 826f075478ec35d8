import { t } from '../platform/i18n';
import { InputField, type SectionProps, SettingCheck } from './form-fields';

/** The quick posture check's rhythm and how often the full workstation checklist comes round again. */
export function PostureCheckSection(props: SectionProps) {
  return (
    <fieldset class="fieldset">
      <legend>{t('set_posture_legend')}</legend>
      <SettingCheck field="postureCheck.enabled" props={props}>
        {t('set_posture_enable')}
      </SettingCheck>
      <InputField
        field="postureCheck.everyMinutes"
        label={t('set_posture_every')}
        hint={t('set_posture_every_hint')}
        props={props}
      />
      <InputField
        field="checklist.recheckDays"
        label={t('set_recheck_days')}
        hint={t('set_recheck_hint')}
        props={props}
      />
    </fieldset>
  );
}
