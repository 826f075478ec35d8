import { BODY_AREAS } from '../core';
import { t } from '../platform/i18n';
import { CheckGroup } from './check-group';
import { lockOf, type SectionProps } from './form-fields';
import { areaLabel } from './routine-labels';

export function FocusAreasSection(props: SectionProps) {
  return (
    <CheckGroup
      boxed
      id="routine-focus-areas"
      legend={t('set_focus_legend')}
      options={BODY_AREAS}
      label={areaLabel}
      value={props.draft['routine.focusAreas']}
      onChange={(v) => props.set('routine.focusAreas', v)}
      hint={t('set_focus_hint')}
      error={props.errors['routine.focusAreas']}
      lock={lockOf(props, 'routine.focusAreas')}
      lockedNote={props.lockedNote}
    />
  );
}
