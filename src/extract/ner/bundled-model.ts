import modelFile from './model/ner-model.json';
import { decodeNerModel, type NerModel, type NerModelFile } from './ner-model';

/**
 * The model committed with the code (trained by `npm run train:ner`). Imported as JSON so that
 * the build copies it next to the compiled code; the product never reads ../shared at run time.
 * Decoding costs tens of milliseconds: call once per process and pass the model down.
 */
export function loadBundledNerModel(): NerModel {
  return decodeNerModel(modelFile as NerModelFile);
}
