import { useRef, useState } from 'preact/hooks';
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
      setMessage(`${item.name} is back in your routines.`);
      // The row and its button are gone: keep keyboard focus in this section.
      heading.current?.focus();
    }
  };
  return (
    <section class="muted-section" aria-labelledby="muted-heading">
      <h2 id="muted-heading" ref={heading} tabIndex={-1}>
        Muted exercises
      </h2>
      <p class="hint">
        Exercises you marked with "This hurts" during a break stay out of your routines until you bring them back here.
      </p>
      {muted === null ? null : muted.length === 0 ? (
        <p>None at the moment.</p>
      ) : (
        <ul class="muted-list">
          {muted.map((item) => (
            <li key={item.id} data-exercise-id={item.id}>
              <span>{item.name}</span>
              <button type="button" class="btn" onClick={() => void unmute(item)}>
                Suggest again<span class="visually-hidden">: {item.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ActionFeedback message={message} error={error} />
    </section>
  );
}
