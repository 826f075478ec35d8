import { InputField, type SectionProps, SettingCheck } from './form-fields';

/** The quick posture check's rhythm and how often the full workstation checklist comes round again. */
export function PostureCheckSection(props: SectionProps) {
  return (
    <fieldset class="fieldset">
      <legend>Posture checks</legend>
      <SettingCheck field="postureCheck.enabled" props={props}>
        Ask me three quick posture questions now and then
      </SettingCheck>
      <InputField
        field="postureCheck.everyMinutes"
        label="Ask every (minutes of sitting)"
        hint="Lower back, feet and reach: one click each. Stepping away for a while starts this count again."
        props={props}
      />
      <InputField
        field="checklist.recheckDays"
        label="Go over the full checklist again after (days)"
        hint="Desks get moved and chairs swapped; the popup suggests a fresh look once this many days have passed."
        props={props}
      />
    </fieldset>
  );
}
