import { AppError } from '../../../shared/errors';
import { describeJson, looksLikeLogRecord, type LogCandidate } from './log-candidate';
import { JsonRecordSplitter, JsonShapeError } from './json-record-splitter';
import { notALogFile, type TextSource } from './text-source';

/**
 * Reads records from the portal's JSON download, Graph page bodies or JSON lines, a chunk's worth at
 * a time (one await per chunk, not per record). A file whose first record is not a log record is
 * refused as a whole; later bad records are yielded as errors. A file that breaks off, or whose
 * structure breaks, fails as a whole (the importer then removes what it stored from it).
 */
export async function* readJsonRecords(source: TextSource): AsyncGenerator<LogCandidate[], string> {
  const splitter = new JsonRecordSplitter();
  let checked = false;
  const convert = (elements: ReturnType<JsonRecordSplitter['push']>): LogCandidate[] => {
    const candidates: LogCandidate[] = [];
    for (const element of elements) {
      const position = `record ${element.index} (byte ${element.offset})`;
      let value: unknown;
      try {
        value = JSON.parse(element.text);
      } catch (error) {
        candidates.push({ error: `not valid JSON: ${(error as Error).message}`, position });
        continue;
      }
      if (!checked) {
        checked = true;
        if (!looksLikeLogRecord(value)) throw notALogFile(source.file, describeJson(value, splitter.layout ?? 'json'));
      }
      candidates.push({ value, bytes: element.bytes, position });
    }
    return candidates;
  };
  try {
    for await (const chunk of source.bytes()) yield convert(splitter.push(chunk));
    yield convert(splitter.end());
  } catch (error) {
    if (!(error instanceof JsonShapeError)) throw error;
    if (!checked) throw notALogFile(source.file, `a damaged or non-log JSON file (${error.message})`);
    throw new AppError('BAD_REQUEST', `${source.file} is not well-formed at byte ${error.offset}: ${error.message}.`);
  }
  return splitter.layout === 'array' ? 'json-array' : (splitter.layout ?? 'json');
}
