import type { ChecklistItem } from '../core';
import { plural } from './checklist-words';

interface Props {
  /** Items answered "not yet", key ones first. */
  items: readonly ChecklistItem[];
  unanswered: number;
  onShow(itemId: string): void;
}

export const STILL_OPEN_HEADING = 'still-open-heading';

/** What is not in place yet, each with its tip, so the list doubles as a to-do list. */
export function StillOpen({ items, unanswered, onShow }: Props) {
  return (
    <section class="still-open" aria-labelledby={STILL_OPEN_HEADING}>
      <h3 id={STILL_OPEN_HEADING} tabIndex={-1}>
        Still to sort out
      </h3>
      {items.length === 0 ? (
        <p>{unanswered > 0 ? 'Nothing marked “not yet” so far.' : 'Nothing: all that applies here is in place.'}</p>
      ) : (
        <ul class="still-list">
          {items.map((item) => (
            <li key={item.id}>
              <p class="still-statement">{item.statement}</p>
              <p class="tip-text">{item.tip}</p>
              <button type="button" class="btn-inline" onClick={() => onShow(item.id)}>
                Go to this item<span class="visually-hidden">: {item.statement}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {unanswered > 0 && <p class="muted">{plural(unanswered, 'item has', 'items have')} no answer yet.</p>}
    </section>
  );
}
