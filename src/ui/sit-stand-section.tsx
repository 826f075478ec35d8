import { t } from '../platform/i18n';
import { InputField, type SectionProps, SettingCheck } from './form-fields';

export function SitStandSection(props: SectionProps) {
  return (
    <fieldset class="fieldset">
      <legend>{t('set_sit_stand_legend')}</legend>
      <SettingCheck field="sitStand.enabled" props={props}>
        {t('set_sit_stand_enable')}
      </SettingCheck>
      <div class="field-row field-row-3">
        <InputField field="sitStand.sitMinutes" label={t('set_sit_minutes')} props={props} />
        <InputField field="sitStand.standMinutes" label={t('set_stand_minutes')} props={props} />
        <InputField field="sitStand.moveMinutes" label={t('set_move_minutes')} props={props} />
      </div>
      <p class="hint">{t('set_sit_stand_hint')}</p>
    </fieldset>
  );
}
