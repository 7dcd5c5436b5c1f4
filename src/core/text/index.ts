export {
  analyze,
  analyzeFolded,
  extendDictionary,
  foldedCharacters,
  foldForSearch,
  nameCharacters,
} from './analyze.js';
export { foldText, toSimplified, toTraditional } from './script.js';
