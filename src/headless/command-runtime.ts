/**
 * The runtime Office gives a function command (a ribbon button with ExecuteFunction), as documented:
 * the function gets an event whose `completed()` "indicates that the add-in has completed processing
 * and will automatically be closed" (Office.AddinCommands.Event), and a command's runtime is ended
 * after five minutes whatever it is doing. A dialog opened by the command (Office.context.ui
 * displayDialogAsync) lives in Office's window, but its handlers live in the command's runtime: once
 * the runtime is closed, a message from the dialog reaches no one and the add-in can no longer close it.
 *
 * Time is a ManualClock, so a test can let five minutes pass in no time.
 */

/** The timers a command uses, as `window` has them. */
export interface Timers {
  setTimeout(handler: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A clock that moves only when told: timers fire in order of their due time. */
export class ManualClock implements Timers {
  private now = 0;
  private nextId = 1;
  private readonly timers = new Map<number, { due: number; handler: () => void }>();

  setTimeout(handler: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { due: this.now + Math.max(0, ms), handler });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Moves time on by `ms`, firing each timer that falls due (and letting promises settle between them). */
  async advance(ms: number): Promise<void> {
    const until = this.now + ms;
    for (;;) {
      const next = [...this.timers.entries()].filter(([, t]) => t.due <= until).sort((a, b) => a[1].due - b[1].due)[0];
      if (!next) break;
      this.timers.delete(next[0]);
      this.now = next[1].due;
      next[1].handler();
      await settle();
    }
    this.now = until;
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

/** "The add-in's runtime is ended after five minutes" for a function command. */
export const COMMAND_LIFETIME_MS = 5 * 60_000;

/** Office's DialogEventReceived code when the user closes the dialog with its X. */
export const DIALOG_CLOSED_BY_USER = 12006;

type DialogArgument = { message: string; origin?: string } | { error: number };

export interface HeadlessDialog {
  addEventHandler(eventType: string, handler: (argument: DialogArgument) => void): void;
  close(): void;
}

export interface DialogResult {
  readonly status: 'succeeded' | 'failed';
  readonly value: HeadlessDialog;
}

/** The part of Office.context.ui a command uses. */
export interface DialogUi {
  displayDialogAsync(
    url: string,
    options: { height: number; width: number; displayInIframe?: boolean },
    callback: (result: DialogResult) => void,
  ): void;
}

export interface DialogRecord {
  readonly url: string;
  /** The text the notice page shows (the URL's hash, decoded). */
  readonly text: string;
  open: boolean;
  closedBy: 'add-in' | 'user' | null;
  /** Messages the dialog sent after the command's runtime had ended: they reached no one. */
  lostMessages: number;
}

export interface CommandRecord {
  /** How the runtime ended: the command completed, or Office ended it after five minutes. */
  endedBy: 'completed' | 'lifetime' | null;
  /** Calls of event.completed(): exactly one is right. */
  completedCalls: number;
  /** event.completed() while a dialog of the command was still open (its handlers then die). */
  completedWithDialogOpen: boolean;
}

export interface CommandEvent {
  completed(): void;
}

interface LiveDialog {
  readonly record: DialogRecord;
  readonly handlers: Map<string, ((argument: DialogArgument) => void)[]>;
  readonly runtime: CommandRecord;
}

export class HeadlessCommandRuntime {
  readonly dialogs: DialogRecord[] = [];
  private readonly live: LiveDialog[] = [];
  private current: CommandRecord | null = null;
  private dialogWaiters: (() => void)[] = [];

  constructor(readonly clock: ManualClock = new ManualClock()) {}

  /** Office.context.ui for the command's code. One dialog at a time, as Office allows. */
  readonly ui: DialogUi = {
    displayDialogAsync: (url, _options, callback) => {
      const runtime = this.current;
      const failed = { addEventHandler() {}, close() {} };
      if (!runtime || runtime.endedBy !== null || this.live.some((dialog) => dialog.record.open)) {
        queueMicrotask(() => callback({ status: 'failed', value: failed }));
        return;
      }
      const record: DialogRecord = {
        url,
        text: decodeURIComponent(new URL(url).hash.slice(1)),
        open: true,
        closedBy: null,
        lostMessages: 0,
      };
      const dialog: LiveDialog = { record, handlers: new Map(), runtime };
      this.dialogs.push(record);
      this.live.push(dialog);
      const proxy: HeadlessDialog = {
        addEventHandler: (eventType, handler) => {
          dialog.handlers.set(eventType, [...(dialog.handlers.get(eventType) ?? []), handler]);
        },
        close: () => {
          // A dialog can be closed only by the runtime that opened it, while it runs.
          if (runtime.endedBy === null && record.open) {
            record.open = false;
            record.closedBy = 'add-in';
          }
        },
      };
      queueMicrotask(() => {
        callback({ status: 'succeeded', value: proxy });
        for (const waiter of this.dialogWaiters.splice(0)) waiter();
      });
    },
  };

  /** The user presses the button: Office starts the runtime and calls the function with an event. */
  press(command: (event: CommandEvent) => Promise<void> | void): { record: CommandRecord; settled: Promise<void> } {
    const record: CommandRecord = { endedBy: null, completedCalls: 0, completedWithDialogOpen: false };
    this.current = record;
    const lifetime = this.clock.setTimeout(() => this.end(record, 'lifetime'), COMMAND_LIFETIME_MS);
    const event: CommandEvent = {
      completed: () => {
        record.completedCalls += 1;
        if (this.live.some((dialog) => dialog.runtime === record && dialog.record.open))
          record.completedWithDialogOpen = true;
        this.clock.clearTimeout(lifetime);
        this.end(record, 'completed');
      },
    };
    const settled = Promise.resolve().then(() => command(event));
    return { record, settled };
  }

  /** Resolves when the command has displayed a dialog. */
  dialogShown(): Promise<void> {
    if (this.live.some((dialog) => dialog.record.open)) return Promise.resolve();
    return new Promise((resolve) => this.dialogWaiters.push(resolve));
  }

  /** The user clicks OK on the open dialog: its page calls Office.context.ui.messageParent(message). */
  clickOk(message = 'close'): void {
    const dialog = this.openDialog();
    if (dialog.runtime.endedBy !== null) {
      dialog.record.lostMessages += 1;
      return;
    }
    for (const handler of dialog.handlers.get('dialogMessageReceived') ?? []) handler({ message, origin: undefined });
  }

  /** The user closes the dialog with its X: Office closes it and tells the runtime (DialogEventReceived, 12006). */
  closeWindow(): void {
    const dialog = this.openDialog();
    dialog.record.open = false;
    dialog.record.closedBy = 'user';
    if (dialog.runtime.endedBy === null) {
      for (const handler of dialog.handlers.get('dialogEventReceived') ?? []) handler({ error: DIALOG_CLOSED_BY_USER });
    }
  }

  private openDialog(): LiveDialog {
    const dialog = this.live.find((candidate) => candidate.record.open);
    if (!dialog) throw new Error('no dialog is open');
    return dialog;
  }

  private end(record: CommandRecord, how: 'completed' | 'lifetime'): void {
    if (record.endedBy === null) record.endedBy = how;
  }
}
