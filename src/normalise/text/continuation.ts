// A traceback's frames and the lines between its parts belong to the record above them.
const TRACEBACK_LINE =
  /^(?:Traceback \(most recent call last\):|During handling of the above exception|The above exception was)/;

/** A text line that continues the one before it (indented, or part of a Python traceback): not a record of its own. */
export function isContinuation(text: string): boolean {
  return /^\s/.test(text) || TRACEBACK_LINE.test(text);
}
