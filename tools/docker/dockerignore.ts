/**
 * Docker's .dockerignore rules (moby/patternmatcher, as `docker build` applies them), to check
 * what reaches the build context without a Docker daemon:
 * - one pattern a line, `#` comments, blank lines skipped; a leading `/` and `./` mean the root;
 * - `*` and `?` never cross a `/`, `**` crosses any number of directories (also none);
 * - a pattern is matched against the path and each of its parent directories, anchored at the
 *   context root: unlike .gitignore, `node_modules` matches the root one only;
 * - `!pattern` re-includes, and the last pattern that decides wins.
 */
export interface DockerIgnore {
  /** True when `path` (relative to the context root, with `/`) is left out of the build context. */
  ignores(path: string): boolean;
}

interface Rule {
  exclusion: boolean;
  regexp: RegExp;
}

export function parseDockerIgnore(text: string): DockerIgnore {
  const rules: Rule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const exclusion = line.startsWith('!');
    if (exclusion) line = line.slice(1).trim();
    const cleaned = clean(line);
    if (!cleaned) continue;
    rules.push({ exclusion, regexp: toRegExp(cleaned) });
  }
  return {
    ignores(path: string): boolean {
      const file = clean(path);
      const parts = file.split('/');
      const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
      let matched = false;
      for (const rule of rules) {
        // An inclusion cannot change a path already ignored, nor an exception one not ignored.
        if (rule.exclusion !== matched) continue;
        if (candidates.some((c) => rule.regexp.test(c))) matched = !rule.exclusion;
      }
      return matched;
    },
  };
}

/** filepath.Clean for relative slash paths, without the leading `/` Docker strips. */
function clean(path: string): string {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

function toRegExp(pattern: string): RegExp {
  let source = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*' && pattern[i + 1] === '*') {
      i++;
      if (pattern[i + 1] === '/') i++;
      source += i + 1 >= pattern.length ? '.*' : '(.*/)?';
    } else if (ch === '*') {
      source += '[^/]*';
    } else if (ch === '?') {
      source += '[^/]';
    } else if (ch === '[' || ch === ']') {
      source += ch;
    } else if (ch === '\\' && i + 1 < pattern.length) {
      source += `\\${pattern[++i]}`;
    } else {
      source += ch.replace(/[.+()|{}^$]/g, '\\$&');
    }
  }
  return new RegExp(`${source}$`);
}
