export { parseStatus, statusOfFill } from './status';
export { recognizeStrategy, type StrategyRecognition } from './recognize-strategy';
