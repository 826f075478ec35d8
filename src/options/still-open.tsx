import type { ChecklistItem } from '../core';
import { t, tp } from '../platform/i18n';
import { itemStatement, itemTip } from '../ui/checklist-text';

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
        {t('ck_still_open_heading')}
      </h3>
      {items.length === 0 ? (
        <p>{unanswered > 0 ? t('ck_nothing_not_yet') : t('ck_nothing_open')}</p>
      ) : (
        <ul class="still-list">
          {items.map((item) => {
            const statement = itemStatement(item);
            return (
              <li key={item.id}>
                <p class="still-statement">{statement}</p>
                <p class="tip-text">{itemTip(item)}</p>
                <button
                  type="button"
                  class="btn-inline"
                  aria-label={t('ck_go_to_item_named', statement)}
                  onClick={() => onShow(item.id)}
                >
                  {t('ck_go_to_item')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {unanswered > 0 && <p class="muted">{tp('ck_no_answer_yet', unanswered)}</p>}
    </section>
  );
}
