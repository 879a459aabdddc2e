/** The constant every secret value is replaced with. */
export const REDACTED = '[REDACTED]';

/**
 * One way a secret is spelled in text. `hint` is a regular expression source
 * (alternatives joined by `|`, no groups; tested in any case) that every text
 * the rule could change matches;
 * texts that match no rule's hint are not scanned at all.
 * `apply` must take linear time on any text.
 */
export interface TextRule {
  name: string;
  hint: string;
  apply(text: string): string;
}
