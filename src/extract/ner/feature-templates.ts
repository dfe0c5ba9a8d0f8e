/**
 * Feature templates. The numbers are part of the model file's meaning: renumbering them
 * invalidates a trained model (bump NER_FEATURE_VERSION when you do). 37 was wink-nlp's entity
 * type of the token, dropped with wink's entity pass: do not reuse it.
 */
export const T = {
  bias: 0, word: 1, exact: 2, wordM1: 3, wordP1: 4, wordM2: 5, wordP2: 6,
  shape: 7, shapeM1: 8, shapeP1: 9, shapeM2: 10, shapeP2: 11,
  pos: 12, posM1: 13, posP1: 14, posM2: 15, posP2: 16,
  prefix: 17, suffix: 18, flag: 19, initialShape: 20, headlineShape: 21,
  wordM1Word: 22, wordWordP1: 23, posM1Pos: 24, posPosP1: 25, shapeM1Shape: 26, shapeShapeP1: 27,
  wordM1Shape: 28, shapeWordP1: 29, posShape: 30, docStat: 31, docCombo: 32,
  gazetteer: 33, gazetteerM1: 34, gazetteerP1: 35, gazetteerShape: 36,
} as const; // prettier-ignore
