/**
 * Shareable links of the demo. Short inputs travel in the query (`?problem=…&solution=…`); long ones are
 * deflated into the fragment (`#z=…`, base64url), which no server ever receives, so a long solution never meets
 * a server's header limit (HTTP 431) and stays far shorter than the browsers' URL limits.
 */

/** Query links up to this length work with every server and chat app. */
const QUERY_LIMIT = 2_000;
/** Longer than this, some browsers and apps cut links: the page warns. */
const WARN_LIMIT = 32_000;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** A link to `page` carrying `fields`, and a warning when it is long enough that some apps may cut it. */
export async function makeLink(page: URL, fields: Record<string, string>): Promise<{ href: string; warning: string | null }> {
  const url = new URL(page.href);
  url.search = '';
  url.hash = '';
  for (const [key, value] of Object.entries(fields)) url.searchParams.set(key, value);
  if (url.href.length > QUERY_LIMIT) {
    url.search = '';
    const packed = await pipe(new TextEncoder().encode(JSON.stringify(fields)), new CompressionStream('deflate-raw'));
    url.hash = `z=${toBase64Url(packed)}`;
  }
  const warning =
    url.href.length > WARN_LIMIT
      ? `This link is ${url.href.length.toLocaleString()} characters long; some browsers and chat apps cut links past 32,000.`
      : null;
  return { href: url.href, warning };
}

/** The fields of a link: its query, and what a `#z=` fragment carries (the fragment wins). */
export async function readLink(location: Location): Promise<URLSearchParams> {
  const fields = new URLSearchParams(location.search);
  if (!location.hash.startsWith('#z=')) return fields;
  try {
    const text = new TextDecoder().decode(await pipe(fromBase64Url(location.hash.slice(3)), new DecompressionStream('deflate-raw')));
    for (const [key, value] of Object.entries(JSON.parse(text) as Record<string, string>)) fields.set(key, String(value));
  } catch {
    // A damaged fragment opens the page as if it had none.
  }
  return fields;
}
