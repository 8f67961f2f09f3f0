// The service worker: keeps the page working offline. scripts/post-build.mjs writes the
// build's files and its version into the two constants below. Every file of the build is
// cached when this version installs; requests for them are answered from that cache, and a
// visit to the page with any query (a scenario link) gets the cached page. A new version
// waits until the page asks it to take over (the user chose "herladen"), so nothing changes
// under the user's hands.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `uitstroomrekenaar-${VERSION}`;
const PAGE = new URL('./index.html', self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('uitstroomrekenaar-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'uitstroomrekenaar:take-over') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  const key = request.mode === 'navigate' ? PAGE : request.url;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: request.mode === 'navigate' }))
      .then((cached) => cached ?? fetch(request)),
  );
});
