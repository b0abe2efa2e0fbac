/** The committed model (models/significance.json), bundled as JSON. */
import file from '../../../models/significance.json' with { type: 'json' };
import { applyModelSideData, modelFromFile, type Model, type ModelFile } from './model';

let cached: Model | null = null;

export function defaultModel(): Model {
  if (!cached) {
    cached = modelFromFile(file as ModelFile);
    applyModelSideData(cached);
  }
  return cached;
}
