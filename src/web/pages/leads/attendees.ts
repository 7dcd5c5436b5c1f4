/** Names typed on one line, separated by commas, 顿号, semicolons or line breaks; blanks dropped. */
export function splitAttendees(value: string): string[] {
  return value
    .split(/[,，、;；\n]/)
    .map((name) => name.trim())
    .filter(Boolean);
}
