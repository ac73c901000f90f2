/** The manifest's keyboard commands (user-rebindable at chrome://extensions/shortcuts). */
export const COMMANDS = {
  'next-phrase': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_cmdNext__' },
  'prev-phrase': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_cmdPrev__' },
  'open-card': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_cmdOpenCard__' },
  'toggle-site': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdToggleSite__' },
  // Chrome allows four suggested keys; the user binds this one (the popup also opens the panel).
  'open-panel': { description: '__MSG_cmdOpenPanel__' },
} as const;
