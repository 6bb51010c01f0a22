import { render } from 'preact';

function App() {
  return <h1>职称申报助手</h1>;
}

render(<App />, document.getElementById('app')!);
