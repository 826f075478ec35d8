import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  BUILT_IN_PRESETS,
  type ChecklistItem,
  type ChecklistSection,
  getPath,
  type Msg,
  type PartialSettings,
  PRESET_MAX_BYTES,
  type Preset,
  parsePresetText,
  presetChanges,
  presetInWords,
  presetTooLarge,
  SETTINGS_FIELDS,
  type Settings,
  setPath,
  toPresetFile,
  withoutLocked,
} from '../core';
import { CHECKLIST_ITEMS, CHECKLIST_SECTIONS } from '../data/checklist';
import { addExtraChecklistItems } from '../platform/checklist-extra';
import { downloadBlob } from '../platform/download';
import { say, t, tp } from '../platform/i18n';
import { type EffectiveLoaded, writeSettings } from '../platform/settings-store';
import { describeChange, describeValue } from './preset-labels';

const BUILT_IN_CHECKLIST = {
  sections: CHECKLIST_SECTIONS as readonly ChecklistSection[],
  items: CHECKLIST_ITEMS as readonly ChecklistItem[],
};

type Message = { ok: boolean; text: string } | null;

/** The current settings with the preset's fields laid over them, enforced fields left alone. */
function applied(current: Settings, preset: PartialSettings, locked: ReadonlySet<string>): Settings {
  const own = withoutLocked(preset, locked);
  const result = structuredClone(current) as unknown as Record<string, unknown>;
  for (const field of SETTINGS_FIELDS) {
    const value = getPath(own, field);
    if (value !== undefined) setPath(result, field, structuredClone(value));
  }
  return result as unknown as Settings;
}

async function applyPreset(loaded: EffectiveLoaded, preset: Preset): Promise<string> {
  await writeSettings(applied(loaded.settings, preset.settings, loaded.locked));
  if (preset.checklistItems) await addExtraChecklistItems(preset.checklistItems);
  return t('pre_applied', preset.name);
}

interface PresetPreviewProps {
  loaded: EffectiveLoaded;
  preset: Preset;
  idPrefix: string;
  /** One level below the heading of the section it sits in, so headings go down a step at a time. */
  heading: 'h3' | 'h4';
}

function PresetPreview({ loaded, preset, idPrefix, heading: Heading }: PresetPreviewProps) {
  const changes = presetChanges(loaded.settings, preset.settings);
  const open = changes.filter((c) => !loaded.locked.has(c.field));
  const kept = changes.filter((c) => loaded.locked.has(c.field));
  const items = preset.checklistItems?.length ?? 0;
  return (
    <section class="preset-preview" aria-labelledby={`${idPrefix}-changes-heading`}>
      <Heading id={`${idPrefix}-changes-heading`}>{t('pre_preview_heading', preset.name)}</Heading>
      {preset.description && <p class="muted small">{preset.description}</p>}
      {open.length === 0 && items === 0 ? (
        <p>{t('pre_preview_nothing')}</p>
      ) : (
        <ul class={`${idPrefix}-changes`}>
          {open.map((c) => (
            <li key={c.field}>{describeChange(c.field, c.from, c.to)}</li>
          ))}
          {items > 0 && <li>{tp('pre_items_added', items)}</li>}
        </ul>
      )}
      {kept.length > 0 && <p class="muted small">{keptText(loaded.organization, kept)}</p>}
    </section>
  );
}

/** "Not changed, because Acme Health sets them: Stretch breaks every: 50 min." */
function keptText(organization: string | null, kept: readonly { field: string; from: unknown }[]): string {
  const values = kept.map((c) => describeValue(c.field, c.from)).join('; ');
  return organization ? t('pre_kept', organization, values) : t('pre_kept_unnamed', values);
}

/** Choose a built-in or team preset, import or export a preset file, and see what policy applies. */
export function PresetsTab({ loaded }: { loaded: EffectiveLoaded }) {
  const choices = useMemo(
    () => [
      ...BUILT_IN_PRESETS.map((p) => ({ key: `built-in:${p.id}`, preset: presetInWords(p, say) })),
      ...loaded.policy.presets.map((p, i) => ({ key: `team:${i}`, preset: p })),
    ],
    [loaded.policy.presets],
  );
  const [chosen, setChosen] = useState(choices[0]?.key ?? '');
  const [imported, setImported] = useState<Preset | null>(null);
  const [importErrors, setImportErrors] = useState<Msg[]>([]);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const choice = choices.find((c) => c.key === chosen)?.preset ?? null;
  // Applying an imported preset takes its button away: the focus goes back to the file field.
  const fileInput = useRef<HTMLInputElement>(null);
  const [refocusFile, setRefocusFile] = useState(false);
  useEffect(() => {
    if (!refocusFile || busy) return;
    setRefocusFile(false);
    fileInput.current?.focus();
  }, [refocusFile, busy]);

  const run = async (task: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ ok: true, text: await task() });
    } catch (e) {
      setMessage({ ok: false, text: t('pre_not_applied', e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setImported(null);
    setImportErrors([]);
    setMessage(null);
    if (!file) return;
    try {
      if (file.size > PRESET_MAX_BYTES) {
        setImportErrors([presetTooLarge(file.size)]);
        return;
      }
      const result = parsePresetText(await file.text(), BUILT_IN_CHECKLIST);
      if (result.ok) setImported(result.preset);
      else setImportErrors(result.errors);
    } finally {
      input.value = ''; // so choosing the same file again reads it again
    }
  };

  const exportPreset = () => {
    const preset = toPresetFile(t('pre_export_name'), t('pre_export_description'), loaded.settings);
    downloadBlob(new Blob([JSON.stringify(preset, null, 2)], { type: 'application/json' }), 'sitwell-preset.json');
  };

  return (
    <div class="presets">
      <section aria-labelledby="presets-heading">
        <h2 id="presets-heading">{t('pre_heading')}</h2>
        <p class="muted small">{t('pre_intro')}</p>
        <div class="field">
          <label for="preset-choice">{t('pre_choice_label')}</label>
          <select
            id="preset-choice"
            class="input"
            value={chosen}
            onChange={(e) => {
              setChosen(e.currentTarget.value);
              setMessage(null);
            }}
          >
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {!c.key.startsWith('team:')
                  ? c.preset.name
                  : loaded.organization
                    ? t('pre_team_option', c.preset.name, loaded.organization)
                    : t('pre_team_option_unnamed', c.preset.name)}
              </option>
            ))}
          </select>
        </div>
        {choice && <PresetPreview loaded={loaded} preset={choice} idPrefix="preset" heading="h3" />}
        <div class="button-row">
          {/* aria-disabled while busy: a disabled button would drop keyboard focus. */}
          <button
            type="button"
            class="btn btn-primary"
            disabled={!choice}
            aria-disabled={busy}
            onClick={() => !busy && choice && void run(() => applyPreset(loaded, choice))}
          >
            {t('pre_apply')}
          </button>
        </div>
      </section>

      <section aria-labelledby="preset-file-heading">
        <h3 id="preset-file-heading">{t('pre_files_heading')}</h3>
        <div class="field import-field">
          <label for="import-preset">{t('pre_import_label')}</label>
          <input
            ref={fileInput}
            id="import-preset"
            class="input"
            type="file"
            accept="application/json,.json"
            aria-describedby="import-preset-hint"
            disabled={busy}
            onChange={(e) => void onFile(e)}
          />
          <p id="import-preset-hint" class="hint">
            {t('pre_import_hint')}
          </p>
        </div>
        <div role="alert" class="form-message bad">
          {importErrors.length > 0 && (
            <>
              <p>{t('pre_import_refused')}</p>
              <ul class="preset-errors">
                {importErrors.map((m, i) => (
                  <li key={i}>{say(m)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
        {imported && (
          <>
            <PresetPreview loaded={loaded} preset={imported} idPrefix="imported" heading="h4" />
            <div class="button-row">
              <button
                type="button"
                class="btn btn-primary"
                aria-disabled={busy}
                onClick={() => {
                  if (busy) return;
                  setRefocusFile(true);
                  void run(async () => {
                    const done = await applyPreset(loaded, imported);
                    setImported(null);
                    return done;
                  });
                }}
              >
                {t('pre_apply_imported')}
              </button>
            </div>
          </>
        )}
        <div class="button-row">
          <button type="button" class="btn" onClick={exportPreset}>
            {t('pre_export')}
          </button>
        </div>
        <p role="status" class={`form-message ${message?.ok ? 'ok' : 'bad'}`}>
          {message?.text ?? ''}
        </p>
      </section>

      <AboutConfiguration loaded={loaded} />
    </div>
  );
}

/** Who manages this browser's Sitwell, what they set, and what in their policy was ignored. */
export function AboutConfiguration({ loaded }: { loaded: EffectiveLoaded }) {
  const { policy } = loaded;
  const enforced = [...loaded.locked];
  const defaults = [...loaded.adminDefaults];
  const none =
    policy.organization === null &&
    enforced.length === 0 &&
    defaults.length === 0 &&
    policy.presets.length === 0 &&
    policy.checklistItems.length === 0 &&
    policy.problems.length === 0;
  return (
    <section class="about-config" aria-labelledby="about-config-heading">
      <h3 id="about-config-heading">{t('pre_about_heading')}</h3>
      {none ? (
        <p>{t('pre_about_no_policy')}</p>
      ) : (
        <>
          <p>{policy.organization ? t('pre_about_managed_by', policy.organization) : t('pre_about_managed')}</p>
          <h4>{t('pre_about_enforced')}</h4>
          {enforced.length === 0 ? (
            <p>{t('pre_about_none')}</p>
          ) : (
            <ul class="about-enforced">
              {enforced.map((f) => (
                <li key={f}>{describeValue(f, getPath(loaded.settings, f))}</li>
              ))}
            </ul>
          )}
          <h4>{t('pre_about_defaults')}</h4>
          {defaults.length === 0 ? (
            <p>{t('pre_about_none')}</p>
          ) : (
            <ul class="about-defaults">
              {defaults.map((f) => (
                <li key={f}>{describeValue(f, getPath(policy.defaults, f))}</li>
              ))}
            </ul>
          )}
          {policy.checklistItems.length > 0 && <p>{tp('pre_about_items', policy.checklistItems.length)}</p>}
          <h4>{t('pre_about_ignored')}</h4>
          {policy.problems.length === 0 ? (
            <p>{t('pre_about_ignored_none')}</p>
          ) : (
            <ul class="about-problems">
              {policy.problems.map((p, i) => (
                <li key={i}>{say(p)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
