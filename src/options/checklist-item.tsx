import { ANSWERS, type Answer, type ChecklistItem } from '../core';
import { ChoiceGroup } from '../ui/choice-group';
import { ANSWER_LABELS } from './checklist-words';

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
  return (
    <li class={item.featured ? 'checklist-item checklist-item-key' : 'checklist-item'} id={id} data-item-id={item.id}>
      {item.featured && <span class="tag tag-key">Key check</span>}
      <ChoiceGroup
        name={id}
        legend={item.statement}
        options={ANSWERS}
        labels={ANSWER_LABELS}
        value={answer}
        onChange={(given) => onAnswer(item.id, given)}
        describedBy={open ? `${id}-tip` : undefined}
      />
      {open && (
        <p id={`${id}-tip`} class="tip">
          <strong>Try this: </strong>
          {item.tip}
        </p>
      )}
      <div class="item-foot">
        {!open && (
          <details class="tip-more">
            <summary>How to put it right</summary>
            <p class="tip-text">{item.tip}</p>
          </details>
        )}
        {item.source && <p class="source">Source: {item.source}</p>}
      </div>
    </li>
  );
}
