import { useRef, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { ActionFeedback } from '../ui/action-feedback';
import { useAction } from '../ui/use-action';

export interface MutedItem {
  id: string;
  /** The exercise's name; an id the library no longer knows is shown as it is. */
  name: string;
}

interface Props {
  /** Null until storage answers. */
  muted: readonly MutedItem[] | null;
  onUnmute(id: string): Promise<void>;
}

/** Exercises muted with "This hurts", each with its way back. */
export function MutedList({ muted, onUnmute }: Props) {
  const { run, error } = useAction();
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const unmute = async (item: MutedItem) => {
    if (await run(() => onUnmute(item.id))) {
      setMessage(t('opt_unmuted', item.name));
      // The row and its button are gone: keep keyboard focus in this section.
      heading.current?.focus();
    }
  };
  return (
    <section class="muted-section" aria-labelledby="muted-heading">
      <h2 id="muted-heading" ref={heading} tabIndex={-1}>
        {t('opt_muted_heading')}
      </h2>
      <p class="hint">{t('opt_muted_hint')}</p>
      {muted === null ? null : muted.length === 0 ? (
        <p>{t('opt_muted_none')}</p>
      ) : (
        <ul class="muted-list">
          {muted.map((item) => (
            <li key={item.id} data-exercise-id={item.id}>
              <span>{item.name}</span>
              <button
                type="button"
                class="btn"
                aria-label={t('opt_unmute_named', item.name)}
                onClick={() => void unmute(item)}
              >
                {t('opt_unmute')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ActionFeedback message={message} error={error} />
    </section>
  );
}
