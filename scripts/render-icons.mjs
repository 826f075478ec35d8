// Renders icons/icon.svg (and the pixel-fitted icons/icon-small.svg for 16 px) to the PNG sizes the
// manifest names, using Debian's Chromium through playwright-core. Never downloads a browser.
//
//   npm run icons
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const iconsDir = join(root, 'icons');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Output size → source SVG. The small variant is drawn on a 16-unit grid so its edges land on pixels. */
const smallSvg = existsSync(join(iconsDir, 'icon-small.svg')) ? 'icon-small.svg' : 'icon.svg';
const targets = [
  { size: 16, source: smallSvg },
  { size: 32, source: 'icon.svg' },
  { size: 48, source: 'icon.svg' },
  { size: 128, source: 'icon.svg' },
];

const dataUrl = (file) => `data:image/svg+xml;base64,${readFileSync(join(iconsDir, file)).toString('base64')}`;

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { size, source } of targets) {
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img id="icon" src="${dataUrl(source)}" width="${size}" height="${size}" style="display:block">` +
        `</body></html>`,
    );
    const icon = page.locator('#icon');
    await icon.evaluate((img) => (img.complete ? undefined : img.decode()));
    const box = await icon.boundingBox();
    if (!box || box.width !== size || box.height !== size) {
      throw new Error(`icon-${size}: element is ${box?.width}×${box?.height}, expected ${size}×${size}`);
    }
    const out = join(iconsDir, `icon-${size}.png`);
    await icon.screenshot({ path: out, omitBackground: true });
    console.log(`icons/icon-${size}.png  ← icons/${source}`);
  }
} finally {
  await browser.close();
}
