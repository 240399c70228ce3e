/** Kept where kinds look for it; the one definition lives with the parts that compare numbers. */
export { canonicalPhone } from '../../parts/converted.js';
