import { render } from 'preact';
import { PanelApp } from '@/components/PanelApp';
import { createBrowserPanelApi } from '@/components/state/panel-api';
import { PanelModel } from '@/components/state/panel-model';
import '@/components/panel.css';

// The same page serves Chrome's side panel, Firefox's sidebar and, framed by a
// content script with `?embedded=1`, the in-page panel.
const mode = new URLSearchParams(location.search).has('embedded') ? 'embedded' : 'side';
document.documentElement.dataset.mode = mode;
const state = new PanelModel(createBrowserPanelApi(mode));
render(<PanelApp state={state} mode={mode} />, document.getElementById('app')!);
// The page owns the model: its listeners and effects end with the page.
addEventListener('pagehide', () => state[Symbol.dispose](), { once: true });
