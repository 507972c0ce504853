/**
 * Import of a unit list from CSV: `code,name,level,parentCode,validFrom[,validTo]` with a header
 * row. Every bad line is reported with its number, in Vietnamese and English; nothing is imported
 * unless the whole file is valid.
 */
import type { OrgUnitLevel } from './org-unit';

export interface UnitCsvRow {
  line: number;
  code: string;
  name: string;
  level: OrgUnitLevel;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface UnitCsvProblem {
  line: number;
  field: string;
  vi: string;
  en: string;
}

const LEVELS: Record<string, OrgUnitLevel> = {
  province: 'province',
  tinh: 'province',
  district: 'district',
  huyen: 'district',
  commune: 'commune',
  xa: 'commune',
  phuong: 'commune',
  village: 'village',
  thon: 'village',
};

/** Splits one CSV line, honouring double quotes ("" inside quotes is a quote). */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === ';') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** dd/mm/yyyy or yyyy-mm-dd → ISO date, or null. */
export function parseDate(text: string): string | null {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : text;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

export function parseUnitsCsv(text: string): { rows: UnitCsvRow[]; problems: UnitCsvProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: UnitCsvRow[] = [];
  const problems: UnitCsvProblem[] = [];
  const seen = new Map<string, number>();
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (index === 0 || !raw.trim()) return; // header, blank lines
    const [code = '', name = '', levelText = '', parent = '', from = '', to = ''] = splitCsvLine(raw);
    const problem = (field: string, vi: string, en: string) => problems.push({ line, field, vi, en });
    if (!/^[0-9A-Za-z_-]{1,20}$/.test(code)) problem('code', 'Mã đơn vị không hợp lệ', 'Invalid unit code');
    if (!name) problem('name', 'Thiếu tên đơn vị', 'Missing unit name');
    const level =
      LEVELS[
        levelText
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
      ];
    if (!level) problem('level', `Cấp đơn vị không hợp lệ: "${levelText}"`, `Unknown level: "${levelText}"`);
    const validFrom = parseDate(from);
    if (!validFrom)
      problem('validFrom', `Ngày hiệu lực không hợp lệ: "${from}"`, `Invalid valid-from date: "${from}"`);
    const validTo = to ? parseDate(to) : null;
    if (to && !validTo)
      problem('validTo', `Ngày hết hiệu lực không hợp lệ: "${to}"`, `Invalid valid-to date: "${to}"`);
    const key = `${code}@${validFrom ?? ''}`;
    if (seen.has(key))
      problem('code', `Trùng với dòng ${seen.get(key)}`, `Duplicate of line ${seen.get(key)}`);
    seen.set(key, line);
    if (level && validFrom && (to === '' || validTo)) {
      rows.push({ line, code, name, level, parentCode: parent || null, validFrom, validTo });
    }
  });
  const known = new Set(rows.map((r) => r.code));
  for (const r of rows) {
    if (r.parentCode && !known.has(r.parentCode)) {
      problems.push({
        line: r.line,
        field: 'parentCode',
        vi: `Đơn vị cấp trên "${r.parentCode}" không có trong tệp`,
        en: `Parent "${r.parentCode}" is not in the file`,
      });
    }
  }
  return { rows: problems.length ? [] : rows, problems };
}
