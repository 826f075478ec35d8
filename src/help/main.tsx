import '../ui/theme.css';
import './help.css';
import { render } from 'preact';
import { ClinicianPage } from './clinician-page';

render(<ClinicianPage />, document.getElementById('app')!);
