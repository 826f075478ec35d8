import { InputField, type SectionProps, SettingCheck } from './form-fields';

export function SitStandSection(props: SectionProps) {
  return (
    <fieldset class="fieldset">
      <legend>Sit–stand–move</legend>
      <SettingCheck field="sitStand.enabled" props={props}>
        I have a sit–stand desk and want this rhythm
      </SettingCheck>
      <div class="field-row field-row-3">
        <InputField field="sitStand.sitMinutes" label="Sit (minutes)" props={props} />
        <InputField field="sitStand.standMinutes" label="Stand (minutes)" props={props} />
        <InputField field="sitStand.moveMinutes" label="Move (minutes)" props={props} />
      </div>
      <p class="hint">
        Cornell University's ergonomics advice offers 20-8-2 as a rough guide: about 20 minutes sitting, 8 standing and
        2 moving about, then round again. Treat it as a starting point, not a rule. When it is on, Sitwell sends a quiet
        note at each change: stand up, move, sit down.
      </p>
    </fieldset>
  );
}
