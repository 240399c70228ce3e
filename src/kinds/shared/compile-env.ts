/** Kept where kinds look for them; the definitions live with the call-handling parts. */
export { e164, extensionId, type CompileEnv } from '../../parts/compile-env.js';
export { compileGreeting } from '../../parts/greeting-value.js';
