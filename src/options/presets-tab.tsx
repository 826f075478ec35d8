import { useMemo, useState } from 'preact/hooks';
import {
  BUILT_IN_PRESETS,
  type ChecklistItem,
  type ChecklistSection,
  getPath,
  type PartialSettings,
  PRESET_MAX_BYTES,
  type Preset,
  parsePresetText,
  presetChanges,
  SETTINGS_FIELDS,
  type Settings,
  setPath,
  toPresetFile,
  withoutLocked,
} from '../core';
import { CHECKLIST_ITEMS, CHECKLIST_SECTIONS } from '../data/checklist';
import { addExtraChecklistItems } from '../platform/checklist-extra';
import { downloadBlob } from '../platform/download';
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
  return `Applied “${preset.name}”. The schedule is updated.`;
}

function PresetPreview({ loaded, preset, idPrefix }: { loaded: EffectiveLoaded; preset: Preset; idPrefix: string }) {
  const changes = presetChanges(loaded.settings, preset.settings);
  const open = changes.filter((c) => !loaded.locked.has(c.field));
  const kept = changes.filter((c) => loaded.locked.has(c.field));
  const items = preset.checklistItems?.length ?? 0;
  return (
    <section class="preset-preview" aria-labelledby={`${idPrefix}-changes-heading`}>
      <h4 id={`${idPrefix}-changes-heading`}>What “{preset.name}” changes</h4>
      {preset.description && <p class="muted small">{preset.description}</p>}
      {open.length === 0 && items === 0 ? (
        <p>Nothing: your settings already match this preset.</p>
      ) : (
        <ul class={`${idPrefix}-changes`}>
          {open.map((c) => (
            <li key={c.field}>{describeChange(c.field, c.from, c.to)}</li>
          ))}
          {items > 0 && <li>{items === 1 ? '1 checklist item' : `${items} checklist items`} added</li>}
        </ul>
      )}
      {kept.length > 0 && (
        <p class="muted small">
          Not changed, because {loaded.organization ?? 'your organization'} sets them:{' '}
          {kept.map((c) => describeValue(c.field, c.from)).join('; ')}.
        </p>
      )}
    </section>
  );
}

/** Choose a built-in or team preset, import or export a preset file, and see what policy applies. */
export function PresetsTab({ loaded }: { loaded: EffectiveLoaded }) {
  const choices = useMemo(
    () => [
      ...BUILT_IN_PRESETS.map((p) => ({ key: `built-in:${p.id}`, preset: p as Preset })),
      ...loaded.policy.presets.map((p, i) => ({ key: `team:${i}`, preset: p })),
    ],
    [loaded.policy.presets],
  );
  const [chosen, setChosen] = useState(choices[0]?.key ?? '');
  const [imported, setImported] = useState<Preset | null>(null);
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const choice = choices.find((c) => c.key === chosen)?.preset ?? null;

  const run = async (task: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ ok: true, text: await task() });
    } catch (e) {
      setMessage({ ok: false, text: `Not applied: ${e instanceof Error ? e.message : String(e)}` });
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
        setImportErrors([
          `This file is ${file.size} bytes; a preset may be at most ${PRESET_MAX_BYTES} bytes (64 KB).`,
        ]);
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
    const preset = toPresetFile('My Sitwell settings', 'Exported from Sitwell.', loaded.settings);
    downloadBlob(new Blob([JSON.stringify(preset, null, 2)], { type: 'application/json' }), 'sitwell-preset.json');
  };

  return (
    <div class="presets">
      <section aria-labelledby="presets-heading">
        <h2 id="presets-heading">Presets</h2>
        <p class="muted small">A preset changes several settings at once. You see what it changes before applying.</p>
        <div class="field">
          <label for="preset-choice">Preset</label>
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
                {c.key.startsWith('team:')
                  ? `${c.preset.name} (${loaded.organization ?? 'your organization'})`
                  : c.preset.name}
              </option>
            ))}
          </select>
        </div>
        {choice && <PresetPreview loaded={loaded} preset={choice} idPrefix="preset" />}
        <div class="button-row">
          <button
            type="button"
            class="btn btn-primary"
            disabled={busy || !choice}
            onClick={() => choice && void run(() => applyPreset(loaded, choice))}
          >
            Apply preset
          </button>
        </div>
      </section>

      <section aria-labelledby="preset-file-heading">
        <h3 id="preset-file-heading">Preset files</h3>
        <div class="field import-field">
          <label for="import-preset">Import a preset file</label>
          <input
            id="import-preset"
            class="input"
            type="file"
            accept="application/json,.json"
            aria-describedby="import-preset-hint"
            disabled={busy}
            onChange={(e) => void onFile(e)}
          />
          <p id="import-preset-hint" class="hint">
            A .json file of at most 64 KB, such as one made by “Export as a preset”. Nothing changes until you apply it.
          </p>
        </div>
        <div role="alert" class="form-message bad">
          {importErrors.length > 0 && (
            <>
              <p>This preset file was not used; nothing was changed:</p>
              <ul class="preset-errors">
                {importErrors.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </>
          )}
        </div>
        {imported && (
          <>
            <PresetPreview loaded={loaded} preset={imported} idPrefix="imported" />
            <div class="button-row">
              <button
                type="button"
                class="btn btn-primary"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    const done = await applyPreset(loaded, imported);
                    setImported(null);
                    return done;
                  })
                }
              >
                Apply imported preset
              </button>
            </div>
          </>
        )}
        <div class="button-row">
          <button type="button" class="btn" onClick={exportPreset}>
            Export as a preset
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
      <h3 id="about-config-heading">About this configuration</h3>
      {none ? (
        <p>No policy from an administrator applies to this browser.</p>
      ) : (
        <>
          <p>
            {policy.organization
              ? `Managed by ${policy.organization}.`
              : 'An administrator manages some of these settings.'}
          </p>
          <h4>Enforced (cannot be changed here)</h4>
          {enforced.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul class="about-enforced">
              {enforced.map((f) => (
                <li key={f}>{describeValue(f, getPath(loaded.settings, f))}</li>
              ))}
            </ul>
          )}
          <h4>Starting values from the administrator (yours to change)</h4>
          {defaults.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul class="about-defaults">
              {defaults.map((f) => (
                <li key={f}>{describeValue(f, getPath(policy.defaults, f))}</li>
              ))}
            </ul>
          )}
          {policy.checklistItems.length > 0 && (
            <p>
              {policy.checklistItems.length === 1
                ? '1 checklist item is added by the policy.'
                : `${policy.checklistItems.length} checklist items are added by the policy.`}
            </p>
          )}
          <h4>Ignored policy values</h4>
          {policy.problems.length === 0 ? (
            <p>None: every value in the policy is in use.</p>
          ) : (
            <ul class="about-problems">
              {policy.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
