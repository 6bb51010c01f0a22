import { render } from 'preact';
import { send } from '../../lib/messaging';
import { App } from './App';
import '../../lib/ui/base.css';
import './style.css';

// popup.html?tab=1 is the same editor opened wide in a tab.
const wide = new URLSearchParams(location.search).get('tab') === '1';
document.documentElement.classList.toggle('wide', wide);

render(<App send={send} wide={wide} tabUrl="popup.html?tab=1" />, document.getElementById('app')!);
