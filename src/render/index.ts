/** Plan and apply-result renderers (pure: data in, string out) and the terminal progress line. */
export { renderPlanText } from './render-plan-text.js';
export { renderPlanJson } from './render-plan-json.js';
export { renderPlanMarkdown } from './render-plan-markdown.js';
export { renderApplyText } from './render-apply-text.js';
export { renderApplyJson } from './render-apply-json.js';
export { createProgress, type Progress } from './progress-line.js';
export { createProgressLog } from './progress-log.js';
