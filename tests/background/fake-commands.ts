type Listener = (name: string) => void;

/** browser.commands for worker tests (fake-browser leaves it unimplemented): press() fires a shortcut. */
export const fakeCommands = {
  listeners: [] as Listener[],
  shortcuts: [
    { name: 'start-break', shortcut: 'Alt+Shift+B', description: 'Start a stretch break now' },
    { name: 'toggle-pause', shortcut: 'Alt+Shift+P', description: 'Pause or resume reminders' },
  ],
  reset() {
    this.listeners = [];
  },
  async getAll() {
    return fakeCommands.shortcuts;
  },
  onCommand: {
    addListener(listener: Listener) {
      fakeCommands.listeners.push(listener);
    },
    removeListener(listener: Listener) {
      fakeCommands.listeners = fakeCommands.listeners.filter((l) => l !== listener);
    },
    hasListener(listener: Listener) {
      return fakeCommands.listeners.includes(listener);
    },
  },
  press(name: string) {
    for (const l of fakeCommands.listeners) l(name);
  },
};
