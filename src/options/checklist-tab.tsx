import { useState } from 'preact/hooks';
import {
  type Answer,
  type Checklist,
  type ChecklistState,
  currentWorkstation,
  needsRecheck,
  scoreWorkstation,
} from '../core';
import { t } from '../platform/i18n';
import type { ChecklistActions } from '../ui/checklist-actions';
import { Loading } from '../ui/loading';
import { SeatedPosture } from '../ui/pictures/seated-posture';
import { itemRowId } from './checklist-item';
import { ChecklistScore } from './checklist-score';
import { ChecklistSectionView } from './checklist-section';
import { STILL_OPEN_HEADING, StillOpen } from './still-open';
import { WorkstationBar } from './workstation-bar';

export interface ChecklistTabProps {
  checklist: Checklist;
  /** Null until storage answers. */
  state: ChecklistState | null;
  recheckDays: number;
  now: number;
  actions: ChecklistActions;
}

/** Brings an element into view and puts keyboard focus on it (or on its chosen answer). */
function reveal(id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  const radio = target.querySelector<HTMLInputElement>('input:checked') ?? target.querySelector('input');
  (radio ?? target).focus({ preventScroll: true });
}

/** The workstation checklist: whose desk, how it stands, the three key checks, then the rest. */
export function ChecklistTab({ checklist, state, recheckDays, now, actions }: ChecklistTabProps) {
  const [error, setError] = useState<string | null>(null);
  if (!state) return <Loading />;
  const current = currentWorkstation(state);
  const score = scoreWorkstation(checklist.items, current.answers);
  // Not through useAction: a quick second answer must not be dropped while the first is saving.
  const answer = (itemId: string, given: Answer) => {
    setError(null);
    actions.answer(itemId, given).catch((e: unknown) => setError(t('ck_answer_not_saved', String(e))));
  };
  const sections = [...checklist.sections].sort((a, b) => Number(b.featured) - Number(a.featured));
  return (
    <div class="checklist">
      <div class="checklist-intro">
        <h2>{t('ck_title')}</h2>
        <p class="muted">{t('ck_intro')}</p>
      </div>
      <WorkstationBar workstations={state.workstations} current={current} actions={actions} />
      <div class="checklist-overview">
        <ChecklistScore
          score={score}
          lastFullCheckAt={current.lastFullCheckAt}
          due={needsRecheck(current, recheckDays, now)}
          recheckDays={recheckDays}
          onConfirm={actions.confirmFullCheck}
          onShowOpen={() => reveal(STILL_OPEN_HEADING)}
        />
        <figure class="overview-figure">
          <SeatedPosture />
          <figcaption class="small muted">{t('ck_overview_caption')}</figcaption>
        </figure>
      </div>
      {sections.map((section) => (
        <ChecklistSectionView
          key={section.id}
          section={section}
          items={checklist.items.filter((item) => item.section === section.id)}
          answers={current.answers}
          onAnswer={answer}
        />
      ))}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <StillOpen
        items={score.open.filter((item) => current.answers[item.id] === 'no')}
        unanswered={score.unanswered}
        onShow={(itemId) => reveal(itemRowId(itemId))}
      />
    </div>
  );
}
