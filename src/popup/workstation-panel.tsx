import { useChecklistState } from '../ui/use-checklist';
import { useChecklistItems } from '../ui/use-checklist-items';
import { summarizeWorkstation } from '../ui/workstation-summary';
import { WorkstationCard } from './workstation-card';

interface Props {
  /** The checklist setting "recheck every … days". */
  recheckDays: number;
  now: number;
  openChecklist(): void;
}

/**
 * The current workstation's line under the status, with the checklist's code: loaded after the
 * status is on screen, and shown once the checklist has been read.
 */
export function WorkstationPanel({ recheckDays, now, openChecklist }: Props) {
  const checklist = useChecklistState();
  const { items } = useChecklistItems();
  if (!checklist) return null;
  const summary = summarizeWorkstation(checklist, items, recheckDays, now);
  return <WorkstationCard summary={summary} openChecklist={openChecklist} />;
}
