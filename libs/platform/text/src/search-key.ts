/**
 * Accent-insensitive search keys for Vietnamese: `Nguyen Van A` finds `Nguyễn Văn A` and `d` finds
 * `đ`. `đ` is a letter of its own, not `d` plus a mark, so NFD alone does not fold it.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True if every word of `query` occurs, accent-insensitively, in `text`. */
export function matchesSearch(text: string, query: string): boolean {
  const haystack = searchKey(text);
  return searchKey(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
