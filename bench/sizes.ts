/**
 * Built sizes, gzipped with zlib at level 9: what each part of the extension
 * costs to load. Reads .output/chrome-mv3 as `wxt build` left it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { EXTENSION_DIR } from './launch';
import { wholeDataset } from './whole-dataset';

const dataset = wholeDataset();

const ROOT = resolve(import.meta.dirname, '..');

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface ContentScriptSize {
  name: string;
  js: FileSize;
  /** Content CSS injected by the manifest for this script; none today (the launcher's CSS is a string inside the JS). */
  css: FileSize | null;
  /** JS + CSS, gzipped: what a matching page loads from us before the launcher is clicked. */
  totalGzip: number;
}

export interface SizesResult {
  contentScripts: ContentScriptSize[];
  largestContentScript: ContentScriptSize;
  /** Everything the panel page's build holds (`totalGzip`), and what its first paint loads (`initialGzip`: the HTML's scripts, their static imports and CSS; views and role data load later). */
  sidePanel: { js: FileSize[]; css: FileSize[]; html: FileSize; totalGzip: number; initial: string[]; initialGzip: number };
  background: FileSize;
  dataset: {
    /** data/roles/all.ts (every role module) bundled alone by Vite (minified ES module, no app code). */
    bundled: FileSize | null;
    bundleError?: string;
    /** JSON.stringify(dataset), for comparison (no code, no minification of keys). */
    json: FileSize;
    questions: number;
    topics: number;
  };
}

const gzip = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

function sizeOf(path: string): FileSize {
  const data = readFileSync(path);
  return { file: relative(EXTENSION_DIR, path), bytes: data.length, gzip: gzip(data) };
}

const filesIn = (dir: string, ext: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
        .map((f) => join(dir, f))
    : [];

/** Every role module as one minified bundle: the dataset's cost inside the background, and what the panel loads lazily in all. */
async function bundleDataset(): Promise<FileSize> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    build: {
      write: false,
      minify: true,
      lib: { entry: join(ROOT, 'data/roles/all.ts'), formats: ['es'], fileName: 'dataset' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  const chunks = results.flatMap((r) => ('output' in r ? r.output : [])).filter((o) => o.type === 'chunk');
  const code = chunks.map((c) => (c.type === 'chunk' ? c.code : '')).join('\n');
  if (!code) throw new Error('Vite produced no chunk for data/roles/all.ts.');
  return { file: 'data/roles/all.ts (bundled alone, minified)', bytes: Buffer.byteLength(code), gzip: gzip(code) };
}

export async function measureSizes(): Promise<SizesResult> {
  const contentDir = join(EXTENSION_DIR, 'content-scripts');
  const contentScripts = filesIn(contentDir, '.js').map((path): ContentScriptSize => {
    const name = basename(path, '.js');
    const cssPath = join(contentDir, `${name}.css`);
    const js = sizeOf(path);
    const css = existsSync(cssPath) ? sizeOf(cssPath) : null;
    return { name, js, css, totalGzip: js.gzip + (css?.gzip ?? 0) };
  });
  if (contentScripts.length === 0) throw new Error(`No content scripts in ${contentDir}.`);
  const largestContentScript = contentScripts.reduce((a, b) => (b.totalGzip > a.totalGzip ? b : a));

  // Everything the panel page loads: its chunks (JS), stylesheet(s) and the HTML.
  const js = filesIn(join(EXTENSION_DIR, 'chunks'), '.js').map(sizeOf);
  const css = filesIn(join(EXTENSION_DIR, 'assets'), '.css').map(sizeOf);
  const html = sizeOf(join(EXTENSION_DIR, 'sidepanel.html'));
  const initial = initialFiles(join(EXTENSION_DIR, 'sidepanel.html'));
  const sidePanel = {
    js,
    css,
    html,
    totalGzip: [...js, ...css, html].reduce((sum, f) => sum + f.gzip, 0),
    initial: initial.map((p) => relative(EXTENSION_DIR, p)),
    initialGzip: html.gzip + initial.reduce((sum, p) => sum + sizeOf(p).gzip, 0),
  };

  const json = JSON.stringify(dataset);
  let bundled: FileSize | null = null;
  let bundleError: string | undefined;
  try {
    bundled = await bundleDataset();
  } catch (error) {
    bundleError = error instanceof Error ? error.message : String(error);
  }

  return {
    contentScripts,
    largestContentScript,
    sidePanel,
    background: sizeOf(join(EXTENSION_DIR, 'background.js')),
    dataset: {
      bundled,
      ...(bundleError ? { bundleError } : {}),
      json: { file: 'JSON.stringify(dataset)', bytes: Buffer.byteLength(json), gzip: gzip(json) },
      questions: dataset.questions.length,
      topics: dataset.topics.length,
    },
  };
}

/**
 * What the panel page loads before its first paint: the HTML's module script,
 * modulepreload links and stylesheets, and every chunk those import
 * statically. Dynamic `import()`s (views, role data) are not followed.
 */
function initialFiles(htmlPath: string): string[] {
  const html = readFileSync(htmlPath, 'utf8');
  const root = dirname(htmlPath);
  const refs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+)"/g)].map((m) => m[1]!).filter((r) => /\.(?:js|css)$/.test(r));
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    if (!path.endsWith('.js')) return;
    const code = readFileSync(path, 'utf8');
    // Static imports only: `import{a}from"./x.js"` / `import"./x.js"`, not `import("./x.js")`.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'(]*?\bfrom\s*)?["']([^"']+\.js)["']/g)) visit(join(dirname(path), m[1]!));
  };
  for (const ref of refs) visit(join(root, ref.replace(/^\//, '')));
  return [...seen];
}
