import { DISCLAIMER_ASK_FIRST, DISCLAIMER_SHORT } from '../ui/disclaimer-text';
import { CONTEXT_FACTS, EMERGENCY_SIGNS, SOON_SIGNS, SOURCES } from './red-flags';

function SignList({ signs }: { signs: readonly string[] }) {
  return (
    <ul class="signs">
      {signs.map((sign) => (
        <li key={sign}>{sign}</li>
      ))}
    </ul>
  );
}

/** "When to see a clinician": the red flags first, then calm background, then where it comes from. */
export function ClinicianPage() {
  return (
    <main class="help">
      <header class="help-header">
        <h1>When to see a clinician</h1>
        <p class="lead">
          Sitwell's stretches are meant for the everyday stiffness of desk work. Back pain that comes with any of the
          signs below is different: stop the exercises and get the help described.
        </p>
      </header>

      <section class="urgency urgency-now" aria-labelledby="now-heading">
        <h2 id="now-heading">Get help now</h2>
        <p>
          Call your local emergency number (999 in the UK, 112 across Europe, 911 in North America) or go to an
          emergency department straight away if you have back pain and:
        </p>
        <SignList signs={EMERGENCY_SIGNS} />
      </section>

      <section class="urgency urgency-soon" aria-labelledby="soon-heading">
        <h2 id="soon-heading">See a doctor soon</h2>
        <p>
          Make an appointment with your GP or family doctor in the next few days (in England, NHS 111 can also advise)
          if you have back pain and:
        </p>
        <SignList signs={SOON_SIGNS} />
      </section>

      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">Good to know about back pain</h2>
        <SignList signs={CONTEXT_FACTS} />
      </section>

      <section aria-labelledby="about-heading">
        <h2 id="about-heading">About Sitwell's advice</h2>
        <p>{DISCLAIMER_SHORT}</p>
        <p>{DISCLAIMER_ASK_FIRST}</p>
      </section>

      <footer class="help-footer small">
        <h2 id="sources-heading" class="sources-heading">
          Sources
        </h2>
        <ul class="sources">
          {SOURCES.map((s) => (
            <li key={s.url}>
              <a href={s.url} target="_blank" rel="noreferrer">
                {s.name}
              </a>
            </li>
          ))}
        </ul>
      </footer>
    </main>
  );
}
