import { render } from 'preact';
import { getPlan } from '../../lib/rules/plans';
import { PhotoApp } from './App';
import '../../lib/ui/base.css';
import './style.css';

// Every plan so far shares the guide's photo limits (二.1): the default plan's are the ones.
const plan = getPlan();
// The timing hook exists in `wxt build --mode bench` only (npm run bench); production builds drop it.
if (import.meta.env.MODE === 'bench') void import('./bench').then((bench) => bench.installBenchHook(window, plan));
render(<PhotoApp plan={plan} />, document.getElementById('app')!);
