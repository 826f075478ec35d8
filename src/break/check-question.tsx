import type { Ref } from 'preact';
import { POSTURE_QUESTIONS, type PostureTopic } from '../core';
import { t } from '../platform/i18n';
import { builtInTip, questionText } from '../ui/checklist-text';
import { ChoiceGroup } from '../ui/choice-group';

export interface CheckQuestion {
  id: PostureTopic;
  question: string;
  /** The matching checklist item's tip, shown after a "No". */
  tip: string | undefined;
}

/** The quick posture check's questions in the reader's language, each with its checklist item's tip. */
export const postureCheckQuestions = (): CheckQuestion[] =>
  POSTURE_QUESTIONS.map((q) => ({ id: q.id, question: questionText(q), tip: builtInTip(q.itemId) }));

type YesNo = 'yes' | 'no';
const YES_NO: readonly YesNo[] = ['yes', 'no'];

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
        labels={{ yes: t('ck_check_yes'), no: t('ck_check_no') }}
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
            <strong>{t('ck_try_this')} </strong>
            {question.tip}
          </p>
        )}
      </div>
    </li>
  );
}
