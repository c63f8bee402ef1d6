import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { contentMatches, imageSizeOf, kindOfName, type PictureKind } from './image-size.ts';
import { formatBytes, limits } from './limits.ts';
import { sanitiseSvg } from './svg-sanitise.ts';

/**
 * Lesson pictures, module pictures and the library's logo. A lesson pack is
 * shared between libraries, so a "picture" is untrusted: it could be a folder
 * holding index.js (which a bundler would run as code), a symbolic link to a
 * file elsewhere on the computer, a script in an SVG, or a tiny file that says
 * it is a million pixels wide. Only an ordinary file, really inside the folder
 * it belongs to, whose content is the kind its name says, passes.
 */

export interface GoodPicture {
  ok: true;
  kind: PictureKind;
  /** What the build emits: the file's own bytes, or for an SVG the sanitised copy. */
  bytes: Buffer;
  width?: number;
  height?: number;
}

export interface BadPicture {
  ok: false;
  message: string;
  fix: string;
}

const kindNames: Record<PictureKind, string> = { svg: 'SVG', png: 'PNG', webp: 'WebP', jpeg: 'JPEG' };

/**
 * Checks the picture at `path`, which must really be inside `folder` (after
 * following every link in the path) and be named as the author wrote `name`.
 */
export function checkPicture(path: string, folder: string, name: string, folderName: string): GoodPicture | BadPicture {
  const bad = (message: string, fix: string): BadPicture => ({ ok: false, message, fix });
  const kind = kindOfName(path);
  if (!kind) return bad(`The picture ${name} is not an SVG, PNG, WebP or JPEG file.`, 'Save the picture as SVG or PNG.');
  let stats;
  try {
    // lstat, not stat: a symbolic link is refused as a link, never followed.
    stats = lstatSync(path);
  } catch {
    return bad(`The picture file does not exist: ${name}`, 'Check the file name and the path from this file, like ../images/at-key.svg.');
  }
  if (stats.isSymbolicLink()) {
    return bad(`The picture ${name} is a link to another file (a symbolic link), not a picture.`, `Copy the picture itself into ${folderName}: links are not followed, so a lesson pack cannot reach files outside it.`);
  }
  if (stats.isDirectory()) return bad(`The picture ${name} is a folder, not a picture file.`, `Save the picture itself under that name, or fix the path.`);
  if (!stats.isFile()) return bad(`The picture ${name} is not an ordinary file.`, `Save the picture itself in ${folderName}.`);
  let real: string;
  let realFolder: string;
  try {
    real = realpathSync(path);
    realFolder = realpathSync(folder);
  } catch {
    return bad(`The picture file does not exist: ${name}`, 'Check the file name and the path from this file.');
  }
  // A folder on the way may itself be a link (images/ → /somewhere/else): the real path decides.
  if (!real.startsWith(realFolder + sep)) {
    return bad(`The picture ${name} is not in ${folderName}.`, `Save the picture in ${folderName} and write the path to it there.`);
  }
  if (stats.size > limits.pictureBytes) {
    return bad(`The picture ${name} is ${formatBytes(stats.size)}; a picture may be at most ${formatBytes(limits.pictureBytes)}.`, 'Make it smaller: save it with fewer pixels, or as SVG.');
  }
  const bytes = readFileSync(real);
  let emitted = bytes;
  if (kind === 'svg') {
    const result = sanitiseSvg(bytes.toString('utf8'));
    if (result.notSvg) return bad(`The picture ${name} is not a readable SVG drawing: ${result.notSvg}.`, 'Save it again as SVG from a drawing program.');
    if (result.dangers.length > 0) {
      return bad(
        `The picture ${name} holds ${result.dangers.join(', ')}. A picture in a lesson must be a drawing only: this could run a script or load something from another site when the picture is opened.`,
        'Remove it from the SVG, or save the drawing again as "plain SVG" in the drawing program.',
      );
    }
    emitted = Buffer.from(result.svg);
  } else if (!contentMatches(bytes, kind)) {
    return bad(`The file ${name} is not really a ${kindNames[kind]} picture: its content does not begin like one.`, `Save it again as ${kindNames[kind]} in a drawing program, or give it the ending that matches what it is.`);
  }
  const size = imageSizeOf(emitted, kind);
  if (size && (size.width > limits.pictureSide || size.height > limits.pictureSide)) {
    return bad(
      `The picture ${name} says it is ${size.width} × ${size.height} pixels; a picture may be at most ${limits.pictureSide} pixels wide and high.`,
      'Save it with fewer pixels. A lesson picture needs about 1000 pixels across at most.',
    );
  }
  return { ok: true, kind, bytes: emitted, ...size };
}

/**
 * The import specifier for a picture the checker has passed: checked again now
 * (the file may have changed since), written as a copy named by its content
 * into `copiesFolder` (a fresh temporary folder each plugin makes when it
 * starts), and imported as a URL. A build never imports a file from lessons/
 * or beside library.json, only these copies, and only with `?url`, so even a
 * copy can only ever become a URL, never a module.
 */
export function pictureImport(path: string, folder: string, copiesFolder: string, owner?: string): string {
  const checked = checkPicture(path, folder, basename(path), folder);
  if (!checked.ok) throw new Error(`Nätvana: ${checked.message}`);
  const hash = createHash('sha256').update(checked.bytes).digest('hex').slice(0, 16);
  const name = basename(path).replace(/[^\w.-]/g, '_');
  // A copy per owner (see PictureFolders in vite-plugin.ts); the same bytes give the same built file all the same.
  const folderOfCopy = owner ? join(copiesFolder, hash, owner.replace(/[^\w-]/g, '_')) : join(copiesFolder, hash);
  const copy = join(folderOfCopy, name);
  // Written unless the same bytes are there already: a file found there is never trusted for what its name says.
  if (!existsSync(copy) || !readFileSync(copy).equals(checked.bytes)) {
    mkdirSync(folderOfCopy, { recursive: true });
    writeFileSync(copy, checked.bytes);
  }
  return `${copy}?url`;
}
