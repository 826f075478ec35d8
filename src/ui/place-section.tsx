import { EQUIPMENT, type Equipment, HOME_ONLY_EQUIPMENT, POSITIONS, type Position } from '../core';
import { CheckGroup } from './check-group';
import { CheckField, LockedNote, lockOf, type SectionProps } from './form-fields';
import { EQUIPMENT_LABELS, POSITION_LABELS } from './routine-labels';

const OFF_AT_OFFICE = 'left out at the office';

/** Where breaks happen: the positions that suit the person, the kit at hand, and the office switch. */
export function PlaceSection(props: SectionProps) {
  const atOffice = props.draft['routine.atOffice'];
  const officeLock = lockOf(props, 'routine.atOffice');
  const positionNote = (p: Position) => (atOffice && p === 'floor' ? OFF_AT_OFFICE : undefined);
  const kitNote = (e: Equipment) => (atOffice && HOME_ONLY_EQUIPMENT.includes(e) ? OFF_AT_OFFICE : undefined);
  return (
    <fieldset class="fieldset">
      <legend>Where you take your breaks</legend>
      <CheckField
        id="routine-at-office"
        isSwitch
        checked={atOffice}
        disabled={officeLock.disabled}
        describedBy={[officeLock.noteId, 'routine-at-office-hint'].filter(Boolean).join(' ')}
        onChange={(v) => props.set('routine.atOffice', v)}
      >
        I'm at the office
      </CheckField>
      <LockedNote id={officeLock.noteId} text={props.lockedNote} />
      <p id="routine-at-office-hint" class="hint">
        While this is on, routines skip anything done lying or kneeling on the floor and anything that needs a band,
        weights or a mat, whatever you tick below.
      </p>
      <CheckGroup
        id="routine-positions"
        legend="Positions"
        options={POSITIONS}
        labels={POSITION_LABELS}
        value={props.draft['routine.positions']}
        onChange={(v) => props.set('routine.positions', v)}
        note={positionNote}
        error={props.errors['routine.positions']}
        lock={lockOf(props, 'routine.positions')}
        lockedNote={props.lockedNote}
      />
      <CheckGroup
        id="routine-equipment"
        legend="Equipment at hand"
        options={EQUIPMENT}
        labels={EQUIPMENT_LABELS}
        value={props.draft['routine.equipment']}
        onChange={(v) => props.set('routine.equipment', v)}
        note={kitNote}
        hint="Exercises that need nothing at all are always on offer."
        error={props.errors['routine.equipment']}
        lock={lockOf(props, 'routine.equipment')}
        lockedNote={props.lockedNote}
      />
    </fieldset>
  );
}
