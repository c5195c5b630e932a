export { parseStatus, statusOfFill } from './status';
export { recognizeStrategy } from './recognize-strategy';
