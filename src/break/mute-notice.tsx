import type { Ref } from 'preact';
import type { Exercise } from '../core';

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
          <span>
            “{muted.name}” is skipped and won't be suggested again. You can bring it back from the settings at any time.
          </span>{' '}
          <button ref={undoRef} type="button" class="btn-inline" onClick={onUndo}>
            Undo
          </button>
        </>
      )}
    </div>
  );
}
