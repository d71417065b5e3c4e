// The in-process scan of the scan bench, in a Node process of its own: the bench's parent has just built
// 1,000 documents (and, in `npm run bench`, run other benches), and that garbage would count as the scan's
// memory. Scans the folder in argv[2], builds the .docx report and prints one JSON line with the figures.
import { buildReport, reportToDocx, scanFolder } from '../../../src/docx/index.ts';

const dir = process.argv[2]!;
const rssBefore = process.memoryUsage().rss;
let peak = rssBefore;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
const timer = setInterval(sample, 10);
const start = performance.now();
const result = await scanFolder(dir, { today: '2026-11-23', concurrency: 4, onProgress: sample });
const scanMs = performance.now() - start;
const report = buildReport(result);
const docx = await reportToDocx(report);
const totalMs = performance.now() - start;
clearInterval(timer);
sample();
console.log(
  JSON.stringify({
    documents: result.documents.length,
    problems: result.problems.length,
    scanMs,
    totalMs,
    docxBytes: docx.length,
    rssBefore,
    peak,
    levels: report.perLevel.map((r) => `${r.level}=${r.total}`).join(', '),
  }),
);
