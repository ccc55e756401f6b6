// Data handed to a page's script, or to search engines (JSON-LD), inside a <script> element.

/** JSON safe inside <script>: `<` escaped, so no text in it (an editor's «</script>») can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
