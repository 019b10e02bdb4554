import { render } from 'preact';
import { dataset } from '@/data';
import { PanelApp } from '@/components/PanelApp';
import { createBrowserPanelApi } from '@/components/state/panel-api';
import { createPanelState } from '@/components/state/panel-state';
import '@/components/panel.css';

// The same page serves Chrome's side panel, Firefox's sidebar and, framed by a
// content script with `?embedded=1`, the in-page panel.
const mode = new URLSearchParams(location.search).has('embedded') ? 'embedded' : 'side';
document.documentElement.dataset.mode = mode;
const state = createPanelState({ api: createBrowserPanelApi(mode), dataset, mode });
render(<PanelApp state={state} />, document.getElementById('app')!);
