import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * Checks of exported files with the tools a reader has (poppler's pdftotext and pdftoppm, unzip),
 * shared by the writers' specs and the e2e tests: the file is judged as it opens, not as we wrote it.
 */
const run = promisify(execFile);

export async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', path, '-'], { maxBuffer: 64 << 20 });
  return stdout;
}

export async function pdfPageCount(path: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [path]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
}

export interface Raster {
  width: number;
  height: number;
  /** RGB, 3 bytes per pixel, row by row. */
  pixels: Buffer;
}

/** One page rendered (pdftoppm), as PPM parsed here; `png` also writes a PNG beside for a person to look at. */
export async function renderPdfPage(path: string, page: number, options: { dpi?: number; png?: string } = {}): Promise<Raster> {
  const dpi = String(options.dpi ?? 60);
  if (options.png) await run('pdftoppm', ['-png', '-singlefile', '-r', dpi, '-f', String(page), '-l', String(page), path, options.png.replace(/\.png$/, '')]);
  const { stdout } = await run('pdftoppm', ['-singlefile', '-r', dpi, '-f', String(page), '-l', String(page), path], { encoding: 'buffer', maxBuffer: 256 << 20 });
  // P6\n<w> <h>\n255\n<data>
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(stdout.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not give a PPM');
  return { width: Number(header[1]), height: Number(header[2]), pixels: stdout.subarray(header[0].length) };
}

/** Pixels in the rectangle (fractions of the page) whose colour is near `rgb` (a chart's series colour, unlike any text). */
export function pixelsNear(r: Raster, rgb: readonly [number, number, number], area = { x0: 0, y0: 0, x1: 1, y1: 1 }, tolerance = 40): number {
  let n = 0;
  for (let y = Math.floor(area.y0 * r.height); y < Math.floor(area.y1 * r.height); y++) {
    for (let x = Math.floor(area.x0 * r.width); x < Math.floor(area.x1 * r.width); x++) {
      const i = (y * r.width + x) * 3;
      if (Math.abs(r.pixels[i] - rgb[0]) + Math.abs(r.pixels[i + 1] - rgb[1]) + Math.abs(r.pixels[i + 2] - rgb[2]) <= tolerance) n++;
    }
  }
  return n;
}

export async function zipEntries(path: string): Promise<string[]> {
  const { stdout } = await run('unzip', ['-Z1', path]);
  return stdout.split('\n').filter(Boolean);
}

export async function zipEntry(path: string, name: string): Promise<Buffer> {
  const { stdout } = await run('unzip', ['-p', path, name], { encoding: 'buffer', maxBuffer: 256 << 20 });
  return stdout;
}
