import { useEffect, useRef, useState } from 'preact/hooks';
import type { PostureTopic } from '../core';
import { t } from '../platform/i18n';
import { useAction } from '../ui/use-action';
import { type CheckQuestion, CheckQuestionRow } from './check-question';

type Answers = Partial<Record<PostureTopic, boolean>>;

export interface PostureCheckProps {
  questions: readonly CheckQuestion[];
  /** Stores the answers given; questions left out count as unanswered. */
  save(answers: Answers): Promise<void>;
  close(): void;
  openChecklist(): void;
  /** How long the confirmation stays before the window closes itself, when no tip is left to read. */
  closeAfterMs?: number;
}

/** The quick posture check window: three yes-or-no questions, a tip for each "No", then save. */
export function PostureCheckView({ questions, save, close, openChecklist, closeAfterMs = 2500 }: PostureCheckProps) {
  const [answers, setAnswers] = useState<Answers>({});
  const [saved, setSaved] = useState(false);
  const [hint, setHint] = useState('');
  const { run, error } = useAction();
  const first = useRef<HTMLInputElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const anyNo = Object.values(answers).includes(false);

  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (!saved) return;
    closeButton.current?.focus();
    if (anyNo) return;
    const timer = setTimeout(close, closeAfterMs);
    return () => clearTimeout(timer);
  }, [saved]);

  const answer = (id: PostureTopic, yes: boolean) => {
    setHint('');
    setAnswers((a) => ({ ...a, [id]: yes }));
  };
  const submit = async () => {
    if (Object.keys(answers).length === 0) {
      setHint(t('ck_check_need_answer'));
      return;
    }
    if (await run(() => save(answers))) setSaved(true);
  };

  return (
    <main class="break check">
      <h1>{t('ck_check_title')}</h1>
      <p class="lead">{t('ck_check_lead')}</p>
      <ol class="check-questions">
        {questions.map((q, i) => (
          <CheckQuestionRow
            key={q.id}
            question={q}
            answer={answers[q.id]}
            onAnswer={answer}
            disabled={saved}
            firstRef={i === 0 ? first : undefined}
          />
        ))}
      </ol>
      <div class="check-actions">
        {saved ? (
          <button ref={closeButton} type="button" class="btn btn-primary" onClick={close}>
            {t('ck_check_close')}
          </button>
        ) : (
          <>
            <button type="button" class="btn btn-primary" onClick={() => void submit()}>
              {t('ck_check_save')}
            </button>
            <button type="button" class="btn" onClick={close}>
              {t('ck_check_not_now')}
            </button>
          </>
        )}
        <p role="status" class={saved ? 'check-status ok' : 'check-status'} data-testid="check-status">
          {saved ? (anyNo ? t('ck_check_saved_tips') : t('ck_check_saved')) : hint}
        </p>
      </div>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <footer class="check-footer small muted">
        <p>{t('ck_check_disclaimer')}</p>
        <button type="button" class="btn-inline" onClick={openChecklist}>
          {t('ck_check_open_checklist')}
        </button>
      </footer>
    </main>
  );
}
