// Code passed to `worker.evaluate()` runs in the extension's service worker,
// where the `chrome` namespace exists. Only that code uses it.
declare const chrome: any;
