/** The `npx cascade …` lines of the ```sh blocks of a Markdown page, without their trailing comments, as argv arrays. */
export function cascadeCommands(markdown: string): string[][] {
  const out: string[][] = [];
  for (const block of markdown.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const raw of (block[1] ?? '').split('\n')) {
      const line = raw.replace(/\s{2,}#.*$/, '').trim();
      if (line.startsWith('npx cascade ')) out.push(words(line.slice('npx cascade '.length)));
    }
  }
  return out;
}

/** Splits a command line into words as a POSIX shell would for plain words and "double-quoted" ones. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** The `key: value` lines of the first ```yaml block, to apply as a clerk's edit. */
export function yamlEdit(markdown: string): string[] {
  const block = /```yaml\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';
  return block.split('\n').filter((l) => /^\w+:/.test(l));
}
