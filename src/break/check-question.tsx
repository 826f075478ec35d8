import type { Ref } from 'preact';
import type { PostureTopic } from '../core';
import { ChoiceGroup } from '../ui/choice-group';

export interface CheckQuestion {
  id: PostureTopic;
  question: string;
  /** The matching checklist item's tip, shown after a "No". */
  tip: string | undefined;
}

type YesNo = 'yes' | 'no';
const YES_NO: readonly YesNo[] = ['yes', 'no'];
const LABELS: Record<YesNo, string> = { yes: 'Yes', no: 'No' };

interface Props {
  question: CheckQuestion;
  /** Undefined while unanswered. */
  answer: boolean | undefined;
  onAnswer(id: PostureTopic, yes: boolean): void;
  disabled: boolean;
  firstRef?: Ref<HTMLInputElement> | undefined;
}

/** One question, answered with one click; a "No" brings its tip up underneath at once. */
export function CheckQuestionRow({ question, answer, onAnswer, disabled, firstRef }: Props) {
  const name = `check-${question.id}`;
  const showTip = answer === false && question.tip !== undefined;
  return (
    <li class="check-question" data-topic={question.id}>
      <ChoiceGroup
        name={name}
        legend={question.question}
        options={YES_NO}
        labels={LABELS}
        value={answer === undefined ? null : answer ? 'yes' : 'no'}
        onChange={(given) => onAnswer(question.id, given === 'yes')}
        describedBy={showTip ? `${name}-tip` : undefined}
        firstRef={firstRef}
        disabled={disabled}
      />
      {/* Always in the page, so a screen reader announces the tip when it appears. */}
      <div aria-live="polite">
        {showTip && (
          <p id={`${name}-tip`} class="tip" data-testid="check-tip">
            <strong>Try this: </strong>
            {question.tip}
          </p>
        )}
      </div>
    </li>
  );
}
