/** Associates the command handlers with the manifest's function names, given Office's and Excel's globals. */
import type { ExcelHost, OfficeLike } from '../excel/types';
import { commandNames, createCommandHandlers, type DialogUi } from './handlers';

interface OfficeWithCommands extends OfficeLike {
  readonly context: OfficeLike['context'] & { readonly ui: unknown };
  readonly actions: { associate(name: string, handler: (event: Office.AddinCommands.Event) => unknown): void };
}

export function registerCommands(office: OfficeWithCommands, excel: ExcelHost, page: Window): void {
  const handlers = createCommandHandlers({
    excel,
    office,
    // Office's AsyncResultStatus and EventType enums are the strings DialogUi names.
    ui: office.context.ui as DialogUi,
    noticeUrl: new URL('notice.html', page.location.href).toString(),
    timers: {
      setTimeout: (handler, ms) => page.setTimeout(handler, ms),
      clearTimeout: (handle) => page.clearTimeout(handle as number),
    },
    browserLanguage: page.navigator.language,
  });
  for (const name of commandNames) office.actions.associate(name, handlers[name]);
}
