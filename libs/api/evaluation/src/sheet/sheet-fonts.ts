import { create, Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The sheet's typeface: DejaVu Serif from the npm package `dejavu-fonts-ttf` (TrueType, every
 * Vietnamese letter and tone mark: ă â đ ê ô ơ ư with sắc, huyền, hỏi, ngã, nặng, also stacked as in
 * "ỗ", "ậ", "ượ"). pdfkit embeds only the glyphs a sheet uses (subsetting), so a sheet stays ~30 KB.
 * Read and parsed (fontkit) once per process and shared by every document: parsing the tables
 * was most of a sheet's time; each document still makes its own subset of the glyphs it uses.
 */
export interface SheetFonts {
  regular: Font;
  bold: Font;
  italic: Font;
}

const FILES = {
  regular: 'DejaVuSerif.ttf',
  bold: 'DejaVuSerif-Bold.ttf',
  italic: 'DejaVuSerif-Italic.ttf',
} as const;

const parse = (file: string) => create(readFileSync(fontPath(file))) as Font;

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
    cached = { regular: parse(FILES.regular), bold: parse(FILES.bold), italic: parse(FILES.italic) };
  }
  return cached;
}
