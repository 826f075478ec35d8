import { useState } from 'preact/hooks';
import type { Answer, ChecklistItem, ChecklistSection } from '../core';
import { t, tp } from '../platform/i18n';
import { sectionTitle } from '../ui/checklist-text';
import { ChecklistItemRow } from './checklist-item';
import { sectionIntro } from './checklist-words';
import { hasPicture, SectionPicture } from './section-picture';

interface Props {
  section: ChecklistSection;
  items: readonly ChecklistItem[];
  answers: Readonly<Record<string, Answer>>;
  onAnswer(itemId: string, given: Answer): void;
}

/**
 * One section and its items. The three key sections are cards that stand out; sections with a
 * picture stress the part of it that the item being answered is about.
 */
export function ChecklistSectionView({ section, items, answers, onAnswer }: Props) {
  const [focused, setFocused] = useState<string | null>(null);
  const headingId = `section-${section.id}-heading`;
  const inPlace = items.filter((item) => answers[item.id] === 'yes').length;
  const apply = items.filter((item) => answers[item.id] !== 'na').length;
  const intro = sectionIntro(section);
  const onFocusIn = (e: FocusEvent) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-item-id]');
    if (row) setFocused(row.dataset.itemId ?? null);
  };
  const onFocusOut = (e: FocusEvent) => {
    const list = e.currentTarget as HTMLElement;
    if (!list.contains(e.relatedTarget as Node | null)) setFocused(null);
  };
  return (
    <section
      class={section.featured ? 'checklist-section key-card' : 'checklist-section'}
      aria-labelledby={headingId}
      data-section-id={section.id}
    >
      <div class={hasPicture(section.id) ? 'section-head section-head-picture' : 'section-head'}>
        <div class="section-text">
          {section.featured && <p class="eyebrow">{t('ck_key_eyebrow')}</p>}
          <h3 id={headingId}>{sectionTitle(section)}</h3>
          {intro && <p>{intro}</p>}
          <p class="small muted">{tp('ck_section_in_place', apply, inPlace)}</p>
        </div>
        {hasPicture(section.id) && (
          <div class="section-picture">
            <SectionPicture sectionId={section.id} focusedItem={focused} />
          </div>
        )}
      </div>
      <ol class="checklist-items" onFocusIn={onFocusIn} onFocusOut={onFocusOut}>
        {items.map((item) => (
          <ChecklistItemRow key={item.id} item={item} answer={answers[item.id] ?? null} onAnswer={onAnswer} />
        ))}
      </ol>
    </section>
  );
}
