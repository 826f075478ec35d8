/**
 * Turns a Sitwell preset file into ready-to-deploy enterprise policy files.
 *
 *   npm run policy -- <preset.json> [--extension-id ID] [--edge-id ID] [--firefox-id ID]
 *                     [--out DIR] [--organization NAME] [--mode enforced|defaults]
 *
 * The preset is checked with the same rules as the options page's import (every problem is
 * printed and the exit code is 1). The files themselves come from the pure generators in
 * src/core/presets/deploy/; this script only reads arguments and files and writes the output.
 * Run through tsx so no build step is needed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ChecklistItem, ChecklistSection } from '../src/core';
import {
  checkPolicyValues,
  DEFAULT_FIREFOX_ID,
  type DeployIds,
  deployFiles,
  isChromiumExtensionId,
  isFirefoxExtensionId,
  PLACEHOLDER_EXTENSION_ID,
  type PolicyMode,
  policyFromPreset,
} from '../src/core/presets/deploy';
import { parsePresetText } from '../src/core/presets/preset';
import { CHECKLIST_ITEMS, CHECKLIST_SECTIONS } from '../src/data/checklist';
import { english } from './english';

const USAGE = `Usage: npm run policy -- <preset.json> [options]

Options:
  --extension-id ID     Chromium extension id (32 letters a-p), as chrome://extensions shows it
  --edge-id ID          Edge's id, if its listing differs (default: --extension-id)
  --firefox-id ID       Firefox add-on id (default: ${DEFAULT_FIREFOX_ID})
  --out DIR             output folder (default: ./policy-out)
  --organization NAME   shown to people as "Managed by NAME"
  --mode MODE           enforced (locked, the default) or defaults (starting values)
  --help                this text`;

function fail(messages: string[]): never {
  for (const m of messages) console.error(m);
  process.exit(1);
}

function main(argv: string[]): void {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    fail([(error as Error).message, '', USAGE]);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1) fail(['Give exactly one preset file.', '', USAGE]);
  const file = positionals[0] as string;

  const problems: string[] = [];
  const mode = (values.mode ?? 'enforced') as PolicyMode;
  if (mode !== 'enforced' && mode !== 'defaults') problems.push(`--mode must be enforced or defaults, not "${mode}".`);
  const extensionId = values['extension-id'] ?? PLACEHOLDER_EXTENSION_ID;
  if (!isChromiumExtensionId(extensionId))
    problems.push(`--extension-id must be 32 letters from a to p: "${extensionId}".`);
  const edgeId = values['edge-id'];
  if (edgeId !== undefined && !isChromiumExtensionId(edgeId))
    problems.push(`--edge-id must be 32 letters from a to p: "${edgeId}".`);
  const firefoxId = values['firefox-id'] ?? DEFAULT_FIREFOX_ID;
  if (!isFirefoxExtensionId(firefoxId))
    problems.push(`--firefox-id must look like name@domain or {GUID}: "${firefoxId}".`);
  const organization = values.organization?.trim();
  if (values.organization !== undefined && organization === '') problems.push('--organization must not be empty.');
  if (problems.length > 0) fail(problems);

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail([`Cannot read ${file}: ${(error as Error).message}`]);
  }
  const builtIn = {
    sections: CHECKLIST_SECTIONS as readonly ChecklistSection[],
    items: CHECKLIST_ITEMS as readonly ChecklistItem[],
  };
  const result = parsePresetText(text, builtIn);
  if (!result.ok) fail([`${file} is not a valid Sitwell preset:`, ...result.errors.map((e) => `  - ${english(e)}`)]);

  const policy = policyFromPreset(result.preset, mode, organization);
  const unsafe = checkPolicyValues(policy);
  if (unsafe.length > 0) fail([`${file} cannot be written as policy:`, ...unsafe.map((e) => `  - ${e}`)]);

  const placeholderId = values['extension-id'] === undefined;
  const ids: DeployIds = { extensionId, firefoxId, presetName: result.preset.name };
  if (edgeId !== undefined) ids.edgeId = edgeId;
  const out = resolve(values.out ?? 'policy-out');
  for (const f of deployFiles(policy, ids, { mode, placeholderId })) {
    const target = join(out, f.path);
    mkdirSync(dirname(target), { recursive: true });
    const data = f.encoding === 'utf16le-bom' ? Buffer.from(`\ufeff${f.text}`, 'utf16le') : f.text;
    writeFileSync(target, data);
    console.log(`wrote ${target}`);
  }
  if (placeholderId) {
    console.warn(
      [
        '',
        `WARNING: no --extension-id given, so the files use the placeholder ${PLACEHOLDER_EXTENSION_ID}.`,
        'Sitwell has no Chrome Web Store id yet and an unpacked copy gets an id from its folder path,',
        'so look the id up at chrome://extensions on a managed machine and run this again with it.',
      ].join('\n'),
    );
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'extension-id': { type: 'string' },
      'edge-id': { type: 'string' },
      'firefox-id': { type: 'string' },
      out: { type: 'string' },
      organization: { type: 'string' },
      mode: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
}

main(process.argv.slice(2));
