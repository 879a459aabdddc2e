import type { HelpConfiguration, Option } from 'commander';
import type { HelpWords } from './help-words.js';

/**
 * Commander's help in the words of one language: it passes its English
 * headings and usage placeholders through these style hooks, and words the
 * default of an option itself, so both are taken over here.
 */
export function helpConfiguration(h: HelpWords): HelpConfiguration {
  return {
    styleTitle: (title) => h.titles[title] ?? title,
    styleOptionText: (text) => (text === '[options]' ? h.usageOptions : text),
    styleSubcommandText: (text) => (text === '[command]' ? h.usageCommand : text),
    // `<file>`, `[files...]`: the placeholders of values and arguments; the flags stay as typed.
    styleOptionTerm: (term) => placeholders(term, h),
    styleArgumentText: (text) => placeholders(text, h),
    styleArgumentTerm: (term) => h.placeholders[term] ?? term,
    optionDescription: (option) => {
      const shown = defaultShown(option);
      return shown === undefined ? option.description : `${option.description} (${h.defaultIs(shown)})`;
    },
  };
}

function placeholders(text: string, h: HelpWords): string {
  return text.replace(
    /([<[])([^\]>.]+)/g,
    (_whole, open: string, name: string) => open + (h.placeholders[name] ?? name),
  );
}

/** The default commander would show, as it shows it; none for flags without a value or an empty repeatable list. */
function defaultShown(option: Option): string | undefined {
  const value: unknown = option.defaultValue;
  if (value === undefined || !(option.required || option.optional)) return undefined;
  if (Array.isArray(value) && value.length === 0) return undefined;
  return option.defaultValueDescription || JSON.stringify(value);
}
