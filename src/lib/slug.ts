// Vietnamese text to URL slugs: diacritics removed, đ/Đ to d, lowercase ASCII joined by hyphens.

/** Removes Vietnamese tone and vowel marks and maps đ/Đ to d/D; keeps everything else. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
