// Registers the service worker (sw.js) that keeps the page working offline. When a new version
// has installed, the page is told with the event `uitstroomrekenaar:update` (and
// `window.uitstroomrekenaarUpdate` for a page that starts later); the page's notice answers
// with `uitstroomrekenaar:reload`, and only then does the new version take over and the page
// reload. Plain JavaScript: the worker itself must be a script, and its protocol stays in one
// place instead of in web-sys bindings the page would carry.
if ('serviceWorker' in navigator) {
  const offer = (worker) => {
    window.uitstroomrekenaarUpdate = worker;
    window.dispatchEvent(new Event('uitstroomrekenaar:update'));
  };
  // After the page has loaded: caching the build must not compete with its first paint.
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
    }, () => {});
  });
  window.addEventListener('uitstroomrekenaar:reload', () => {
    const worker = window.uitstroomrekenaarUpdate;
    if (!worker) return location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    worker.postMessage('uitstroomrekenaar:take-over');
  });
}
