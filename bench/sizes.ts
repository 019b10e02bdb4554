/**
 * Built sizes, gzipped with zlib at level 9: what each part of the extension
 * costs to load. Reads .output/chrome-mv3 as `wxt build` left it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { dataset } from '@/data';
import { EXTENSION_DIR } from './launch';

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
  sidePanel: { js: FileSize[]; css: FileSize[]; html: FileSize; totalGzip: number };
  background: FileSize;
  dataset: {
    /** data/index.ts bundled alone by Vite (minified ES module, no app code). */
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

/** data/index.ts as its own minified bundle: the dataset's cost inside the panel and background bundles. */
async function bundleDataset(): Promise<FileSize> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    build: {
      write: false,
      minify: true,
      lib: { entry: join(ROOT, 'data/index.ts'), formats: ['es'], fileName: 'dataset' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  const chunks = results.flatMap((r) => ('output' in r ? r.output : [])).filter((o) => o.type === 'chunk');
  const code = chunks.map((c) => (c.type === 'chunk' ? c.code : '')).join('\n');
  if (!code) throw new Error('Vite produced no chunk for data/index.ts.');
  return { file: 'data/index.ts (bundled alone, minified)', bytes: Buffer.byteLength(code), gzip: gzip(code) };
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
  const sidePanel = { js, css, html, totalGzip: [...js, ...css, html].reduce((sum, f) => sum + f.gzip, 0) };

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
