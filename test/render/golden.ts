import { expectGolden as expectGoldenIn } from '../helpers/golden.js';

/** Goldens of this folder: `golden/<name>`. */
export const expectGolden = (name: string, actual: string): void => expectGoldenIn(new URL('.', import.meta.url), name, actual);
