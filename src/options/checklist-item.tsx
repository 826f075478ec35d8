import { ANSWERS, type Answer, type ChecklistItem } from '../core';
import { t } from '../platform/i18n';
import { itemSource, itemStatement, itemTip } from '../ui/checklist-text';
import { ChoiceGroup } from '../ui/choice-group';
import { answerLabels } from './checklist-words';

interface Props {
  item: ChecklistItem;
  /** Null while unanswered. */
  answer: Answer | null;
  onAnswer(itemId: string, given: Answer): void;
}

/** The id of an item's row, for links that bring it into view. */
export const itemRowId = (itemId: string) => `item-${itemId}`;

/**
 * One statement to check at the desk, answered yes, not yet or doesn't apply. "Not yet" brings its
 * tip into view; otherwise the tip waits behind a disclosure.
 */
export function ChecklistItemRow({ item, answer, onAnswer }: Props) {
  const id = itemRowId(item.id);
  const open = answer === 'no';
  const tip = itemTip(item);
  const source = itemSource(item);
  return (
    <li class={item.featured ? 'checklist-item checklist-item-key' : 'checklist-item'} id={id} data-item-id={item.id}>
      {item.featured && <span class="tag tag-key">{t('ck_key_check')}</span>}
      <ChoiceGroup
        name={id}
        legend={itemStatement(item)}
        options={ANSWERS}
        labels={answerLabels()}
        value={answer}
        onChange={(given) => onAnswer(item.id, given)}
        describedBy={open ? `${id}-tip` : undefined}
      />
      {open && (
        <p id={`${id}-tip`} class="tip">
          <strong>{t('ck_try_this')} </strong>
          {tip}
        </p>
      )}
      <div class="item-foot">
        {!open && (
          <details class="tip-more">
            <summary>{t('ck_how_to_fix')}</summary>
            <p class="tip-text">{tip}</p>
          </details>
        )}
        {source && <p class="source">{t('ck_source', source)}</p>}
      </div>
    </li>
  );
}
