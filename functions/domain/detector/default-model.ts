/** The committed model (models/significance.json), bundled as JSON. */
import file from '../../../models/significance.json' with { type: 'json' };
import { modelFromFile, type Model } from './model';

let cached: Model | null = null;

export function defaultModel(): Model {
  cached ??= modelFromFile(file);
  return cached;
}
