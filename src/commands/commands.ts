/** The function file's entry: Office calls the manifest's functions, which get Excel, Office and the page as arguments. */
import { registerCommands } from './register';
void Office.onReady(() => registerCommands(Office as unknown as Parameters<typeof registerCommands>[0], Excel, window));
