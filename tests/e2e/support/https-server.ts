/**
 * Serves fixture pages over HTTPS on loopback at their real URLs: Chromium's
 * --host-resolver-rules sends www.linkedin.com and friends here, and the
 * server picks the fixture by host, path and query. The certificate is a
 * throwaway self-signed one made per run (the browser ignores its errors).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Page {
  /** Full https URL the page is served at. */
  url: string;
  /** Page body, or a function producing it on each request. */
  body: string | (() => string);
  type?: string;
}

export interface FixtureServer {
  port: number;
  hosts: string[];
  /** Every request the server saw, in order ("host/path?query"). */
  requests: string[];
  close(): Promise<void>;
}

function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'prep-panel-cert-'));
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
}

/** "host/path?query" with one trailing slash dropped from the path, so `/a/` and `/a` are one page. */
export function routeKey(url: string | URL): string {
  const u = new URL(url);
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/$/, '') : u.pathname;
  return `${u.hostname}${path}${u.search}`;
}

export async function startFixtureServer(pages: Page[]): Promise<FixtureServer> {
  const byKey = new Map(pages.map((p) => [routeKey(p.url), p]));
  const requests: string[] = [];
  const server: Server = createServer(makeCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const key = routeKey(`https://${host}${req.url ?? '/'}`);
    requests.push(key);
    const page = byKey.get(key);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
      return;
    }
    const body = typeof page.body === 'function' ? page.body() : page.body;
    res.writeHead(200, { 'content-type': page.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hosts: [...new Set(pages.map((p) => new URL(p.url).hostname))],
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
