import { render } from 'preact';
render(<p>break</p>, document.getElementById('app')!);
