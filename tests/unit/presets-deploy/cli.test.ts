import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReg } from './parsers';

const dir = mkdtempSync(join(tmpdir(), 'sitwell-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const example = join(import.meta.dirname, 'example-preset.json');
const id = 'mnopabcdefghijklmnopabcdefghijkl';

function run(args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/policy.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
}

describe('npm run policy', () => {
  it('writes every file for a good preset', () => {
    const out = join(dir, 'good');
    const result = run([example, '--extension-id', id, '--out', out, '--organization', 'Example Ltd']);
    expect(result.stderr).not.toContain('WARNING');
    expect(result.status).toBe(0);
    for (const f of [
      'chromium-linux/sitwell.json',
      'windows-chrome.reg',
      'windows-edge.reg',
      'macos.mobileconfig',
      'google-admin-console.json',
      'firefox-policies.json',
      'README.txt',
    ]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    const linux = JSON.parse(readFileSync(join(out, 'chromium-linux/sitwell.json'), 'utf8'));
    const values = linux['3rdparty'].extensions[id];
    expect(values.organization).toBe('Example Ltd');
    expect(values.enforced.stretchBreak.everyMinutes).toBe(45);
    expect(values.checklistItems[0].id).toBe('headset-volume');

    const reg = readFileSync(join(out, 'windows-edge.reg'));
    expect([...reg.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const { keys } = parseReg(reg.toString('utf16le'));
    expect(JSON.parse(keys[1]?.values.checklistItems ?? '[]')).toEqual(values.checklistItems);
  }, 60_000);

  it('warns about the placeholder id and honours --mode defaults', () => {
    const out = join(dir, 'placeholder');
    const result = run([example, '--out', out, '--mode', 'defaults']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('WARNING');
    const firefox = JSON.parse(readFileSync(join(out, 'firefox-policies.json'), 'utf8'));
    const values = firefox.policies['3rdparty'].Extensions['sitwell@sitwell.app'];
    expect(Object.keys(values)).toEqual(['defaults', 'checklistItems']);
  }, 60_000);

  it('prints every problem in a bad preset and exits 1', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'nope', version: 1, name: '', settings: {} }));
    const result = run([bad, '--extension-id', id, '--out', join(dir, 'bad-out')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not a valid Sitwell preset');
    expect(result.stderr).toContain('format must be "sitwell-preset"');
    expect(result.stderr).toContain('name must be');
    expect(existsSync(join(dir, 'bad-out'))).toBe(false);
  }, 60_000);

  it('rejects a malformed extension id', () => {
    const result = run([example, '--extension-id', 'not-an-id', '--out', join(dir, 'x')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--extension-id must be 32 letters');
  }, 60_000);
});
