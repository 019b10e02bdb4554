import { render } from 'preact';
import { WelcomePage } from '@/components/WelcomePage';
import '@/components/panel.css';

// Opened once on install by the background (utils/background/welcome.ts).
render(<WelcomePage />, document.getElementById('app')!);
