/**
 * `npm run lessons:check`: checks every lesson, module and glossary file and
 * prints each problem as `file:line:column  message  how to fix`.
 * Usage: npm run lessons:check [lessons folder] [library.json]
 */
import { lessonsCheckReport } from './lessons-check-report.ts';

const dir = process.argv[2] ?? process.env.NATVANA_LESSONS ?? 'lessons';
const libraryPath = process.argv[3] ?? process.env.NATVANA_LIBRARY ?? 'public/library.json';
const { exitCode, stdout, stderr } = lessonsCheckReport(dir, libraryPath);

process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = exitCode;
