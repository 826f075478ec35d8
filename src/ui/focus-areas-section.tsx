import { BODY_AREAS } from '../core';
import { CheckGroup } from './check-group';
import { lockOf, type SectionProps } from './form-fields';
import { AREA_LABELS } from './routine-labels';

export function FocusAreasSection(props: SectionProps) {
  return (
    <CheckGroup
      boxed
      id="routine-focus-areas"
      legend="Focus areas"
      options={BODY_AREAS}
      labels={AREA_LABELS}
      value={props.draft['routine.focusAreas']}
      onChange={(v) => props.set('routine.focusAreas', v)}
      hint="Stretch breaks aim at the areas you tick; leave them all empty for a mix of everything. Eye rests come whatever you pick here."
      error={props.errors['routine.focusAreas']}
      lock={lockOf(props, 'routine.focusAreas')}
      lockedNote={props.lockedNote}
    />
  );
}
