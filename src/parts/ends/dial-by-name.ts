import { registerEnd } from '../register.js';

/** An IVR key that opens the company's dial-by-name directory. */
export const dialByNameEnd = registerEnd({
  type: 'dial-by-name',
  outcomeText: () => 'goes to the dial-by-name directory',
  expectText: () => 'dial-by-name directory',
});
