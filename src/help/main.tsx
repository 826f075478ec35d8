import '../ui/theme.css';
import './help.css';
import { render } from 'preact';
import { localizePage } from '../ui/localize-page';
import { ClinicianPage } from './clinician-page';

localizePage('help_title');
render(<ClinicianPage />, document.getElementById('app')!);
