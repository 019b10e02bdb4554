/**
 * The fixture pages of tests/fixtures served over HTTPS on loopback at their
 * real URLs (host + path + query → file, one trailing slash ignored), with a
 * throwaway self-signed certificate made per run. The JavaScript twin of
 * tests/e2e/support/https-server.ts + fixtures.ts, for the Firefox runner
 * (plain Node, which cannot import those .ts files).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

/**
 * Every route of tests/fixtures/routes.ts: `{ url, file, title }` (title is the
 * posting's expected title, or null). routes.ts is TypeScript, which Node 20
 * cannot load, so its `url: '…', file: '…'` pairs are read as text; a format
 * change that breaks this fails loudly here rather than silently testing less.
 */
export function readRoutes() {
  const source = readFileSync(join(FIXTURES_DIR, 'routes.ts'), 'utf8');
  const routes = [];
  const entry = /url:\s*'([^']+)',\s*file:\s*'([^']+)'/g;
  for (let m; (m = entry.exec(source));) {
    const rest = source.slice(entry.lastIndex, entry.lastIndex + 400);
    const kind = /kind:\s*'(\w+)'|expect:\s*none/.exec(rest);
    const title = kind?.[1] === 'job' ? (/title:\s*'([^']+)'/.exec(rest)?.[1] ?? null) : null;
    routes.push({ url: m[1], file: m[2], kind: kind?.[1] ?? 'none', title });
  }
  if (routes.length < 10) throw new Error(`Read only ${routes.length} routes from tests/fixtures/routes.ts: has its format changed?`);
  return routes;
}

function makeCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'prep-panel-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=prep-panel-fixtures',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** "host/path?query" with one trailing slash dropped from the path. */
export function routeKey(url) {
  const u = new URL(url);
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/$/, '') : u.pathname;
  return `${u.hostname}${path}${u.search}`;
}

/** Serves `routes` (from readRoutes) on 127.0.0.1; unknown paths get a small 404 page. */
export async function startFixtureServer(routes) {
  const byKey = new Map(routes.map((r) => [routeKey(r.url), r]));
  const requests = [];
  const server = createServer(makeCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const key = routeKey(`https://${host}${req.url ?? '/'}`);
    requests.push(key);
    const route = byKey.get(key);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(join(FIXTURES_DIR, route.file)));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: server.address().port,
    hosts: [...new Set(routes.map((r) => new URL(r.url).hostname))],
    requests,
    close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done()))),
  };
}
