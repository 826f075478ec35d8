import { useState } from 'preact/hooks';
import type { PauseChoice } from '../core';
import { t, tp } from '../platform/i18n';

const CHOICES: ReadonlyArray<{ value: PauseChoice; label: () => string }> = [
  { value: '30m', label: () => tp('popup_pause_minutes', 30) },
  { value: '1h', label: () => tp('popup_pause_hours', 1) },
  { value: '2h', label: () => tp('popup_pause_hours', 2) },
  { value: 'tomorrow', label: () => t('popup_pause_until_tomorrow') },
  { value: 'resumed', label: () => t('popup_pause_until_resumed') },
];

interface Props {
  onPause(choice: PauseChoice): void;
  /** Differs per page, so two controls on one page never share an id. */
  id?: string;
}

/** A native select keeps the choice keyboard- and screen-reader-friendly with no custom menu code. */
export function PauseControl({ onPause, id = 'pause-choice' }: Props) {
  const [choice, setChoice] = useState<PauseChoice>('30m');
  return (
    <div class="pause">
      <label for={id}>{t('popup_pause_label')}</label>
      <select id={id} class="input" value={choice} onChange={(e) => setChoice(e.currentTarget.value as PauseChoice)}>
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label()}
          </option>
        ))}
      </select>
      <button type="button" class="btn" onClick={() => onPause(choice)}>
        {t('popup_pause_button')}
      </button>
    </div>
  );
}
