import type { MessageKey } from '../locales/keys';
import { t } from '../platform/i18n';
import { disclaimerAskFirst, disclaimerShort } from '../ui/disclaimer-text';
import { CONTEXT_FACTS, EMERGENCY_SIGNS, SOON_SIGNS, SOURCES } from './red-flags';

function SignList({ signs }: { signs: readonly MessageKey[] }) {
  return (
    <ul class="signs">
      {signs.map((sign) => (
        <li key={sign}>{t(sign)}</li>
      ))}
    </ul>
  );
}

/** "When to see a clinician": the red flags first, then calm background, then where it comes from. */
export function ClinicianPage() {
  return (
    <main class="help">
      <header class="help-header">
        <h1>{t('help_heading')}</h1>
        <p class="lead">{t('help_lead')}</p>
      </header>

      <section class="urgency urgency-now" aria-labelledby="now-heading">
        <h2 id="now-heading">{t('help_now_heading')}</h2>
        <p>{t('help_now_intro')}</p>
        <SignList signs={EMERGENCY_SIGNS} />
      </section>

      <section class="urgency urgency-soon" aria-labelledby="soon-heading">
        <h2 id="soon-heading">{t('help_soon_heading')}</h2>
        <p>{t('help_soon_intro')}</p>
        <SignList signs={SOON_SIGNS} />
      </section>

      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t('help_facts_heading')}</h2>
        <SignList signs={CONTEXT_FACTS} />
      </section>

      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t('help_about_heading')}</h2>
        <p>{disclaimerShort()}</p>
        <p>{disclaimerAskFirst()}</p>
      </section>

      <footer class="help-footer small">
        <h2 id="sources-heading" class="sources-heading">
          {t('help_sources_heading')}
        </h2>
        <ul class="sources">
          {SOURCES.map((s) => (
            <li key={s.url}>
              <a href={s.url} target="_blank" rel="noreferrer">
                {t(s.name)}
              </a>
            </li>
          ))}
        </ul>
      </footer>
    </main>
  );
}
