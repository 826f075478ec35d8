import { EQUIPMENT, type Equipment, HOME_ONLY_EQUIPMENT, POSITIONS, type Position } from '../core';
import { t } from '../platform/i18n';
import { CheckGroup } from './check-group';
import { CheckField, LockedNote, lockOf, type SectionProps } from './form-fields';
import { equipmentLabel, positionLabel } from './routine-labels';

/** Where breaks happen: the positions that suit the person, the kit at hand, and the office switch. */
export function PlaceSection(props: SectionProps) {
  const atOffice = props.draft['routine.atOffice'];
  const officeLock = lockOf(props, 'routine.atOffice');
  const offAtOffice = t('set_off_at_office');
  const positionNote = (p: Position) => (atOffice && p === 'floor' ? offAtOffice : undefined);
  const kitNote = (e: Equipment) => (atOffice && HOME_ONLY_EQUIPMENT.includes(e) ? offAtOffice : undefined);
  return (
    <fieldset class="fieldset">
      <legend>{t('set_place_legend')}</legend>
      <CheckField
        id="routine-at-office"
        isSwitch
        checked={atOffice}
        disabled={officeLock.disabled}
        describedBy={[officeLock.noteId, 'routine-at-office-hint'].filter(Boolean).join(' ')}
        onChange={(v) => props.set('routine.atOffice', v)}
      >
        {t('set_at_office')}
      </CheckField>
      <LockedNote id={officeLock.noteId} text={props.lockedNote} />
      <p id="routine-at-office-hint" class="hint">
        {t('set_at_office_hint')}
      </p>
      <CheckGroup
        id="routine-positions"
        legend={t('set_positions_legend')}
        options={POSITIONS}
        label={positionLabel}
        value={props.draft['routine.positions']}
        onChange={(v) => props.set('routine.positions', v)}
        note={positionNote}
        error={props.errors['routine.positions']}
        lock={lockOf(props, 'routine.positions')}
        lockedNote={props.lockedNote}
      />
      <CheckGroup
        id="routine-equipment"
        legend={t('set_equipment_legend')}
        options={EQUIPMENT}
        label={equipmentLabel}
        value={props.draft['routine.equipment']}
        onChange={(v) => props.set('routine.equipment', v)}
        note={kitNote}
        hint={t('set_equipment_hint')}
        error={props.errors['routine.equipment']}
        lock={lockOf(props, 'routine.equipment')}
        lockedNote={props.lockedNote}
      />
    </fieldset>
  );
}
