// How deeply a JSON text nests, measured on the text itself with a loop (no recursion, no parse),
// so a body nested 10,000 deep is refused before anything that recurses (zod, JSON.stringify, the
// storable-text walk, PostgreSQL's jsonb input) ever sees it.

/** Objects and arrays may nest this deep (the body and its envelope included). */
export const MAX_NESTING_DEPTH = 64;

/** True when `text` opens more than `max` objects/arrays inside each other (strings are skipped). */
export function nestsDeeperThan(text: string, max = MAX_NESTING_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index++; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      if (++depth > max) return true;
    } else if (code === 0x7d || code === 0x5d) {
      depth--;
    }
  }
  return false;
}
