import { fakeEvent } from './fake-event';

/** browser.commands for worker tests (fake-browser leaves it unimplemented): press() fires a shortcut. */
export const fakeCommands = {
  shortcuts: [
    { name: 'start-break', shortcut: 'Alt+Shift+B', description: 'Start a stretch break now' },
    { name: 'toggle-pause', shortcut: 'Alt+Shift+P', description: 'Pause or resume reminders' },
  ],
  onCommand: fakeEvent<[name: string]>(),
  reset() {
    fakeCommands.onCommand.clear();
  },
  async getAll() {
    return fakeCommands.shortcuts;
  },
  press(name: string) {
    fakeCommands.onCommand.fire(name);
  },
};
