import { render } from 'preact';
import { getPlan } from '../../lib/rules/plans';
import { PhotoApp } from './App';
import { installBenchHook } from './bench';
import '../../lib/ui/base.css';
import './style.css';

// Every plan so far shares the guide's photo limits (二.1): the default plan's are the ones.
const plan = getPlan();
installBenchHook(window, plan);
render(<PhotoApp plan={plan} />, document.getElementById('app')!);
