import type * as FontkitModule from 'fontkit';
import type { Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The typefaces of every PDF Ketqua prints: DejaVu from the npm package `dejavu-fonts-ttf`
 * (TrueType, every Vietnamese letter and tone mark: ă â đ ê ô ơ ư with sắc, huyền, hỏi, ngã, nặng,
 * also stacked as in "ỗ", "ậ", "ượ"). Serif for the evaluation sheets (administrative documents),
 * Sans for the reports, whose charts and tables read better in it. pdfkit embeds only the glyphs a
 * document uses (subsetting). Each family is read and parsed (fontkit) once per process and shared
 * by every document: parsing the tables was most of a sheet's time.
 */
export interface PdfFonts {
  regular: Font;
  bold: Font;
  italic: Font;
}

export type PdfFontFamily = 'serif' | 'sans';

const FILES: Record<PdfFontFamily, Record<keyof PdfFonts, string>> = {
  serif: { regular: 'DejaVuSerif.ttf', bold: 'DejaVuSerif-Bold.ttf', italic: 'DejaVuSerif-Italic.ttf' },
  sans: { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: 'DejaVuSans-Oblique.ttf' },
};

/** The family name the fonts carry, for SVG drawn into a PDF (charts ask for it by name). */
export const PDF_FONT_FAMILY_NAME: Record<PdfFontFamily, string> = { serif: 'DejaVu Serif', sans: 'DejaVu Sans' };

const cache = new Map<PdfFontFamily, PdfFonts>();

/** The package's file, found from this module (tests, tools) or from the working directory (the bundled API, whose node_modules stay external). */
export function pdfFontPath(file: string): string {
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

/** fontkit is loaded at the first PDF, not when the API starts: with its brotli and inflate tables it took ~0.3 s of every test app's start. */
let loadedFontkit: typeof FontkitModule | undefined;
const fontkit = (): typeof FontkitModule => (loadedFontkit ??= require('fontkit') as typeof FontkitModule);

const parse = (file: string) => fontkit().create(readFileSync(pdfFontPath(file))) as Font;

export function pdfFonts(family: PdfFontFamily): PdfFonts {
  let fonts = cache.get(family);
  if (!fonts) {
    const files = FILES[family];
    fonts = { regular: parse(files.regular), bold: parse(files.bold), italic: parse(files.italic) };
    cache.set(family, fonts);
  }
  return fonts;
}
