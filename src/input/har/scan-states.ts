// The HAR scanner's states (scanner.ts): plain numbers, compared on every byte.

// What the scanner is walking through.
export const M_BOM = 0;
export const M_OUTER = 1; // everything but the entries array: the grammar is followed to find log.entries
export const M_ARRAY = 2; // inside log.entries, between elements
export const M_ENTRY = 3; // inside one element: only depth and strings matter
export const M_FAILED = 4;

// Position in the entries array.
export const A_FIRST = 0;
export const A_AFTER_ENTRY = 1;
export const A_AFTER_COMMA = 2;
