/** The `<greeting>` value's export lives with the parts; kept here for the export stage's imports. */
export { greetingToManifest, isPreset } from '../parts/greeting-value.js';
