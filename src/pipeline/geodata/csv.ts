import { DataError } from '../errors.js';

/** One data row of a CSV table, keyed by header, with the 1-based line it starts on. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows keyed by the header.
 * Blank lines are skipped. A row with the wrong number of fields, an unclosed quote or a `"` in
 * the middle of an unquoted field throws a {@link DataError} naming `file:line`.
 */
export function parseCsv(text: string, file: string): CsvRow[] {
  const records = splitRecords(text, file);
  const header = records.shift();
  if (!header) throw new DataError(file, 1, 'the file is empty', 'add a header row');
  const names = header.fields.map((name) => name.trim());
  const rows: CsvRow[] = [];
  for (const record of records) {
    if (record.fields.length === 1 && record.fields[0]?.trim() === '') continue;
    if (record.fields.length !== names.length) {
      throw new DataError(
        file,
        record.line,
        `expected ${names.length} fields (${names.join(', ')}) but found ${record.fields.length}`,
        'quote any field that contains a comma, and give every column a value or leave it empty',
      );
    }
    const values: Record<string, string> = {};
    names.forEach((name, index) => {
      values[name] = (record.fields[index] ?? '').trim();
    });
    rows.push({ line: record.line, values });
  }
  return rows;
}

function splitRecords(text: string, file: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let closed = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
        closed = true;
      } else field += ch;
      continue;
    }
    if (closed && ch !== ',' && ch !== '\n' && ch !== '\r') strayQuote(file, line);
    closed = false;
    if (ch === '"') {
      // A quote opens a field only at its start; anywhere else it is a typo or an unescaped ".
      if (field !== '') strayQuote(file, line);
      quoted = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n') {
      endRecord();
      recordLine = line;
    } else if (ch !== '\r') field += ch;
  }
  if (quoted) {
    throw new DataError(file, recordLine, 'a quoted field is never closed', 'add the closing "');
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

function strayQuote(file: string, line: number): never {
  throw new DataError(
    file,
    line,
    'a " inside a field that is not quoted',
    'quote the whole field and double each " inside it, e.g. "say ""hi"""',
  );
}
