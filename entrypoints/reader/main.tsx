import { render } from 'preact';

render(<p>reader</p>, document.getElementById('app')!);
