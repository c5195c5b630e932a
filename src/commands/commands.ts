import { registerCommands } from './register';
// The function file's entry. Office.js defines Excel only inside Excel: elsewhere there is nothing to run.
void Office.onReady((info) => info.host === Office.HostType.Excel && registerCommands(Office, Excel, window));
