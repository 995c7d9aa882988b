import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface DocLink {
  file: string;
  line: number;
  target: string;
}

/** The Markdown files a reader of the repository meets: README.md and everything under docs/. */
export function documentationFiles(root: string): string[] {
  const found = [join(root, 'README.md')];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  walk(join(root, 'docs'));
  return found;
}

const LINK = /!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

/** Relative links and images of a Markdown file (external http(s) and mail links are not ours to check). */
export function relativeLinks(file: string): DocLink[] {
  const links: DocLink[] = [];
  let inFence = false;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (text.trimStart().startsWith('```')) inFence = !inFence;
      if (inFence) return;
      for (const match of text.matchAll(LINK)) {
        const target = match[1];
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        links.push({ file, line: index + 1, target });
      }
    });
  return links;
}

/** Why a link fails a clone of the repository, or undefined when it resolves inside it. */
export function brokenReason(root: string, link: DocLink): string | undefined {
  const path = resolve(dirname(link.file), decodeURIComponent(link.target.split('#')[0]));
  const inside = relative(root, path);
  if (inside.startsWith('..')) return 'points outside the repository';
  if (!existsSync(path)) return 'does not exist';
  if (statSync(path).isFile() && statSync(path).size === 0) return 'is empty';
  return undefined;
}
