// Registers the service worker (sw.js) that keeps the page working offline, once the page has
// painted its first result (the app sends `uitstroomrekenaar:ready`): installing the worker
// fetches and caches the whole build, which cost the first result 55 ms when it started at the
// page's load event (scripts/bench.sh, medians of 9). When a new version
// has installed, the page is told with the event `uitstroomrekenaar:update` (it listens from its
// first render on, before the worker is registered); the page's notice answers
// with `uitstroomrekenaar:reload`, and only then does the new version take over and the page
// reload. Plain JavaScript: the worker itself must be a script, and its protocol stays in one
// place instead of in web-sys bindings the page would carry.
if ('serviceWorker' in navigator) {
  const offer = (worker) => {
    window.uitstroomrekenaarUpdate = worker;
    window.dispatchEvent(new Event('uitstroomrekenaar:update'));
  };
  // After the frame that shows the first result.
  const register = () => requestAnimationFrame(() => setTimeout(() => {
    navigator.serviceWorker.register('./sw.js').then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
    }, () => {});
  }));
  window.addEventListener('uitstroomrekenaar:ready', register, { once: true });
  window.addEventListener('uitstroomrekenaar:reload', () => {
    const worker = window.uitstroomrekenaarUpdate;
    if (!worker) return location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    worker.postMessage('uitstroomrekenaar:take-over');
  });
}
