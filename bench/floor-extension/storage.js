// One chrome.storage read, then a line of text, marked once it is on screen the way Sitwell's
// popup marks its status line (a Preact useEffect runs after the next frame, in a task).
chrome.storage.local.get(['engine', 'settings']).then((items) => {
  const status = document.getElementById('status');
  if (status) status.textContent = `Storage read: ${Object.keys(items).length} of 2 keys stored.`;
  requestAnimationFrame(() =>
    setTimeout(() => {
      document.documentElement.dataset.statusPaintedAt = String(performance.now());
    }),
  );
});
