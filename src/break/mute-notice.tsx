import type { Ref } from 'preact';
import type { Exercise } from '../core';
import { t } from '../platform/i18n';
import { exerciseName } from '../ui/exercise-text';

interface Props {
  /** The exercise just muted, while its undo is on offer. */
  muted: Exercise | null;
  onUndo(): void;
  undoRef: Ref<HTMLButtonElement>;
}

/** Confirms a mute right where it happened, with its undo. The region stays in the page so it is heard. */
export function MuteNotice({ muted, onUndo, undoRef }: Props) {
  return (
    // Empty, it is visually hidden rather than removed, so its next message is still heard.
    <div class={muted ? 'mute-notice' : 'visually-hidden'} role="status">
      {muted && (
        <>
          <span>{t('break_muted', exerciseName(muted))}</span>{' '}
          <button ref={undoRef} type="button" class="btn-inline" onClick={onUndo}>
            {t('break_undo')}
          </button>
        </>
      )}
    </div>
  );
}
