/**
 * Mapping a table by hand: the mapping as data (types), reading and checking it from a file or
 * the settings (validate), and applying it to a workbook before recognition guesses (apply).
 */
export * from './types';
export {
  applyMappings,
  unreadMappings,
  mergeMappings,
  mappingOfTable,
  fitOf,
  guideOf,
  headerKey,
  aliasKey,
  type MappedWorkbook,
} from './apply';
export {
  readMappingFile,
  writeMappingFile,
  mappingFile,
  mappingProblems,
  storedMappings,
  type MappingProblem,
  type MappingRead,
} from './validate';
