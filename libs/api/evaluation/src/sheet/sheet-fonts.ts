import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The sheet's typeface: DejaVu Serif from the npm package `dejavu-fonts-ttf` (TrueType, every
 * Vietnamese letter and tone mark: ă â đ ê ô ơ ư with sắc, huyền, hỏi, ngã, nặng, also stacked as in
 * "ỗ", "ậ", "ượ"). pdfkit embeds only the glyphs a sheet uses (subsetting), so a sheet stays ~30 KB.
 * Read once per process; each document parses the buffers it is given.
 */
export interface SheetFonts {
  regular: Buffer;
  bold: Buffer;
  italic: Buffer;
  boldItalic: Buffer;
}

const FILES = {
  regular: 'DejaVuSerif.ttf',
  bold: 'DejaVuSerif-Bold.ttf',
  italic: 'DejaVuSerif-Italic.ttf',
  boldItalic: 'DejaVuSerif-BoldItalic.ttf',
} as const;

let cached: SheetFonts | null = null;

/** The package's file, found from this module (tests, tools) or from the working directory (the bundled API, whose node_modules stay external). */
function fontPath(file: string): string {
  const id = `dejavu-fonts-ttf/ttf/${file}`;
  for (const base of [__filename, join(process.cwd(), 'package.json')]) {
    try {
      return createRequire(base).resolve(id);
    } catch {
      // try the next base
    }
  }
  throw new Error(`The font ${id} is missing: npm ci installs the package dejavu-fonts-ttf`);
}

export function sheetFonts(): SheetFonts {
  if (!cached) {
    cached = {
      regular: readFileSync(fontPath(FILES.regular)),
      bold: readFileSync(fontPath(FILES.bold)),
      italic: readFileSync(fontPath(FILES.italic)),
      boldItalic: readFileSync(fontPath(FILES.boldItalic)),
    };
  }
  return cached;
}
