/**
 * Saves `blob` as a file through a temporary <a download> in the current page. The browser's own
 * download handling does the rest, so the extension needs no "downloads" permission.
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download at once; the object URL is freed a little later to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
