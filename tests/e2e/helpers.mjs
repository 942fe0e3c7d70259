// Shared pieces of the browser tests and the benchmark: paths, Chromium flags, a tiny server.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic', '--no-default-browser-check',
];

const MIME = {
  '.html': 'text/html',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

// Serves files on 127.0.0.1 (any free port). `mounts` maps a URL prefix to a directory;
// `headers(urlPath)` may add response headers (e.g. a CSP). Only GET/HEAD; a directory serves
// its index.html. `.html` goes out without a charset, so pages sniff it like a browser would.
export function startServer(mounts, headers = () => ({})) {
  const server = http.createServer(async (req, res) => {
    try {
      const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      const prefix = Object.keys(mounts).sort((a, b) => b.length - a.length).find((p) => rel.startsWith(p));
      if (!prefix) throw new Error('no mount');
      const dir = mounts[prefix];
      let file = path.resolve(dir, '.' + rel.slice(prefix.length - 1));
      if (file !== dir && !file.startsWith(dir + path.sep)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...headers(rel),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

export async function stopServer(server) {
  if (!server) return;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

// Keeps the page on this machine: only 127.0.0.1 may be fetched.
export async function localOnly(target) {
  await target.route('**/*', (route) => {
    const url = new URL(route.request().url());
    return url.hostname === '127.0.0.1' || url.protocol === 'chrome-extension:' ? route.continue() : route.abort();
  });
}

// The fixture's bytes (base64) and charset label, for decoding in the browser like a page load
// would (Node's TextDecoder treats windows-1252 as ISO-8859-1).
export async function fixtureBytes(slug) {
  const bytes = await readFile(path.join(ROOT, 'tests/fixtures', slug, 'input.html'));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return { b64: bytes.toString('base64'), label: m ? m[1] : 'utf-8' };
}

export async function fixtureLines(slug, name) {
  const text = await readFile(path.join(ROOT, 'tests/fixtures', slug, name), 'utf8').catch(() => '');
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}
