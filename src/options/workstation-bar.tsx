import { useEffect, useRef, useState } from 'preact/hooks';
import type { Workstation } from '../core';
import { t } from '../platform/i18n';
import { ActionFeedback } from '../ui/action-feedback';
import type { ChecklistActions } from '../ui/checklist-actions';
import { useAction } from '../ui/use-action';
import { aroundValue } from './checklist-words';
import { ConfirmDelete } from './confirm-delete';
import { WorkstationNameForm } from './workstation-name-form';

interface Props {
  workstations: readonly Workstation[];
  current: Workstation;
  actions: ChecklistActions;
}

type Mode = 'idle' | 'add' | 'rename' | 'delete';

/** Which desk the answers belong to: switch, add, rename and delete (never the last one). */
export function WorkstationBar({ workstations, current, actions }: Props) {
  const [mode, setMode] = useState<Mode>('idle');
  const [message, setMessage] = useState('');
  const { run, error } = useAction();
  const heading = useRef<HTMLHeadingElement>(null);
  // The buttons leave the page while their form is open: a cancelled form gives the focus back to
  // the button that opened it once the button row is back.
  const buttons = useRef<Partial<Record<Mode, HTMLButtonElement | null>>>({});
  const returnTo = useRef<Mode | null>(null);
  useEffect(() => {
    if (mode !== 'idle' || !returnTo.current) return;
    buttons.current[returnTo.current]?.focus();
    returnTo.current = null;
  }, [mode]);
  const open = (next: Mode) => () => {
    returnTo.current = null;
    setMessage('');
    setMode(next);
  };
  const cancel = () => {
    returnTo.current = mode;
    setMode('idle');
  };
  const keep = (m: Mode) => (el: HTMLButtonElement | null) => {
    buttons.current[m] = el;
  };
  /** A button that opens one of the bar's forms; focus comes back to it when the form closes. */
  const modeButton = (which: Exclude<Mode, 'idle'>, label: string, name?: string) => (
    <button ref={keep(which)} type="button" class="btn" aria-label={name} onClick={open(which)}>
      {label}
    </button>
  );
  const finish = async (task: () => Promise<void>, done: string) => {
    if (!(await run(task))) return;
    setMode('idle');
    setMessage(done);
    heading.current?.focus();
  };
  const switchTo = async (id: string) => {
    const name = workstations.find((w) => w.id === id)?.name ?? '';
    if (await run(() => actions.switchTo(id))) setMessage(t('ck_showing_answers_for', name));
  };
  // "Workstation: Office": only the name is shown, the words around it are for screen readers.
  const [headingBefore, headingAfter] = aroundValue('ck_workstation_heading');
  return (
    <section class="workstation-bar" aria-labelledby="workstation-heading">
      <div class="workstation-row">
        <div>
          <p class="eyebrow">{t('ck_workstation_eyebrow')}</p>
          <h3 id="workstation-heading" ref={heading} tabIndex={-1} data-testid="workstation-name">
            {headingBefore && <span class="visually-hidden">{headingBefore}</span>}
            {current.name}
            {headingAfter && <span class="visually-hidden">{headingAfter}</span>}
          </h3>
        </div>
        <div class="field">
          <label for="workstation-select">{t('ck_show_answers_for')}</label>
          <select
            id="workstation-select"
            class="input"
            value={current.id}
            onChange={(e) => void switchTo(e.currentTarget.value)}
          >
            {workstations.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {mode === 'idle' && (
        <div class="button-row">
          {modeButton('add', t('ck_add_workstation'))}
          {modeButton('rename', t('ck_rename'), t('ck_rename_named', current.name))}
          {workstations.length > 1 && modeButton('delete', t('ck_delete'), t('ck_delete_named', current.name))}
        </div>
      )}
      {mode === 'add' && (
        <WorkstationNameForm
          id="workstation-new-name"
          label={t('ck_new_name_label')}
          initial=""
          submitLabel={t('ck_add')}
          onSubmit={(name) => void finish(() => actions.create(name), t('ck_added', name.trim()))}
          onCancel={cancel}
        />
      )}
      {mode === 'rename' && (
        <WorkstationNameForm
          id="workstation-rename"
          label={t('ck_rename_label', current.name)}
          initial={current.name}
          submitLabel={t('ck_rename')}
          onSubmit={(name) => void finish(() => actions.rename(current.id, name), t('ck_renamed'))}
          onCancel={cancel}
        />
      )}
      {mode === 'delete' && (
        <ConfirmDelete
          name={current.name}
          onConfirm={() => void finish(() => actions.remove(current.id), t('ck_deleted', current.name))}
          onCancel={cancel}
        />
      )}
      <ActionFeedback message={message} error={error} />
    </section>
  );
}
