import type { Effect, HistoryInput, Settings } from '../core';
import { openBreakWindow, openCheckWindow } from '../platform/break-window';
import { appendRecords } from '../platform/history-store';
import {
  CHECK_ID,
  clearPromptNotification,
  showLightNotification,
  showPromptNotification,
} from '../platform/notifications';
import { checkContent, postureContent, promptContent } from './prompt-content';

export interface EffectContext {
  settings: Settings;
  /** False when the break page itself asked: it is already open. */
  openPage: boolean;
}

/** Turns the engine's effects into browser calls, in order. */
export async function applyEffects(effects: readonly Effect[], ctx: EffectContext): Promise<void> {
  const records: HistoryInput[] = [];
  for (const effect of effects) {
    switch (effect.type) {
      case 'record':
        records.push(effect.record);
        if (effect.record.areaSeconds) {
          records.push({ what: 'areas', areaSeconds: effect.record.areaSeconds, at: effect.record.at });
        }
        break;
      case 'sat':
        records.push({ what: 'sitting', minutes: effect.minutes, at: effect.at });
        break;
      case 'clear-prompt':
        await clearPromptNotification();
        break;
      case 'prompt': {
        const shown =
          ctx.settings.prompt.style === 'notification' &&
          (await showPromptNotification(promptContent(effect.kind, effect.snoozesLeft, ctx.settings)));
        // Blocked or failed notifications, or a person who prefers it: the break window instead.
        if (!shown) await openBreakWindow(effect.kind);
        break;
      }
      case 'posture-prompt':
        await showLightNotification(postureContent(effect.phase, ctx.settings));
        break;
      case 'check-prompt': {
        const shown =
          ctx.settings.prompt.style === 'notification' && (await showPromptNotification(checkContent(), CHECK_ID));
        if (!shown) await openCheckWindow();
        break;
      }
      case 'show-break':
        if (ctx.openPage) await openBreakWindow(effect.kind);
        break;
    }
  }
  await appendRecords(records);
}
