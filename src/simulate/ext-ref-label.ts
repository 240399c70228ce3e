/** Reference labels live with the parts (ring targets and destinations name extensions by them). */
export { e164OrAsWritten, refLabel, sameLabel } from '../parts/ref-label.js';
