/**
 * Vite plugin: in dev, serves the widget's source entry at `/steplight-widget.js`, the file name the
 * build gives it, so `embed.html` (which loads it untouched by Vite) works in dev and in builds alike.
 */
import type { Plugin } from 'vite';

/** `sourcePath` is the entry's absolute path (served through Vite's `/@fs/`, outside the demo root). */
export function widgetEntry(sourcePath: string): Plugin {
  return {
    name: 'steplight-widget-entry',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url?.split('?')[0]?.endsWith('/steplight-widget.js')) req.url = `/@fs${sourcePath}`;
        next();
      });
    },
  };
}
