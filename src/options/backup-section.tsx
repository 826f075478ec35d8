import { useRef, useState } from 'preact/hooks';
import { dayKey, parseBackup, toBackup, toCsv } from '../core';
import { readChecklistState, updateChecklistState, workstationNames } from '../platform/checklist-store';
import { downloadBlob } from '../platform/download';
import { clearHistory, importHistory, readHistory } from '../platform/history-store';
import { say, t, tp } from '../platform/i18n';
import { readSettings, writeSettings } from '../platform/settings-store';
import { formatDate } from '../shared/format';

type Message = { kind: 'ok' | 'error'; text: string } | null;

async function exportCsv(): Promise<void> {
  const csv = toCsv(await readHistory());
  downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `sitwell-history-${dayKey(Date.now())}.csv`);
}

async function exportBackup(): Promise<void> {
  const [{ settings }, checklist, history] = await Promise.all([readSettings(), readChecklistState(), readHistory()]);
  const backup = toBackup({ settings, checklist, history, exportedAt: Date.now() });
  downloadBlob(
    new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' }),
    `sitwell-backup-${dayKey(Date.now())}.json`,
  );
}

/** Reads a backup file; nothing is written unless every part of it checks out. */
async function importBackup(file: File): Promise<string> {
  const result = parseBackup(await file.text(), workstationNames());
  if (!result.ok) throw new Error(t('hist_backup_not_imported', say(result.error)));
  const { backup } = result;
  await writeSettings(backup.settings);
  await updateChecklistState(() => backup.checklist);
  await importHistory(backup.history);
  const days = Object.keys(backup.history.days).length;
  const workstations = backup.checklist.workstations.length;
  const made = formatDate(backup.exportedAt, { dateStyle: 'long', timeStyle: 'short' });
  return t('hist_backup_imported', made, tp('hist_backup_workstations', workstations), tp('hist_backup_days', days));
}

/** Export, import and clearing of the person's data, all within this page. */
export function BackupSection() {
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  const run = async (task: () => Promise<string | undefined>) => {
    setBusy(true);
    setMessage(null);
    try {
      const done = await task();
      if (done) setMessage({ kind: 'ok', text: done });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  const onFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      try {
        return await importBackup(file);
      } finally {
        input.value = ''; // so choosing the same file again reads it again
      }
    });
  };

  const askToClear = () => {
    setConfirming(true);
    setMessage(null);
    requestAnimationFrame(() => cancelButton.current?.focus());
  };
  const cancelClear = () => {
    setConfirming(false);
    requestAnimationFrame(() => clearButton.current?.focus());
  };
  const confirmClear = () =>
    void run(async () => {
      await clearHistory();
      setConfirming(false);
      requestAnimationFrame(() => clearButton.current?.focus());
      return t('hist_cleared');
    });

  return (
    <section class="history-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('hist_data_heading')}</h2>
      <p class="muted small">{t('hist_data_intro')}</p>
      <div class="button-row">
        <button
          type="button"
          class="btn"
          disabled={busy}
          onClick={() => void run(async () => void (await exportCsv()))}
        >
          {t('hist_export_csv')}
        </button>
        <button
          type="button"
          class="btn"
          disabled={busy}
          onClick={() => void run(async () => void (await exportBackup()))}
        >
          {t('hist_export_backup')}
        </button>
      </div>
      <div class="field import-field">
        <label for="import-backup">{t('hist_import_label')}</label>
        <input
          id="import-backup"
          class="input"
          type="file"
          accept="application/json,.json"
          aria-describedby="import-hint"
          disabled={busy}
          onChange={onFile}
        />
        <p id="import-hint" class="hint">
          {t('hist_import_hint')}
        </p>
      </div>
      <div role="alert" class="form-message bad">
        {message?.kind === 'error' && <p>{message.text}</p>}
      </div>
      <div role="status" class="form-message ok">
        {message?.kind === 'ok' && <p>{message.text}</p>}
      </div>
      {confirming ? (
        <div class="confirm">
          <p id="clear-question">{t('hist_clear_question')}</p>
          <div class="button-row">
            <button
              type="button"
              class="btn btn-danger"
              aria-describedby="clear-question"
              disabled={busy}
              onClick={confirmClear}
            >
              {t('hist_clear_confirm')}
            </button>
            <button
              ref={cancelButton}
              type="button"
              class="btn"
              aria-describedby="clear-question"
              onClick={cancelClear}
            >
              {t('hist_clear_cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div class="button-row">
          <button ref={clearButton} type="button" class="btn" disabled={busy} onClick={askToClear}>
            {t('hist_clear_button')}
          </button>
        </div>
      )}
    </section>
  );
}
