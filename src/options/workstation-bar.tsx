import { useRef, useState } from 'preact/hooks';
import type { Workstation } from '../core';
import { ActionFeedback } from '../ui/action-feedback';
import type { ChecklistActions } from '../ui/checklist-actions';
import { useAction } from '../ui/use-action';
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
  const opener = useRef<HTMLElement | null>(null);
  const open = (next: Mode) => (e: Event) => {
    opener.current = e.currentTarget as HTMLElement;
    setMessage('');
    setMode(next);
  };
  const cancel = () => {
    setMode('idle');
    opener.current?.focus();
  };
  const finish = async (task: () => Promise<void>, done: string) => {
    if (!(await run(task))) return;
    setMode('idle');
    setMessage(done);
    heading.current?.focus();
  };
  const switchTo = async (id: string) => {
    const name = workstations.find((w) => w.id === id)?.name ?? '';
    if (await run(() => actions.switchTo(id))) setMessage(`Showing the answers for “${name}”.`);
  };
  return (
    <section class="workstation-bar" aria-labelledby="workstation-heading">
      <div class="workstation-row">
        <div>
          <p class="eyebrow">Workstation</p>
          <h3 id="workstation-heading" ref={heading} tabIndex={-1} data-testid="workstation-name">
            <span class="visually-hidden">Workstation: </span>
            {current.name}
          </h3>
        </div>
        <div class="field">
          <label for="workstation-select">Show the answers for</label>
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
          <button type="button" class="btn" onClick={open('add')}>
            Add a workstation
          </button>
          <button type="button" class="btn" onClick={open('rename')}>
            Rename<span class="visually-hidden"> {current.name}</span>
          </button>
          {workstations.length > 1 && (
            <button type="button" class="btn" onClick={open('delete')}>
              Delete<span class="visually-hidden"> {current.name}</span>
            </button>
          )}
        </div>
      )}
      {mode === 'add' && (
        <WorkstationNameForm
          id="workstation-new-name"
          label="Name of the new workstation"
          initial=""
          submitLabel="Add"
          onSubmit={(name) =>
            void finish(() => actions.create(name), `Added “${name.trim()}”: its checklist starts empty.`)
          }
          onCancel={cancel}
        />
      )}
      {mode === 'rename' && (
        <WorkstationNameForm
          id="workstation-rename"
          label={`New name for “${current.name}”`}
          initial={current.name}
          submitLabel="Rename"
          onSubmit={(name) => void finish(() => actions.rename(current.id, name), 'Renamed.')}
          onCancel={cancel}
        />
      )}
      {mode === 'delete' && (
        <ConfirmDelete
          name={current.name}
          onConfirm={() => void finish(() => actions.remove(current.id), `Deleted “${current.name}”.`)}
          onCancel={cancel}
        />
      )}
      <ActionFeedback message={message} error={error} />
    </section>
  );
}
