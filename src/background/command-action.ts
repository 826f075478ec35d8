import type { EngineState, UserAction } from '../core';
import type { CommandName } from '../platform/commands';

/**
 * What a keyboard shortcut does, given where the schedule is: "start a break now" starts one
 * (the prompted one if a prompt is showing), and "pause or resume" resumes a pause or pauses
 * until the person resumes: a shortcut cannot ask for how long.
 */
export function commandAction(name: CommandName, state: EngineState): UserAction {
  if (name === 'start-break') return { type: 'start' };
  return state.stage.name === 'paused' ? { type: 'resume' } : { type: 'pause', for: 'resumed' };
}
