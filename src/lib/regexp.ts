// A text matched literally inside a regular expression.

/** Escapes every character that means something in a regular expression ("/q/in/" stays, "a.b" → "a\.b"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
