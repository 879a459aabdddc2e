/** The constant every secret value is replaced with. */
export const REDACTED = '[REDACTED]';

/**
 * One way a secret is spelled in text. `hint` is a regular expression source
 * (alternatives joined by `|`, no groups; tested in any case) that every text
 * the rule could change matches;
 * texts that match no rule's hint are not scanned at all.
 * `marks` lists characters (the inside of a `[...]` class, in this case
 * only) of which every text the rule could change holds at least one: its
 * separator, say; texts that hold no rule's mark are not scanned either.
 * `apply` must take linear time on any text.
 */
export interface TextRule {
  name: string;
  hint: string;
  marks: string;
  apply(text: string): string;
}
