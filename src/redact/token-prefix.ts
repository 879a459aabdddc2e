import { REDACTED, type TextRule } from './rule.js';

// Keys whose issuers give them a fixed prefix, found with no name before them: Google API keys
// (AIza + 35), GitHub tokens (ghp_, gho_, ghu_, ghs_, ghr_ + 36; github_pat_), Slack tokens (xoxb-,
// xoxp-, ...), Stripe secret and restricted keys (sk_live_, rk_live_). Each literal comes first and
// is checked to start a word only where it was found (a lookbehind at every position is slower).
const START = String.raw`(?:^|[^\w-])`;
const TOKEN = new RegExp(
  [
    String.raw`AIza(?<=${START}AIza)[\w-]{35}`,
    `gh[pousr]_(?<=${START}gh[pousr]_)[A-Za-z0-9]{36}`,
    String.raw`github_pat_(?<=${START}github_pat_)\w{22,}`,
    String.raw`xox[abposr]-(?<=${START}xox[abposr]-)[\w-]{10,}`,
    `[rs]k_live_(?<=${START}[rs]k_live_)[A-Za-z0-9]{16,}`,
  ]
    .map((source) => `${source}(?![\\w-])`)
    .join('|'),
  'g',
);

export const tokenPrefix: TextRule = {
  name: 'token-prefix',
  hint: 'aiza|gh[pousr]_|github_pat_|xox[abposr]-|k_live_',
  marks: String.raw`A_\-`,
  apply: (text) => text.replace(TOKEN, REDACTED),
};
