/** An item without the list dash and end punctuation the layout adds itself. */
export function bareItem(item: string): string {
  return item.trim().replace(/^-\s+/, '').replace(/[\s;.,]+$/u, '');
}

/** Items as a list prints them: each ends with `;`, the last with `.`. */
export function punctuateItems(items: readonly string[]): string[] {
  const bare = items.map(bareItem).filter((i) => i !== '');
  return bare.map((item, i) => `${item}${i === bare.length - 1 ? '.' : ';'}`);
}
