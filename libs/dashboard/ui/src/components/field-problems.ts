import type { FormInstance } from 'antd';

export type FieldName = Array<string | number>;

/** One refused input field as the API names it (without the `input.` prefix), with the reason to show beside it. */
export interface FieldProblemLike {
  field: string;
  message: string;
}

/** "coreHours[1].start" → ['coreHours', 1, 'start'] (an antd form name path). */
export function namePathOf(field: string): FieldName {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Beside a field the reason reads as a sentence: "hạn xử lý phải ở tương lai" → "Hạn xử lý phải ở tương lai". */
const sentence = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

const same = (a: FieldName, b: FieldName) => a.length === b.length && a.every((part, i) => part === b[i]);

/**
 * Puts each of a BAD_USER_INPUT's field problems beside its form field (antd `setFields`), so no
 * field path reaches the user as text. A problem goes to the form field of the same name, to the one
 * `aliases` names for it (the API's `deadline` is the form's `day`), or to its nearest registered
 * parent (`coreHours[1].start` → `coreHours[1]`). Returns those no field of this form can show.
 */
export function placeFieldProblems(
  form: Pick<FormInstance, 'getFieldsError' | 'setFields'>,
  problems: ReadonlyArray<FieldProblemLike>,
  aliases: Record<string, string> = {},
): FieldProblemLike[] {
  const registered = form.getFieldsError().map((f) => (Array.isArray(f.name) ? f.name : [f.name]) as FieldName);
  const placed = new Map<string, { name: FieldName; errors: string[] }>();
  const unplaced: FieldProblemLike[] = [];
  for (const problem of problems) {
    let path = namePathOf(aliases[problem.field] ?? problem.field);
    while (path.length && !registered.some((name) => same(name, path))) path = path.slice(0, -1);
    if (!path.length) {
      unplaced.push(problem);
      continue;
    }
    const key = JSON.stringify(path);
    const entry = placed.get(key) ?? { name: path, errors: [] };
    const text = sentence(problem.message);
    if (!entry.errors.includes(text)) entry.errors.push(text);
    placed.set(key, entry);
  }
  if (placed.size) form.setFields([...placed.values()]);
  return unplaced;
}
