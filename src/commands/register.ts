/** Associates the command handlers with the manifest's function names, given Office's and Excel's globals. */
import type { ExcelHost } from '../excel/types';
import { commandNames, createCommandHandlers, type DialogUi } from './handlers';

export function registerCommands(office: typeof Office, excel: ExcelHost, page: Window): void {
  const handlers = createCommandHandlers({
    excel,
    office,
    // Office's AsyncResultStatus and EventType enums are the strings DialogUi names.
    ui: office.context.ui as unknown as DialogUi,
    noticeUrl: new URL('notice.html', page.location.href).toString(),
    timers: {
      setTimeout: (handler, ms) => page.setTimeout(handler, ms),
      clearTimeout: (handle) => page.clearTimeout(handle as number),
    },
    browserLanguage: page.navigator.language,
  });
  for (const name of commandNames) office.actions.associate(name, handlers[name]);
}
