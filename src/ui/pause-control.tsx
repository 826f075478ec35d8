import { useState } from 'preact/hooks';
import type { PauseChoice } from '../core';

const CHOICES: ReadonlyArray<{ value: PauseChoice; label: string }> = [
  { value: '30m', label: '30 minutes' },
  { value: '1h', label: '1 hour' },
  { value: '2h', label: '2 hours' },
  { value: 'tomorrow', label: 'Until tomorrow' },
  { value: 'resumed', label: 'Until I resume' },
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
      <label for={id}>Pause reminders</label>
      <select id={id} class="input" value={choice} onChange={(e) => setChoice(e.currentTarget.value as PauseChoice)}>
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <button type="button" class="btn" onClick={() => onPause(choice)}>
        Pause
      </button>
    </div>
  );
}
