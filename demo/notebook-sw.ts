/**
 * The notebook's service worker: precaches the built site (pages, scripts, the scoring worker, the
 * wasm files and the built-in model), then serves those files from the cache first, so the notebook
 * works offline after the first visit. Other same-origin model files are cached when first fetched.
 * The build replaces the precache placeholder with the list of files (demo/build/precache.ts).
 */
const sw = self as unknown as ServiceWorkerGlobalScope;

/** Files to precache, relative to this script, and a version derived from their contents. */
const precache = '__STEPLIGHT_PRECACHE__' as unknown as { version: string; files: string[] };
const cacheName = `steplight-notebook-${precache.version}`;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(precache.files.map((file) => new Request(new URL(file, sw.location.href), { cache: 'reload', credentials: 'omit' }))))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('steplight-notebook-') && n !== cacheName).map((n) => caches.delete(n))))
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== sw.location.origin || request.headers.has('range')) return;
  event.respondWith(
    caches.open(cacheName).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate', ignoreVary: true });
      if (hit) return hit;
      const response = await fetch(request);
      // A file the server lacks can come back as the site's HTML page (a single-page fallback): never kept as a model file.
      const html = response.headers.get('content-type')?.includes('text/html') ?? false;
      if (response.ok && !html && url.pathname.includes('/models/')) await cache.put(request, response.clone());
      return response;
    }),
  );
});
