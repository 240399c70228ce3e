/** How export says what happens to what it cannot write, worded once so every warning reads the same way. */
export const KEPT_LIVE = 'it is left out of the file, so plan leaves it as it is live';
export const STAYS = 'it stays as it is live';
